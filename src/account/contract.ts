import type { BackendConfig, BackendKind, CatalogBackend, PurchaseBackend } from "../api";
import type {
  AccountCalls,
  CouponCurrency,
  CouponItem,
  SubscriptionCalls,
  SubscriptionStatus,
} from "../api/account";
import type { I18n } from "../core/i18n";

/** What the account panel tells the page, through the widget's handle and DOM events. */
export interface AccountEvents {
  /** A coupon was redeemed; what it gave is the player's. */
  coupon: { code: string; items: CouponItem[]; virtualCurrency: CouponCurrency | null };
  /** The player cancelled a subscription or turned its auto-renewal off; `status` is its new one. */
  subscription: { id: string; planId: string; status: SubscriptionStatus };
  /** The player removed a saved payment method (`type` "card" or "paypal", and its `id`). */
  "payment-method-remove": { type: string; id: string };
  /**
   * Something failed: `code` as the store's `error` event has it (errorCode() of core/errors),
   * `message` in English for the page's developers, `part` the section's part that failed
   * ("items", "balance", "purchases", "coupons", or a section's own id).
   */
  error: { code: string; message: string; section: "account"; part: string };
}

export type AccountEmit = <K extends keyof AccountEvents>(
  name: K,
  payload: AccountEvents[K],
) => void;

/**
 * The store's calls the panel borrows: the catalog, for the names and pictures the Merchant
 * API's user items lack, and the virtual-currency balance.
 */
export type AccountStoreCalls = Pick<CatalogBackend, "getGroups" | "getItems"> &
  Pick<PurchaseBackend, "getBalance">;

/**
 * What the panel's model is made from: the widget builds it when it mounts `view: "account"`.
 * Sections plugged in later add what they need here (add, never rename).
 */
export interface AccountModelDeps {
  /** The contract the studio's server speaks: some sections exist on one backend only. */
  kind: BackendKind;
  /** The player's own calls (src/api/account). */
  calls: AccountCalls;
  store: AccountStoreCalls;
  /** The player's subscriptions ("My subscriptions"); absent, that section is not shown. */
  subscriptions?: SubscriptionCalls;
  emit: AccountEmit;
  /** English, for the messages of `error` events. */
  english: I18n;
  /**
   * The backend's settings, for sections whose calls are their own (the saved payment methods,
   * merchant only); a section without them shows nothing.
   */
  config?: BackendConfig;
}

/**
 * The account chunk's entry (src/account/index.ts) exports `createAccountModel(deps)`, whose
 * result has `load()` (the first read), `refresh()` (the player's holdings again, after a
 * purchase, claim, gift or coupon in another widget of the same project on the page) and
 * `dispose()` (aborts everything), `AccountPanel` (a component taking `{ model }`, rendered
 * inside the widget's shadow root and I18n context), and `accountStyles` (its stylesheet).
 */
export interface AccountModelLike {
  load(): Promise<void>;
  refresh(): Promise<void>;
  dispose(): void;
}
