/**
 * A loader that runs `load` once and keeps what it gave, but forgets a failure, so that the
 * next call tries again: a chunk that did not arrive over a flaky network may arrive later.
 */
export function retrying<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => {
    pending ??= load().catch((error: unknown) => {
      pending = null;
      throw error;
    });
    return pending;
  };
}
