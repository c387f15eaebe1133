/**
 * The one catalog both emulated backends render from, so the Merchant API and the Store API
 * show the same store. Data lives in catalog-demo.ts (the demo game) and catalog-bench.ts
 * (5,000 generated items), its shape in catalog-types.ts; the emulators turn it into their own
 * wire shapes.
 */

import { BENCH_PROJECT_ID, DEMO_PROJECT_ID, type Language } from "../shared/config";
import { createBenchCatalog } from "./catalog-bench";
import { demoCatalog } from "./catalog-demo";
import type { Catalog, CatalogGroup, CatalogItem, Localized, PlacedGroup } from "./catalog-types";

const catalogs = new Map<number, Catalog>();

/** The catalog of a project, or undefined for a project the sandbox does not know. */
export function getCatalog(projectId: number): Catalog | undefined {
  if (!catalogs.has(projectId)) {
    if (projectId === DEMO_PROJECT_ID) catalogs.set(projectId, demoCatalog);
    // Built on first use: 5,000 items are not worth building for every test.
    else if (projectId === BENCH_PROJECT_ID) catalogs.set(projectId, createBenchCatalog());
  }
  return catalogs.get(projectId);
}

/** Parses a project id path segment: digits only, as the real services expect. */
export function projectFromParam(param: string): Catalog | undefined {
  return /^\d{1,10}$/.test(param) ? getCatalog(Number(param)) : undefined;
}

export function localize(text: Localized, language: string): string {
  return text[language as Language] ?? text.en;
}

/** Every group, parents before children, with its level and parent. */
export function placeGroups(catalog: Catalog): PlacedGroup[] {
  const placed: PlacedGroup[] = [];
  const visit = (groups: CatalogGroup[], level: number, parent: CatalogGroup | null) => {
    groups.forEach((group, index) => {
      placed.push({ group, level, parent, order: index + 1 });
      visit(group.children, level + 1, group);
    });
  };
  visit(catalog.groups, 0, null);
  return placed;
}

/** External ids of a group and all its descendants. */
function subtreeIds(group: CatalogGroup): Set<string> {
  const ids = new Set<string>([group.externalId]);
  for (const child of group.children) for (const id of subtreeIds(child)) ids.add(id);
  return ids;
}

/** The items shown in a group: its own and those of its descendants, in catalog order. */
export function itemsInGroup(catalog: Catalog, group: CatalogGroup): CatalogItem[] {
  const ids = subtreeIds(group);
  return catalog.items.filter((item) => ids.has(item.group));
}

/** The groups an item shows in: the one it is filed under and that group's ancestors. */
export function groupsOfItem(catalog: Catalog, item: CatalogItem): CatalogGroup[] {
  const placed = placeGroups(catalog);
  const chain: CatalogGroup[] = [];
  let current = placed.find((p) => p.group.externalId === item.group);
  while (current) {
    chain.push(current.group);
    const parent = current.parent;
    current = parent ? placed.find((p) => p.group === parent) : undefined;
  }
  return chain;
}

/** Finds an item by SKU in any project (for the image routes). */
export function findItemAnywhere(sku: string): CatalogItem | undefined {
  for (const id of [DEMO_PROJECT_ID, BENCH_PROJECT_ID]) {
    const item = getCatalog(id)?.items.find((candidate) => candidate.sku === sku);
    if (item) return item;
  }
  return undefined;
}
