/**
 * Runs `task` when the browser is idle (after a second at most), or a little later where it
 * has no requestIdleCallback (Safari). Returns a function that cancels it, for destroy().
 */
export function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === "function") {
    const id = requestIdleCallback(task, { timeout: 1000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 200);
  return () => clearTimeout(id);
}

/**
 * Settles when the browser is next idle (after `timeoutMs` at most), or in the next task where
 * it has no requestIdleCallback: long work split at these points lets what was drawn before be
 * painted first, and lets the player act between the slices.
 */
export function idleTurn(timeoutMs = 50): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === "function")
      requestIdleCallback(() => resolve(), { timeout: timeoutMs });
    else setTimeout(resolve);
  });
}
