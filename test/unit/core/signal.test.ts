import { describe, expect, it } from "vitest";
import { batch, computed, effect, signal } from "../../../src/core/signal";

describe("signals", () => {
  it("runs an effect again when a signal it read changes, and stops when disposed", () => {
    const count = signal(1);
    const seen: number[] = [];
    const stop = effect(() => {
      seen.push(count.value);
    });
    count.value = 2;
    count.value = 2;
    stop();
    count.value = 3;
    expect(seen).toEqual([1, 2]);
  });

  it("tracks only what the last run read", () => {
    const useA = signal(true);
    const a = signal("a");
    const b = signal("b");
    const seen: string[] = [];
    effect(() => {
      seen.push(useA.value ? a.value : b.value);
    });
    useA.value = false;
    a.value = "A";
    b.value = "B";
    expect(seen).toEqual(["a", "b", "B"]);
  });

  it("keeps a computed value up to date and does not subscribe through peek", () => {
    const price = signal(4);
    const quantity = signal(2);
    const total = computed(() => price.value * quantity.peek());
    expect(total.value).toBe(8);
    price.value = 5;
    expect(total.value).toBe(10);
    quantity.value = 3;
    expect(total.value).toBe(10);
  });

  it("notifies once for several changes in a batch", () => {
    const a = signal(0);
    const b = signal(0);
    let runs = 0;
    effect(() => {
      a.value + b.value;
      runs++;
    });
    batch(() => {
      a.value = 1;
      b.value = 1;
    });
    expect(runs).toBe(2);
  });
});
