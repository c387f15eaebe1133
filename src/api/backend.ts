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

/** Value points a purchase earns towards reward chains (Store API `vp_rewards`): "+50 Star Points". */
export interface VpReward {
  sku: string;
  name: string;
  imageUrl: string | null;
  amount: number;
  /** The points go to the player's clan's chain rather than the player's own. */
  isClan: boolean;
}

export interface Item extends ProductBase {
  longDescription: string | null;
  vcPrice: VcPrice | null;
  /** Empty when buying the item earns no value points. */
  vpRewards: VpReward[];
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

/** The value point a reward chain counts in ("Star Points"), seed 000. */
export interface ValuePoint {
  sku: string;
  name: string;
  imageUrl: string | null;
}

/** What a reward chain's step gives when claimed. */
export interface StepReward {
  sku: string;
  name: string;
  imageUrl: string | null;
  quantity: number;
}

/** One step of a reward chain: claimable once the balance reaches `price` and not yet claimed. */
export interface RewardStep {
  id: number;
  name: string;
  imageUrl: string | null;
  /** Value points needed (the Store's `price.amount`). */
  price: number;
  claimed: boolean;
  rewards: StepReward[];
}

/** A clan member's share of a clan chain's points. */
export interface Contributor {
  name: string;
  amount: number;
}

/** A reward chain (seed 000; Store API `user/reward_chain`). */
export interface RewardChain {
  id: number;
  name: string;
  description: string | null;
  imageUrl: string | null;
  startsAt: Date | null;
  /** When the chain ends; null when it does not. */
  endsAt: Date | null;
  /** When a recurring chain's progress resets next; null when it does not recur. */
  resetsAt: Date | null;
  valuePoint: ValuePoint;
  /** The clan kind ("guild") of a chain a clan shares; null for the player's own. */
  clanType: string | null;
  topContributors: Contributor[];
  /** In order of price, lowest first. */
  steps: RewardStep[];
}

/** How many value points the player (or their clan) has on one chain. */
export interface ValuePointBalance extends ValuePoint {
  amount: number;
  isClan: boolean;
}

/**
 * The reward-chain calls (CONTRACTS.md section 3, "Reward chains"), on both backends: the
 * Store API with the player's token (xsolla), or the same paths below the game server, which
 * answers for the player of its session (merchant). Refusals carry `reason` "no-such-step"
 * (9911), "already-claimed" (9912) or "not-enough-points" (9913); a 401 is an `http` error
 * with status 401.
 */
export interface RewardChainsBackend {
  /** True when the widget was told who the player is; nothing is sent for a signed-out one. */
  readonly signedIn: boolean;
  /** Every chain of the player, all pages read. */
  getRewardChains(signal?: AbortSignal): ApiResult<RewardChain[]>;
  getRewardChainBalance(chainId: number, signal?: AbortSignal): ApiResult<ValuePointBalance>;
  /** Claims a step's rewards (204). */
  claimRewardStep(chainId: number, stepId: number, signal?: AbortSignal): ApiResult<void>;
  /** A clan chain's top contributors. */
  getClanContributors(chainId: number, signal?: AbortSignal): ApiResult<Contributor[]>;
}

/** What earns one of a campaign's invite rewards (seed 003). */
export type InviteRewardKind =
  /** An invitee's action: matching the code, installing (cpi) or an in-game action (cpa). */
  | { type: "action"; action: "match" | "cpi" | "cpa"; cpaCode: string | null }
  /** A goal the invitees reach together, `goal` times something. */
  | { type: "goal"; goal: number };

/** One reward of an invite campaign. */
export type InviteReward = InviteRewardKind & {
  id: string;
  description: string;
  /** How many times it can be earned. */
  limit: number;
};

/** An invite campaign (Hive `/ua/inviteCode/campaign`). */
export interface InviteCampaign {
  id: string;
  title: string;
  rewards: InviteReward[];
}

/** What redeeming a friend's code came to (Hive `/companion`'s `detail`). */
export interface InviteRedemption {
  matched: boolean;
  /** Why it did not match, in the server's words; null when it did. */
  reason: string | null;
}

/** How far one reward has come for the player's code (Hive `/progress`). */
export interface InviteProgress {
  rewardId: string;
  type: "action" | "goal";
  action: "match" | "cpi" | "cpa" | null;
  /** Rewards given so far, of at most `maxReward`. */
  count: number;
  maxReward: number;
  /** Goal rewards: progress towards `goal`, and how many times the goal was reached. */
  goalProgress: number | null;
  goal: number | null;
  goalAchieved: number | null;
}

/**
 * The invite-code calls (CONTRACTS.md section 5), through the game server, which adds the
 * game, the player and the server from its session and the Hive key from its settings. A
 * `result_code` other than 200 is an `http` error whose `code` is that result code and whose
 * `serverMessage` is the `result_message`.
 */
export interface InvitesBackend {
  /** True when the widget was told who the player is; nothing is sent for a signed-out one. */
  readonly signedIn: boolean;
  getCampaigns(signal?: AbortSignal): ApiResult<InviteCampaign[]>;
  /** The player's code for a campaign (one per campaign per player). */
  getInviteCode(campaignId: string, signal?: AbortSignal): ApiResult<string>;
  /** Redeems a friend's code for the player. */
  redeemInviteCode(code: string, signal?: AbortSignal): ApiResult<InviteRedemption>;
  /** The rewards given so far for the player's code; empty when no friend has joined. */
  getInviteProgress(code: string, signal?: AbortSignal): ApiResult<InviteProgress[]>;
}

/** A friend of the player, as the game server's friend list names them (seed 004 `friends_list`). */
export interface Friend {
  id: string;
  name: string;
  email: string | null;
  /** Absolute URL of the friend's picture, or null when they have none. */
  imageUrl: string | null;
}

/** One page of the player's friends and how many match the search in all. */
export interface FriendsPage {
  friends: Friend[];
  total: number;
}

/** What the player chose in the gift picker; it becomes the token's `purchase.gift`. */
export interface Gift {
  message: string;
  /** The seed's `hide_giver_from_receiver`: true unless the player says otherwise. */
  hideGiverFromReceiver: boolean;
  /** One to MAX_GIFT_FRIENDS friends; with one, that friend receives the gift (seed 004). */
  friends: Friend[];
}

/** At most this many friends in one gift (seed 004). */
export const MAX_GIFT_FRIENDS = 100;

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
   * A Pay Station token for a gift of one thing to friends, from the game server's token
   * endpoint on either backend (the Store API has no gift field); null without a `tokenUrl`.
   */
  giftCheckout:
    | ((target: PurchaseTarget, gift: Gift, signal?: AbortSignal) => ApiResult<Checkout>)
    | null;
  /**
   * One page of the signed-in player's friends matching `query`, from the game server's
   * friend list (`friendsUrl`); null when the widget was given none.
   */
  listFriends:
    | ((
        query: string,
        offset: number,
        limit: number,
        signal?: AbortSignal,
      ) => ApiResult<FriendsPage>)
    | null;
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
  /**
   * The game server's token endpoint (CONTRACTS.md "The widget's token endpoint"): every
   * merchant purchase, and gifts on both backends.
   */
  tokenUrl?: string;
  /** The game server's friend list, for gifts (`GET {friendsUrl}?query&offset&limit`). */
  friendsUrl?: string;
  /** The game server's base for the invite-code calls (`POST {invitesUrl}/ua/inviteCode/...`). */
  invitesUrl?: string;
  /** Base of the subscriptions public API (xsolla only). */
  subscriptionsApiBase?: string;
  fetchImpl?: typeof fetch;
  timeoutMs?: number;
}
