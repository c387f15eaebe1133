import type { ApiError } from "../core/errors";
import type { Result } from "../core/result";

/**
 * The domain the widget speaks, whatever contract the studio's backend uses. Adapters in
 * ./merchant and ./xsolla map their wire types to these; nothing outside src/api sees a wire type.
 */

/** A money amount as a decimal number in a currency's major unit (4.99 USD). */
export interface Money {
  amount: number;
  /** ISO 4217 code. */
  currency: string;
}

/** A real-money price; `beforeDiscount` is set only when it is higher than `current`. */
export interface MoneyPrice {
  current: Money;
  beforeDiscount: Money | null;
}

/** The virtual currency a VC price is paid in, when the contract names it. */
export interface VirtualCurrencyRef {
  sku: string | null;
  name: string;
  imageUrl: string | null;
}

/** A price in virtual currency; `beforeDiscount` is set only when it is higher than `amount`. */
export interface VcPrice {
  amount: number;
  beforeDiscount: number | null;
  currency: VirtualCurrencyRef | null;
}

export type AdLabelKind = "recommended" | "best_deal" | "special_offer" | "other";

/** The seed's `advertisement_label`: a kind for styling and the localized text to show. */
export interface AdLabel {
  kind: AdLabelKind;
  text: string;
}

export interface BonusItem {
  name: string;
  quantity: number;
}

/** How many more of a thing this player may get (`limits.per_user`). */
export interface PerUserLimit {
  total: number;
  available: number;
}

/** A time-limited promotion attached to one product (Store API `promotions`). */
export interface ProductPromotion {
  name: string;
  endsAt: Date | null;
}

/** Fields every sellable thing shares. */
export interface ProductBase {
  /** Stable id for purchases: the SKU, or the contract's id when it has no SKU. */
  sku: string;
  name: string;
  description: string | null;
  /** Absolute URL (protocol-relative ones are resolved to https) or null. */
  imageUrl: string | null;
  price: MoneyPrice | null;
  /** True when the thing costs nothing and is claimed rather than bought. */
  isFree: boolean;
  /** Bonus virtual currency granted with the purchase. */
  bonusVc: number | null;
  bonusItems: BonusItem[];
  adLabel: AdLabel | null;
  /** The seed's free-text `offer_label`; null when empty. */
  offerLabel: string | null;
  limit: PerUserLimit | null;
  promotions: ProductPromotion[];
}

export interface Item extends ProductBase {
  longDescription: string | null;
  vcPrice: VcPrice | null;
}

export interface VcPackage extends ProductBase {
  /** Units of virtual currency in the package. */
  quantity: number;
  /** Units before a promotion changed the quantity; null when unchanged. */
  quantityBeforeDiscount: number | null;
  /** The currency the package contains, when the contract names it. */
  currency: VirtualCurrencyRef | null;
}

export type PeriodUnit = "day" | "month" | "lifetime";

export interface SubscriptionPlan {
  /** The id used to buy the plan (merchant `plan_id`, Store `plan_external_id`). */
  id: string;
  name: string;
  description: string | null;
  price: MoneyPrice;
  period: { value: number; unit: PeriodUnit };
  /** Length of the free trial in days; null when the plan has none. */
  trialDays: number | null;
  bonusVc: number | null;
  bonusItems: BonusItem[];
  offerLabel: string | null;
}

export interface ActiveSubscription {
  planId: string;
  nextChargeAt: Date | null;
}

export interface Subscriptions {
  plans: SubscriptionPlan[];
  active: ActiveSubscription | null;
}

/** The store-wide promotion banner. */
export interface Promotion {
  name: string;
  description: string | null;
  /** When it ends, computed from the server's "seconds left" at the moment of the answer. */
  endsAt: Date | null;
}

export interface Group {
  /** The key to ask for the group's items with (merchant numeric id, Store external_id). */
  id: string;
  name: string;
  description: string | null;
  children: Group[];
}

/**
 * A group tree's ids and nesting, read from the groups answer before its schema has checked
 * it: only a guess, good for sending a request early, never for showing anything.
 */
export interface GroupOutline {
  id: string;
  children: GroupOutline[];
}

export type ApiResult<T> = Promise<Result<T, ApiError>>;

