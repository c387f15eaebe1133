import { useLayoutEffect, useReducer } from "preact/hooks";
import { effect, type ReadonlySignal } from "../core/signal";

/** Reads a signal and re-renders the component when it changes. */
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
