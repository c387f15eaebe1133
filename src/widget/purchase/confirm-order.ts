import type { ApiResult, OrderStatus } from "../../api";

/** Waits between reads of an order: quick at first, since most orders are done at once. */
export const ORDER_POLL_DELAYS_MS = [500, 1000, 2000, 3000, 5000, 8000, 10000];

/**
 * Reads an order until it is done or canceled, waiting longer after each read (about 30
 * seconds in all). Answers the last status it saw, or null when it never read one; a read
 * that fails is tried again at the next step, since Pay Station has already taken the money.
 */
export async function confirmOrder(
  read: (signal: AbortSignal) => ApiResult<OrderStatus>,
  signal: AbortSignal,
  delays: readonly number[] = ORDER_POLL_DELAYS_MS,
): Promise<OrderStatus | null> {
  let last: OrderStatus | null = null;
  for (let step = 0; step <= delays.length && !signal.aborted; step++) {
    const result = await read(signal);
    if (result.ok) {
      last = result.value;
      if (last === "done" || last === "canceled") return last;
    }
    const delay = delays[step];
    if (delay === undefined || !(await wait(delay, signal))) break;
  }
  return last;
}

/** Resolves true after `ms`, or false at once when the signal aborts (destroy()). */
function wait(ms: number, signal: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    // An abort during the read before this wait has already fired; it must still stop us.
    if (signal.aborted) return resolve(false);
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", stop);
      resolve(true);
    }, ms);
    const stop = () => {
      clearTimeout(timer);
      resolve(false);
    };
    signal.addEventListener("abort", stop, { once: true });
  });
}