/** What the storefront catalog needs from a backend. Every call is independent and abortable. */
export interface CatalogBackend {
  /**
   * The group tree. `onOutline` hears, when the answer has arrived and before it is checked
   * (which may wait for the schemas' chunk), the tree's outline as the answer seems to have
   * it, so that the first group's items can be asked for at once. A backend may not call it.
   */
  getGroups(
    signal?: AbortSignal,
    onOutline?: (outline: GroupOutline[]) => void,
  ): ApiResult<Group[]>;
  /**
   * A group's items. A contract that pages them calls `onProgress` with the items so far
   * while more pages are on their way, so the first ones can be shown at once.
   */
  getItems(
    groupId: string,
    signal?: AbortSignal,
    onProgress?: (itemsSoFar: Item[]) => void,
  ): ApiResult<Item[]>;
  getVcPackages(signal?: AbortSignal): ApiResult<VcPackage[]>;
  getSubscriptions(signal?: AbortSignal): ApiResult<Subscriptions>;
  /** The store-wide promotion; null when the contract has no such call or none is running. */
  getPromotion(signal?: AbortSignal): ApiResult<Promotion | null>;
}

/** What a player buys with real money, in the terms each contract's token needs. */
export type PurchaseTarget =
  | { kind: "item"; sku: string }
  | { kind: "package"; sku: string; quantity: number }
  | { kind: "plan"; planId: string };

/** How to open Pay Station for one purchase. */
export interface Checkout {
  /**
   * A Pay Station token: Merchant API tokens ("merchant") open as `/paystation2/?access_token=`,
   * Store API tokens ("store") as `/paystation4/?token=`. Null when `url` is given instead.
   */
  token: string | null;
  tokenKind: "merchant" | "store";
  /** A complete Pay Station URL, when the backend answers with one (Store subscriptions). */
  url: string | null;
  /** The order to confirm after paying, when the browser may read orders (Store API). */
  orderId: number | null;
}

export type OrderStatus = "new" | "paid" | "done" | "canceled";

/** How much of one virtual currency the player has. `name` is null when the contract has none. */
export interface VcBalance {
  sku: string | null;
  name: string | null;
  amount: number;
}

/** What buying and claiming need from a backend. Calls are made for the signed-in player only. */
export interface PurchaseBackend {
  /** True when the widget was told who the player is (merchant `userId`, xsolla `userToken`). */
  readonly signedIn: boolean;
  /** A Pay Station token or URL for a real-money purchase. */
  checkout(target: PurchaseTarget, signal?: AbortSignal): ApiResult<Checkout>;
  /**
   * Buys an item with virtual currency at once, answering the order id; null when the contract
   * has no such call from the browser and the purchase goes through Pay Station instead.
   */
  buyWithVc: ((sku: string, vcSku: string, signal?: AbortSignal) => ApiResult<number>) | null;
  /** Claims a free item, answering the order id, which is complete at once. */
  claimFree(sku: string, signal?: AbortSignal): ApiResult<number>;
  /** Reads an order's status; null when the browser cannot read orders. */
  getOrderStatus: ((orderId: number, signal?: AbortSignal) => ApiResult<OrderStatus>) | null;
  /** The player's virtual-currency balances; empty when signed out or the contract has none. */
  getBalance(signal?: AbortSignal): ApiResult<VcBalance[]>;
}

export type Backend = CatalogBackend & PurchaseBackend;

export type BackendKind = "merchant" | "xsolla";

/** What every adapter is built from; the widget derives it from its options. */
export interface BackendConfig {
  /** Base URL of the game server (merchant) or the Store API (xsolla). */
  apiBase: string;
  projectId: string;
  userId?: string;
  /** The player's Store JWT, or a function that returns it (called before each request). */
  userToken?: string | (() => string | Promise<string>);
  currency: string;
  /** BCP 47 tag; adapters send the language part where the contract wants ISO 639-1. */
  locale: string;
  country?: string;
  /** True for test payments: Pay Station's sandbox and the Store API's `sandbox` flag. */
  sandbox?: boolean;
  /** The game server's token endpoint (merchant only); CONTRACTS.md "The widget's token endpoint". */
  tokenUrl?: string;
  /** Base of the subscriptions public API (xsolla only). */
  subscriptionsApiBase?: string;
  fetchImpl?: typeof fetch;
  timeoutMs?: number;
}
