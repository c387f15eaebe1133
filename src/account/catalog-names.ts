import type { AccountStoreCalls } from "./contract";

/** What the catalog says of a thing the player may own. */
export interface CatalogEntry {
  name: string;
  imageUrl: string | null;
}

export type CatalogNames = ReadonlyMap<string, CatalogEntry>;

/**
 * The catalog's items by sku, for the names and pictures the Merchant API's user items and
 * coupons lack (docs/contracts.md 2.1): the group tree, then each top group's items (a group
 * lists its subgroups' items too), all at once. Null when any read failed: the caller shows
 * skus for now and may ask again later.
 */
export async function readCatalogNames(
  store: AccountStoreCalls,
  signal: AbortSignal,
): Promise<CatalogNames | null> {
  const groups = await store.getGroups(signal);
  // A panel closed while the groups were on their way asks for nothing more.
  if (!groups.ok || signal.aborted) return null;
  const pages = await Promise.all(groups.value.map((group) => store.getItems(group.id, signal)));
  const names = new Map<string, CatalogEntry>();
  for (const page of pages) {
    if (!page.ok) return null;
    for (const item of page.value)
      names.set(item.sku, { name: item.name, imageUrl: item.imageUrl });
  }
  return names;
}

/** A thing as the panel shows it: its own name and picture, else the catalog's, else its sku. */
export function named<T extends { sku: string; name: string | null; imageUrl: string | null }>(
  thing: T,
  names: CatalogNames,
): T & { name: string } {
  const entry = names.get(thing.sku);
  return {
    ...thing,
    name: thing.name ?? entry?.name ?? thing.sku,
    imageUrl: thing.imageUrl ?? entry?.imageUrl ?? null,
  };
}
