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
