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
  /** Value points each one bought or claimed earns (reward chains). */
  vpRewards?: VpReward[];
}

/** Value points an item earns: the value point's SKU and how many. */
export interface VpReward {
  sku: string;
  amount: number;
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
  /** Value points each package bought earns (reward chains). */
  vpRewards?: VpReward[];
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

/** What moves a player along a reward chain; bought with items that have `vpRewards`. */
export interface ValuePoint {
  sku: string;
  name: Localized;
  description: Localized | null;
  longDescription: Localized | null;
  /** Clan value points are shared by the clan: every member's purchases add to one balance. */
  isClan: boolean;
}

export interface RewardChainStep {
  stepId: number;
  name: Localized;
  /** The value points the balance must reach to claim the step. */
  price: number;
  /** Catalog items (or bonus-only things such as pets) the claim puts in the inventory. */
  reward: { sku: string; quantity: number }[];
}

export interface RewardChain {
  rewardChainId: number;
  name: Localized;
  description: Localized;
  longDescription: Localized | null;
  order: number;
  /** The value point's SKU. Each chain has its own, so a reset of one touches no other. */
  valuePoint: string;
  /** When the chain starts and ends, counted from sandbox start; `endsAfterMs` null: no end. */
  startedBeforeMs: number;
  endsAfterMs: number | null;
  /** Weekly chains start again (no points, nothing claimed) every Monday at 00:00 UTC. */
  recurrence: "weekly" | null;
  /** The Store's `clan_type`, such as "guild"; null for a chain of one's own. */
  clanType: string | null;
  popupHeader: Localized | null;
  popupInstruction: Localized | null;
  steps: RewardChainStep[];
}

/**
 * The one clan of the demo: who else is in it, and what they have put in, by value point.
 * Demo players share it; each test player has a clan of their own with the same others, so
 * tests in parallel never see each other's points.
 */
export interface DemoClan {
  name: string;
  others: { name: string; contributed: Record<string, number> }[];
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
  valuePoints: ValuePoint[];
  rewardChains: RewardChain[];
  clan: DemoClan | null;
}

/** A group with its place in the tree, as both contracts describe it. */
export interface PlacedGroup {
  group: CatalogGroup;
  level: number;
  parent: CatalogGroup | null;
  order: number;
}
