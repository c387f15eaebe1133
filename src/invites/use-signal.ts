import { effect, type ReadonlySignal } from "@preact/signals-core";
import { useLayoutEffect, useReducer } from "preact/hooks";

/**
 * Reads a signal and re-renders the component when it changes. The widget has the same hook,
 * but a feature may not import the widget (the layers run the other way), and the hook is too
 * small to be worth a home in ui/.
 */
export function useSignal<T>(signal: ReadonlySignal<T>): T {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  useLayoutEffect(() => {
    let first = true;
    return effect(() => {
      signal.value;
      if (first) first = false;
      else rerender(0);
    });
  }, [signal]);
  return signal.peek();
}
