import type { BackendKind } from "../api";
import type { CouponCurrency, CouponItem } from "../api/account";
import type { SubscriptionStatus } from "../api/account/subscriptions";
import type { CloseData, StatusData } from "../paystation";
import type { View } from "./options";

/*
 * The public events and their payloads. This file imports no part of the widget, so that the
 * catalog and purchase features can both use these types without depending on each other.
 */

/** The independently loaded parts of the catalog; each fails and retries on its own. */
export type CatalogSection = "groups" | "items" | "packages" | "plans" | "promotion";

/** How much the first view shows: the `catalog-load` event's payload. */
export interface CatalogCounts {
  groups: number;
  items: number;
  packages: number;
  plans: number;
}

/** Which reward chain's step an event of the rewards panel is about. */
export interface RewardStepRef {
  chainId: number;
  stepId: number;
}

/** The player's invite code in one campaign, as the invites view's events name it. */
export interface InviteCodeRef {
  campaignId: string;
  code: string;
}

/** Which purchase a Pay Station event belongs to. */
interface Sku {
  sku: string;
}

/** Every event a storefront emits, with its payload. DOM events are `game-storefront:NAME`. */
export interface StorefrontEvents extends Record<string, unknown> {
  /** The widget is mounted and has started loading; `view` is what it shows. */
  init: { backend: BackendKind; projectId: string; locale: string; view: View };
  /** The first view has loaded; counts of what it shows. */
  "catalog-load": CatalogCounts;
  /**
   * Something failed. `code` is stable ("http-500", "timeout", "invalid-response",
   * "http-422-1411"); `section` names the part of the catalog that failed to load, `sku` the
   * purchase or claim (Pay Station's own errors, such as "popup-blocked", carry one too).
   * The rewards view says "reward-chains" and, when one chain's part failed, its `chainId`;
   * the invites view says "invites" and, when one campaign's part failed, its `campaignId`;
   * the account view says "account" and names its `part`;
   * "payment-methods" is the store's read of the player's saved payment methods (merchant);
   * "chunk-load" is a view's panel whose code did not arrive.
   */
  error: {
    code: string;
    message: string;
    section?:
      | CatalogSection
      | "balance"
      | "reward-chains"
      | "invites"
      | "account"
      | "payment-methods";
    /** The account view: its part that failed ("items", "balance", "purchases", "coupons"). */
    part?: string;
    sku?: string;
    chainId?: number;
    campaignId?: string;
  };
  /** A player who is not signed in tried to buy or claim (an item, or a reward step); nothing was sent. */
  "login-required": Sku | RewardStepRef;
  /** The rewards view: a step's rewards were claimed and are the player's. */
  "reward-claim": RewardStepRef;
  /** The invites view: the player's code for a campaign is on screen. */
  "invite-code": InviteCodeRef;
  /** The invites view: the player copied their code. */
  "invite-copy": InviteCodeRef;
  /** The invites view: the player redeemed a friend's code; `matched` says whether it matched. */
  "invite-redeem": { campaignId: string; matched: boolean };
  /**
   * The account view: a coupon was redeemed, and what it gave is the player's (`items` as the
   * answer named them; `virtualCurrency` null when it gave none).
   */
  coupon: { code: string; items: CouponItem[]; virtualCurrency: CouponCurrency | null };
  /**
   * The account view: the player cancelled a subscription or turned its auto-renewal off, and
   * the backend took it; `status` is what the subscription is now, `planId` the plan as the
   * store's plans name it. A store of the same project and backend on the page reads its plans
   * again, so that its plan buttons agree.
   */
  subscription: { id: string; planId: string; status: SubscriptionStatus };
  /**
   * The account view (or a store's Account panel): the player removed a saved payment method
   * (`type` "card" or "paypal", and its `id`). A store of the same project and backend on the
   * page reads its saved methods again, so that its one-click buttons follow.
   */
  "payment-method-remove": { type: string; id: string };
  /** A free item was claimed; it is the player's at once. */
  claim: Sku & { orderId: number };
  /**
   * A purchase is the player's: confirmed by the order where the browser may read it (Store
   * API), else when Pay Station said done. `orderId` is null when the backend has none.
   */
  purchase: Sku & { orderId: number | null };
  /**
   * A gift was paid for, once Pay Station said done: `friends` is how many friends it went to.
   * The game server learns who they are from the payment webhook.
   */
  gift: Sku & { friends: number };
  // Pay Station, passed on with the SKU being bought.
  open: Sku;
  load: Sku;
  close: Sku & CloseData;
  status: Sku & StatusData;
  "status-invoice": Sku & StatusData;
  "status-delivering": Sku & StatusData;
  "status-done": Sku & StatusData;
  "status-troubled": Sku & StatusData;
}

export type StorefrontEventName = keyof StorefrontEvents;

export const DOM_EVENT_PREFIX = "game-storefront";
