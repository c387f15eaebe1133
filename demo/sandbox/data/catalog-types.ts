/**
 * The shape of the one catalog both emulated backends render from. The data (catalog-demo.ts,
 * catalog-bench.ts) and the lookups (catalog.ts) both speak it, so it stands apart from them.
 */
import type { Language } from "../shared/config";

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
