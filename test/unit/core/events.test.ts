import { describe, expect, it, vi } from "vitest";
import { createEmitter } from "../../../src/core/events";

describe("event emitter", () => {
  it("calls handlers until they unsubscribe", () => {
    const emitter = createEmitter<{ ping: number }>();
    const handler = vi.fn();
    const stop = emitter.on("ping", handler);
    emitter.emit("ping", 1);
    stop();
    emitter.emit("ping", 2);
    expect(handler.mock.calls).toEqual([[1]]);
  });

  it("keeps calling other handlers when one throws", () => {
    const emitter = createEmitter<{ ping: number }>();
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const second = vi.fn();
    emitter.on("ping", () => {
      throw new Error("studio bug");
    });
    emitter.on("ping", second);
    emitter.emit("ping", 1);
    expect(second).toHaveBeenCalledWith(1);
    expect(error).toHaveBeenCalled();
  });
});
