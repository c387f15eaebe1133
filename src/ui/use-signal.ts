/*
 * Signals come from @preact/signals-core rather than @preact/signals: the core is 1.1 KB gzip
 * smaller, and @preact/signals patches Preact's global `options`, which in the npm build is
 * the studio's own Preact. This hook is all the widget and its features need of the Preact integration.
 */

import { effect, type ReadonlySignal } from "@preact/signals-core";
import { useLayoutEffect, useReducer } from "preact/hooks";

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
