import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod/mini";
import { request } from "../../../src/core/http";
import { readRetry, retryDelay } from "../../../src/core/retry";
import { fakeFetch, type Handler, json, never, text } from "../api/fake-fetch";

const schema = z.object({ ok: z.boolean() });
const readError = () => ({});

/** A fake server whose answers are taken in turn, the last one repeated. */
function server(...answers: (() => Response | Promise<Response>)[]) {
  let calls = 0;
  const handler: Handler = () => {
    const answer = answers[Math.min(calls, answers.length - 1)];
    calls += 1;
    return (answer as () => Response | Promise<Response>)();
  };
  return fakeFetch(handler);
}

function read(fetchImpl: typeof fetch, extra: { signal?: AbortSignal; timeoutMs?: number } = {}) {
  return request({ url: "https://api.test/items", schema, readError, fetchImpl, ...extra });
}

/** Settles `pending` by running every timer, however many retries it waits for. */
async function settle<T>(pending: Promise<T>): Promise<T> {
  let done = false;
  const result = pending.finally(() => {
    done = true;
  });
  while (!done) await vi.advanceTimersByTimeAsync(1_000);
  return result;
}

const withStatus =
  (status: number, headers: Record<string, string> = {}) =>
  () =>
    new Response("{}", { status, headers });
const good = () => json({ ok: true });

beforeEach(() => {
  vi.useFakeTimers();
  // Node's AbortSignal.timeout runs on a real timer; the fake one lets a time-out happen on cue.
  vi.spyOn(AbortSignal, "timeout").mockImplementation((ms) => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(new DOMException("timed out", "TimeoutError")), ms);
    return controller.signal;
  });
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("reads that may mend by themselves", () => {
  for (const status of [500, 502, 503, 504, 429]) {
    it(`tries a read again after a ${status} and shows the answer that comes`, async () => {
      const fetchImpl = server(withStatus(status), withStatus(status), good);
      expect(await settle(read(fetchImpl))).toEqual({ ok: true, value: { ok: true } });
      expect(fetchImpl.seen).toHaveLength(3);
    });
  }

  it("tries a read again after no answer at all (offline, connection dropped)", async () => {
    const fetchImpl = server(() => Promise.reject(new TypeError("Failed to fetch")), good);
    expect(await settle(read(fetchImpl))).toEqual({ ok: true, value: { ok: true } });
    expect(fetchImpl.seen).toHaveLength(2);
  });

  it("tries a read again after it timed out", async () => {
    const fetchImpl = server(never, good);
    expect(await settle(read(fetchImpl, { timeoutMs: 5_000 }))).toEqual({
      ok: true,
      value: { ok: true },
    });
    expect(fetchImpl.seen).toHaveLength(2);
  });

  it("gives up after three retries, four tries in all, with the last error", async () => {
    const fetchImpl = server(withStatus(503));
    expect(await settle(read(fetchImpl))).toEqual({
      ok: false,
      error: { kind: "http", status: 503 },
    });
    expect(fetchImpl.seen).toHaveLength(4);
  });

  it("gives up on a read that keeps timing out with a timeout", async () => {
    const fetchImpl = server(never);
    expect(await settle(read(fetchImpl, { timeoutMs: 2_000 }))).toEqual({
      ok: false,
      error: { kind: "timeout" },
    });
    expect(fetchImpl.seen).toHaveLength(4);
  });
});

describe("answers that will not mend", () => {
  for (const status of [400, 401, 403, 404, 409, 422]) {
    it(`does not try a read again after a ${status}`, async () => {
      const fetchImpl = server(withStatus(status), good);
      expect(await settle(read(fetchImpl))).toEqual({ ok: false, error: { kind: "http", status } });
      expect(fetchImpl.seen).toHaveLength(1);
    });
  }

  it("does not try a read again after a malformed body", async () => {
    const fetchImpl = server(() => text("<html>oops"), good);
    expect(await settle(read(fetchImpl))).toEqual({
      ok: false,
      error: { kind: "invalid-response" },
    });
    expect(fetchImpl.seen).toHaveLength(1);
  });

  it("never repeats a write (a POST), whatever went wrong", async () => {
    for (const answer of [withStatus(503), () => Promise.reject(new TypeError("offline"))]) {
      const fetchImpl = server(answer, good);
      const result = await settle(
        request({
          url: "https://api.test/token",
          method: "POST",
          body: {},
          schema,
          readError,
          fetchImpl,
        }),
      );
      expect(result.ok).toBe(false);
      expect(fetchImpl.seen).toHaveLength(1);
    }
  });
});

describe("how long a retry waits", () => {
  it("waits a random time up to 300 ms × 2^n, at most 4 s", () => {
    vi.spyOn(Math, "random").mockReturnValue(0.999_999);
    expect([0, 1, 2, 3, 4, 5].map((n) => Math.round(retryDelay(n)))).toEqual([
      300, 600, 1_200, 2_400, 4_000, 4_000,
    ]);
    vi.spyOn(Math, "random").mockReturnValue(0);
    expect(retryDelay(2)).toBe(0);
    vi.spyOn(Math, "random").mockReturnValue(0.5);
    expect(retryDelay(1)).toBe(300);
  });

  it("waits what the server's Retry-After asks, in seconds or as a date, at most 10 s", () => {
    vi.setSystemTime(Date.parse("2026-11-30T08:00:00Z"));
    expect(retryDelay(0, "2")).toBe(2_000);
    expect(retryDelay(0, "0")).toBe(0);
    expect(retryDelay(0, "120")).toBe(10_000);
    expect(retryDelay(0, "Mon, 30 Nov 2026 08:00:03 GMT")).toBe(3_000);
    expect(retryDelay(0, "Mon, 30 Nov 2026 07:59:00 GMT")).toBe(0);
    vi.spyOn(Math, "random").mockReturnValue(0.5);
    // Nonsense or nothing: the usual backoff.
    expect(retryDelay(0, "soon")).toBe(150);
    expect(retryDelay(0, "")).toBe(150);
    expect(retryDelay(0, null)).toBe(150);
  });

  it("honours Retry-After on a 429 and a 503 before trying again", async () => {
    for (const status of [429, 503]) {
      const fetchImpl = server(withStatus(status, { "Retry-After": "3" }), good);
      const pending = read(fetchImpl);
      await vi.advanceTimersByTimeAsync(2_900);
      expect(fetchImpl.seen).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(200);
      expect(fetchImpl.seen).toHaveLength(2);
      expect((await pending).ok).toBe(true);
    }
  });

  it("stops waiting at once when the read is cancelled, leaving no timer", async () => {
    // The real time limit, so that the only fake timer is the wait's own.
    vi.mocked(AbortSignal.timeout).mockRestore();
    const fetchImpl = server(withStatus(503, { "Retry-After": "8" }), good);
    const controller = new AbortController();
    const pending = read(fetchImpl, { signal: controller.signal });
    await vi.advanceTimersByTimeAsync(100);
    expect(fetchImpl.seen).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(1);
    controller.abort();
    expect(await pending).toEqual({ ok: false, error: { kind: "aborted" } });
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(fetchImpl.seen).toHaveLength(1);
  });

  it("takes its number of retries and delays from readRetry, which tests may shorten", async () => {
    const saved = { ...readRetry };
    Object.assign(readRetry, { retries: 1, baseMs: 0 });
    try {
      const fetchImpl = server(withStatus(500));
      expect((await settle(read(fetchImpl))).ok).toBe(false);
      expect(fetchImpl.seen).toHaveLength(2);
    } finally {
      Object.assign(readRetry, saved);
    }
  });
});
