import type { ApiError } from "./errors";

/**
 * How a failed read is tried again: at most `retries` more times, waiting a random time of
 * up to `baseMs` × 2^n (n = 0, 1, 2…; "full jitter", so that many players cut off at once do
 * not come back in step), never more than 4 s. Tests shorten it; the product keeps these.
 */
export const readRetry = { retries: 3, baseMs: 300 };

/**
 * Whether a failed read may mend by itself: no answer, no answer in time, a 5xx or a 429.
 * A 4xx will be refused again and a malformed body will be malformed again. (Only `http`
 * errors have a status; Hive's failures inside a 200 are POSTs, never retried anyway.)
 */
export const isRetryable = ({ kind, status = 0 }: ApiError): boolean =>
  kind === "network" || kind === "timeout" || status > 499 || status === 429;

/**
 * The wait before retry `attempt` (0 for the first): what the server's `Retry-After` asks
 * (seconds or an HTTP date, at most 10 s: longer would look frozen), else the jittered backoff.
 */
export function retryDelay(attempt: number, retryAfter?: string | null): number {
  const seconds = Number(retryAfter);
  const asked = retryAfter
    ? seconds >= 0
      ? seconds * 1000
      : Date.parse(retryAfter) - Date.now()
    : Number.NaN;
  return asked >= 0 || asked < 0
    ? Math.min(Math.max(asked, 0), 10_000)
    : Math.random() * Math.min(4_000, readRetry.baseMs * 2 ** attempt);
}

/** Settles after `ms`, or at once when `signal` aborts, clearing its timer. */
export const pause = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => {
      clearTimeout(timer);
      resolve();
    });
  });
