import { describe, expect, it, vi } from "vitest";
import { createEvents } from "../../../src/paystation/events";

describe("the Pay Station event emitter", () => {
  it("calls handler(event, data) with event.type and event.detail", () => {
    const events = createEvents();
    const handler = vi.fn();
    events.on("status", handler);
    const data = { paymentInfo: { status: "done" } };
    events.emit("status", data);
    expect(handler).toHaveBeenCalledWith({ type: "status", detail: data }, data);
  });

  it("registers one handler for several space-separated events", () => {
    const events = createEvents();
    const handler = vi.fn();
    events.on(" open  close ", handler);
    events.emit("open");
    events.emit("close", { reason: "api" });
    events.emit("load");
    expect(handler.mock.calls.map(([event]) => event.type)).toEqual(["open", "close"]);
  });

  it("off(names, handler) removes exactly that handler from those events", () => {
    const events = createEvents();
    const a = vi.fn();
    const b = vi.fn();
    events.on("open close load", a);
    events.on("open", b);
    events.off("open close", a);
    events.emit("open");
    events.emit("close");
    events.emit("load");
    expect(a.mock.calls.map(([event]) => event.type)).toEqual(["load"]);
    expect(b).toHaveBeenCalledTimes(1);
  });

  it('off("a b") removes every handler of those events, off() removes all', () => {
    const events = createEvents();
    const a = vi.fn();
    const b = vi.fn();
    events.on("open close load", a);
    events.on("open", b);
    events.off("open close");
    events.emit("open");
    events.emit("close");
    events.emit("load");
    expect(a).toHaveBeenCalledTimes(1);
    expect(b).not.toHaveBeenCalled();
    events.off();
    events.emit("load");
    expect(a).toHaveBeenCalledTimes(1);
  });

  it("off(undefined, handler) removes that handler everywhere; on() returns its removal", () => {
    const events = createEvents();
    const a = vi.fn();
    const b = vi.fn();
    events.on("open close", a);
    const remove = events.on("open", b);
    events.off(undefined, a);
    remove();
    events.emit("open");
    events.emit("close");
    expect(a).not.toHaveBeenCalled();
    expect(b).not.toHaveBeenCalled();
  });

  it("keeps calling the other handlers when one throws", () => {
    const events = createEvents();
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const after = vi.fn();
    events.on("open", () => {
      throw new Error("page bug");
    });
    events.on("open", after);
    events.emit("open");
    expect(after).toHaveBeenCalled();
    expect(error).toHaveBeenCalled();
  });

  it("does not call a handler added while the event is being emitted", () => {
    const events = createEvents();
    const late = vi.fn();
    events.on("open", () => events.on("open", late));
    events.emit("open");
    expect(late).not.toHaveBeenCalled();
  });
});

describe("the emitter's tolerance", () => {
  it("ignores a handler that is not a function, as the vendor's script does", () => {
    const events = createEvents();
    events.on("open", undefined as never);
    expect(() => events.emit("open")).not.toThrow();
  });

  it("on() with names that are not a string adds nothing and does not throw", () => {
    const events = createEvents();
    const handler = vi.fn();
    for (const names of [undefined, null, 0, 42, true, ["open"], { open: 1 }, Symbol("open")]) {
      let remove: (() => void) | undefined;
      expect(() => {
        remove = events.on(names as never, handler);
      }).not.toThrow();
      expect(() => remove?.()).not.toThrow();
    }
    events.emit("open");
    events.emit("undefined");
    events.emit("42");
    expect(handler).not.toHaveBeenCalled();
  });

  it("off() with names that are set but not a string removes nothing and does not throw", () => {
    const events = createEvents();
    const handler = vi.fn();
    events.on("open", handler);
    for (const names of [42, true, ["open"], { open: 1 }, Symbol("open")]) {
      expect(() => events.off(names as never)).not.toThrow();
      expect(() => events.off(names as never, handler)).not.toThrow();
    }
    events.emit("open");
    expect(handler).toHaveBeenCalledOnce();
  });

  it("off() with empty names still removes all, or the handler everywhere", () => {
    const events = createEvents();
    const a = vi.fn();
    const b = vi.fn();
    events.on("open close", a);
    events.on("open", b);
    events.off(null as never, a);
    events.emit("open");
    events.emit("close");
    expect(a).not.toHaveBeenCalled();
    expect(b).toHaveBeenCalledOnce();
    events.off("");
    events.emit("open");
    expect(b).toHaveBeenCalledOnce();
  });

  it("the removal on() returns takes away only what that call added", () => {
    const events = createEvents();
    const handler = vi.fn();
    const removeFirst = events.on("open", handler);
    events.on("open close", handler);
    removeFirst();
    events.emit("open");
    events.emit("close");
    expect(handler.mock.calls.map(([event]) => event.type)).toEqual(["open", "close"]);
  });
});
