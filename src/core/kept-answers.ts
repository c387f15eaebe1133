/**
 * Whether anything of the cached catalog (wire-cache.ts) is kept, without its code: a module
 * of its own in the store's first view. Its key prefix is written here again rather than
 * imported, since a binding the chunk shared with the first view would cost the first view
 * more than the copy (a unit test checks that the two agree).
 */
const KEY = "gs-cache:1:";

/**
 * Whether the browser keeps any store's answers of this version: on a first visit it keeps
 * none, and the store need not fetch the cache's code before its first paint (mount.tsx).
 */
export function hasKept(): boolean {
  try {
    for (let i = 0; i < localStorage.length; i++)
      if (localStorage.key(i)?.startsWith(KEY)) return true;
  } catch {}
  return false;
}
