import type { ApiError } from "./errors";
import type { Result } from "./result";

/**
 * A panel model's requests, one at a time per key ("list", "balance:7"): a newer read of the same
 * thing aborts the older one, so a late answer never overwrites a newer one, and dispose()
 * aborts them all. A read answers null when it was aborted that way.
 */
export function createReads() {
  const running = new Map<string, AbortController>();
  let disposed = false;

  async function read<T>(
    key: string,
    call: (signal: AbortSignal) => Promise<Result<T, ApiError>>,
  ): Promise<Result<T, ApiError> | null> {
    if (disposed) return null;
    running.get(key)?.abort();
    const controller = new AbortController();
    running.set(key, controller);
    const result = await call(controller.signal);
    // A server may answer after the abort; the answer belongs to a read nobody wants now.
    if (controller.signal.aborted) return null;
    running.delete(key);
    return result;
  }

  function dispose() {
    disposed = true;
    for (const controller of running.values()) controller.abort();
    running.clear();
  }

  return { read, dispose };
}
