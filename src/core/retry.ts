import type { ApiError } from "./errors";

/**
 * How a failed read is tried again: at most `retries` more times, waiting a random time of
 * up to `baseMs` × 2^n (n = 0, 1, 2…; "full jitter", so that many players cut off at once do
 * not come back in step), at most `capMs`. Tests shorten it; the product keeps these.
 */
export const readRetry = { retries: 3, baseMs: 300, capMs: 4_000 };

/** The longest wait a server's `Retry-After` can ask for; a longer one would look frozen. */
const MAX_RETRY_AFTER_MS = 10_000;

/**
 * Whether a failed read may mend by itself: no answer, no answer in time, a 5xx or a 429.
 * A 4xx will be refused again and a malformed body will be malformed again.
 */
export function isRetryable(error: ApiError): boolean {
  const status = error.status ?? 0;
  return (
    error.kind === "network" ||
    error.kind === "timeout" ||
    (error.kind === "http" && (status === 429 || status > 499))
  );
}

/**
 * The wait before retry `attempt` (0 for the first): the server's `Retry-After` (seconds or an
 * HTTP date) when it sent one, else the jittered backoff.
 */
export function retryDelay(attempt: number, retryAfter?: string | null, now = Date.now()): number {
  if (retryAfter?.trim()) {
    const seconds = Number(retryAfter);
    const ms = Number.isNaN(seconds) ? Date.parse(retryAfter) - now : seconds * 1000;
    if (!Number.isNaN(ms)) return Math.min(Math.max(ms, 0), MAX_RETRY_AFTER_MS);
  }
  return Math.random() * Math.min(readRetry.capMs, readRetry.baseMs * 2 ** attempt);
}

/** Settles after `ms`, or at once when `signal` aborts, leaving no timer behind. */
export function pause(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener("abort", done);
  });
}
