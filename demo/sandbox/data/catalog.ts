/**
 * The one catalog both emulated backends render from, so the Merchant API and the Store API
 * show the same store. Data lives in catalog-demo.ts (the demo game) and catalog-bench.ts
 * (5,000 generated items); the emulators turn it into their own wire shapes.
 */

import { BENCH_PROJECT_ID, DEMO_PROJECT_ID, type Language } from "../shared/config";
import { createBenchCatalog } from "./catalog-bench";
import { demoCatalog } from "./catalog-demo";

/** Text in English and, for some entries, in other languages. */
export type Localized = { en: string } & Partial<Record<Language, string>>;

export type AdLabelType = "recommended" | "best_deal" | "special_offer";

export interface AdLabel {
  type: AdLabelType;
  /** Overrides the label's standard text. */
  name?: Localized;
}

export interface BonusItem {
  sku: string;
  name: Localized;
  quantity: number;
}

export interface CatalogGroup {
  /** The Merchant API's numeric id. */
  id: number;
  /** The Store API's key. */
  externalId: string;
  name: Localized;
  description: Localized;
  children: CatalogGroup[];
}

/** How an item's picture is served: generated art, a URL that answers 404, or no URL at all. */
export type Art = "tile" | "missing" | "none";

export interface CatalogItem {
  /** The Merchant API's numeric id. */
  id: number;
  sku: string;
  /** External id of the group the item is filed under; it shows in that group's ancestors too. */
  group: string;
  name: Localized;
  description: Localized;
  longDescription?: Localized;
  art: Art;
  kind: "consumable" | "non_consumable";
  /** Price in USD; absent when the item has no real-money price. */
  usd?: number;
  /** Price in USD before the running promotion's discount. */
  usdBefore?: number;
  /** Price in virtual currency; absent when the item cannot be bought with it. */
  vc?: number;
  vcBefore?: number;
  /** Free items are claimed, not bought. */
  free?: boolean;
  /** How many one player may get. */
  perUser?: number;
  /** How many of `perUser` the demo player has already got. */
  usedByDemoPlayer?: number;
  bonusVc?: number;
  bonusItems?: BonusItem[];
  label?: AdLabel;
  offerLabel?: Localized;
}

export interface CatalogPackage {
  /** The Merchant API's numeric id. */
  id: number;
  sku: string;
  name: Localized;
  description: Localized;
  quantity: number;
  bonusQuantity: number;
  usd: number;
  usdBefore?: number;
  bonusItems: BonusItem[];
  label?: AdLabel;
  offerLabel?: Localized;
}

export interface CatalogPlan {
  /** The Merchant API's plan id, such as "4.99_1_months". */
  merchantId: string;
  /** The subscriptions API's numeric id and external id. */
  planId: number;
  externalId: string;
  name: Localized;
  description?: Localized;
  usd: number;
  usdBefore?: number;
  setupFeeUsd?: number;
  period: number;
  unit: "day" | "month";
  trialDays: number;
  bonusVc?: number;
  bonusItems?: BonusItem[];
  offerLabel?: Localized;
}

export interface CatalogPromotion {
  name: Localized;
  description: Localized;
}

export interface VirtualCurrency {
  sku: string;
  name: Localized;
  description: Localized;
}

export interface Catalog {
  projectId: number;
  currency: VirtualCurrency;
  /** Top-level groups; children nest. */
  groups: CatalogGroup[];
  items: CatalogItem[];
  packages: CatalogPackage[];
  plans: CatalogPlan[];
  /** Runs from sandbox start for PROMOTION_LENGTH_MS; null when the project has none. */
  promotion: CatalogPromotion | null;
  /** The demo player's subscription. */
  activePlan: { merchantId: string; nextChargeInDays: number } | null;
}

/** A group with its place in the tree, as both contracts describe it. */
export interface PlacedGroup {
  group: CatalogGroup;
  level: number;
  parent: CatalogGroup | null;
  order: number;
}

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
