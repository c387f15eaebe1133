import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { OrderStatus } from "../../../src/api";
import { type ApiError, apiError } from "../../../src/core/errors";
import { err, ok, type Result } from "../../../src/core/result";
import { confirmOrder, ORDER_POLL_DELAYS_MS } from "../../../src/widget/purchase/confirm-order";

type Read = Result<OrderStatus, ApiError>;

const failed: Read = err(apiError("http", { status: 500 }));
const offline: Read = err(apiError("network"));

/** A read of the order that answers `results` in turn and then keeps answering the last one. */
function reads(...results: Read[]) {
  let next = 0;
  return vi.fn(async (_signal: AbortSignal): Promise<Read> => {
    const result = results[Math.min(next, results.length - 1)];
    next += 1;
    if (!result) throw new Error("reads() needs at least one result");
    return result;
  });
}

/** Waits that cost nothing, for tests about what is read rather than when. */
const NO_WAIT = [0, 0, 0, 0, 0];

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe("confirmOrder", () => {
  it("answers done as soon as the first read says so, without waiting", async () => {
    const read = reads(ok("done"));
    await expect(confirmOrder(read, new AbortController().signal)).resolves.toBe("done");
    expect(read).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("keeps reading through new and paid until the order is done", async () => {
    const read = reads(ok("new"), ok("paid"), ok("paid"), ok("done"));
    const pending = confirmOrder(read, new AbortController().signal, NO_WAIT);
    await vi.runAllTimersAsync();
    await expect(pending).resolves.toBe("done");
    expect(read).toHaveBeenCalledTimes(4);
  });

  it("reads again after failed reads, since the money is already taken", async () => {
    const read = reads(failed, offline, ok("done"));
    const pending = confirmOrder(read, new AbortController().signal, NO_WAIT);
    await vi.runAllTimersAsync();
    await expect(pending).resolves.toBe("done");
    expect(read).toHaveBeenCalledTimes(3);
  });

  it("answers canceled as soon as an order is canceled", async () => {
    const read = reads(ok("new"), ok("canceled"), ok("done"));
    const pending = confirmOrder(read, new AbortController().signal, NO_WAIT);
    await vi.runAllTimersAsync();
    await expect(pending).resolves.toBe("canceled");
    expect(read).toHaveBeenCalledTimes(2);
  });

  it("stops when the delays run out and answers the last status it saw", async () => {
    const read = reads(ok("new"), ok("paid"));
    const pending = confirmOrder(read, new AbortController().signal, [0, 0]);
    await vi.runAllTimersAsync();
    await expect(pending).resolves.toBe("paid");
    expect(read).toHaveBeenCalledTimes(3);
  });

  it("answers the last status it saw even when the reads after it failed", async () => {
    const read = reads(ok("paid"), failed);
    const pending = confirmOrder(read, new AbortController().signal, [0, 0, 0]);
    await vi.runAllTimersAsync();
    await expect(pending).resolves.toBe("paid");
    expect(read).toHaveBeenCalledTimes(4);
  });

  it("answers null when every read failed", async () => {
    const read = reads(offline, failed);
    const pending = confirmOrder(read, new AbortController().signal, [0, 0]);
    await vi.runAllTimersAsync();
    await expect(pending).resolves.toBeNull();
    expect(read).toHaveBeenCalledTimes(3);
  });

  it("reads once and gives up when it has no delays", async () => {
    const read = reads(ok("new"));
    await expect(confirmOrder(read, new AbortController().signal, [])).resolves.toBe("new");
    expect(read).toHaveBeenCalledTimes(1);
  });

  it("waits each delay in turn before the next read", async () => {
    const read = reads(ok("new"));
    const pending = confirmOrder(read, new AbortController().signal, [100, 300]);
    await vi.advanceTimersByTimeAsync(0);
    expect(read).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(99);
    expect(read).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(read).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(299);
    expect(read).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1);
    await expect(pending).resolves.toBe("new");
    expect(read).toHaveBeenCalledTimes(3);
  });

  it("gives up after about thirty seconds with its default delays", async () => {
    const read = reads(ok("paid"));
    const pending = confirmOrder(read, new AbortController().signal);
    const started = Date.now();
    await vi.runAllTimersAsync();
    await expect(pending).resolves.toBe("paid");
    expect(read).toHaveBeenCalledTimes(ORDER_POLL_DELAYS_MS.length + 1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(25_000);
    expect(Date.now() - started).toBeLessThanOrEqual(35_000);
  });

  it("stops at once when the signal aborts while it waits, leaving no timer behind", async () => {
    const controller = new AbortController();
    const read = reads(ok("paid"));
    const pending = confirmOrder(read, controller.signal, [10_000, 10_000]);
    await vi.advanceTimersByTimeAsync(0);
    expect(read).toHaveBeenCalledTimes(1);
    controller.abort();
    await expect(pending).resolves.toBe("paid");
    expect(read).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("reads nothing when the signal has already aborted", async () => {
    const controller = new AbortController();
    controller.abort();
    const read = reads(ok("done"));
    await expect(confirmOrder(read, controller.signal)).resolves.toBeNull();
    expect(read).not.toHaveBeenCalled();
  });

  it("passes its signal to every read, so that an abort cancels the request in flight", async () => {
    const controller = new AbortController();
    const read = reads(ok("new"), ok("done"));
    const pending = confirmOrder(read, controller.signal, NO_WAIT);
    await vi.runAllTimersAsync();
    await pending;
    expect(read.mock.calls.map(([signal]) => signal)).toEqual([
      controller.signal,
      controller.signal,
    ]);
  });

  it("stops without waiting when the signal aborts while an order is being read", async () => {
    const controller = new AbortController();
    const read = vi.fn(async (): Promise<Read> => {
      controller.abort();
      return ok("new");
    });
    await expect(confirmOrder(read, controller.signal, [10_000])).resolves.toBe("new");
    expect(read).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });
});
