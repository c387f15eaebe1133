import { openWireCache } from "../core/wire-cache";
import type { ResolvedOptions } from "./options";

/**
 * The store's cached catalog: a chunk of its own (the reading, writing and bounding of
 * core/wire-cache.ts and the naming below), fetched with the first requests when the cache is
 * on. A cached catalog is drawn only through the schemas, whose chunk comes at the same time.
 */
export const openCatalogCache = (options: ResolvedOptions) => openWireCache(cacheId(options));

/**
 * Names a store's cached catalog (core/wire-cache.ts): whose answers they are (backend, API
 * base, project, locale, currency, country) and for which player, since the answers carry the
 * player's limits and plan. The player is the `userId`, else the Store JWT's `sub`, else a
 * hash of the token: the token itself is never stored, and a JWT renewed for the same player
 * finds the same catalog. A token given as a function cannot name the player before the first
 * request: mount.tsx keeps no cache for such a store rather than risk another player's.
 */
export function cacheId({ backend, backendConfig: c }: ResolvedOptions): string {
  const token = c.userToken as string | undefined;
  return [
    backend,
    c.apiBase,
    c.projectId,
    c.locale,
    c.currency,
    c.country,
    c.userId ?? (token && playerOf(token)),
  ].join(" ");
}

function playerOf(token: string): string {
  try {
    const payload = (token.split(".")[1] ?? "").replace(/-/g, "+").replace(/_/g, "/");
    const sub = JSON.parse(atob(payload)).sub;
    if (sub) return `sub:${sub}`;
  } catch {}
  // FNV-1a: enough to tell one player's token from another's in one browser.
  let hash = 2166136261;
  for (let i = 0; i < token.length; i++) hash = Math.imul(hash ^ token.charCodeAt(i), 16777619);
  return (hash >>> 0).toString(36);
}
