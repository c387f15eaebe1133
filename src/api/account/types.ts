import type { ApiError } from "../../core/errors";
import type { Result } from "../../core/result";
import type { ApiResult, Money } from "../backend";

/*
 * The player's corner (issue 13) as the account view sees it, on either backend: what the
 * player owns, what they paid, and the coupons they redeem. The adapters beside this file map
 * the wire contracts of docs/contracts.md to these types; no vendor code or field name gets out.
 */

/** One thing in the player's inventory. */
export interface OwnedItem {
  sku: string;
  /**
   * Null when the contract does not say: the Merchant API's user items carry only a sku, so
   * the view takes the name (and the picture) from the catalog it already has.
   */
  name: string | null;
  quantity: number;
  imageUrl: string | null;
}

/** A page of the inventory, and where the next one starts (null: this was the last). */
export interface OwnedItemsPage {
  items: OwnedItem[];
  nextOffset: number | null;
}

export type TransactionKind = "payment" | "coupon" | "in-game-purchase" | "cancellation" | "other";

/** One row of the player's history (merchant only: the Store API keeps none for players). */
export interface Transaction {
  id: string;
  date: Date;
  kind: TransactionKind;
  /**
   * The vendor's own note on the row ("Incoming payment"), in English: the view words `kind`
   * itself and shows this at most as a detail.
   */
  description: string;
  /** Money paid, when money moved. */
  amount: Money | null;
  /** Virtual currency the operation moved (negative when spent); null when none. */
  vcAmount: number | null;
  /** The code, on a coupon's row. */
  couponCode: string | null;
  /** The operation did not go through (the vendor lists refused redemptions too). */
  failed: boolean;
}

/** The virtual currency a coupon gives. */
export interface CouponCurrency {
  amount: number;
  /** Null on merchant, whose projects have one currency and whose coupons do not name it. */
  sku: string | null;
  name: string | null;
  imageUrl: string | null;
}

export interface CouponItem {
  sku: string;
  /** Null when the answer names none: the view falls back on the catalog, then the sku. */
  name: string | null;
  quantity: number;
  imageUrl: string | null;
}

/** What a coupon gives, before redeeming (a check) or what it gave (a redemption). */
export interface CouponRewards {
  code: string;
  virtualCurrency: CouponCurrency | null;
  items: CouponItem[];
  /** Merchant only; the Store API does not say. */
  expiresAt: Date | null;
  /** Redemptions left in all, merchant only; null when unlimited or not said. */
  remaining: number | null;
}

/** Why a coupon was refused, in the widget's words: each gets its own message for the player. */
export type CouponFailureReason =
  | "unknown"
  | "expired"
  | "used-up"
  | "already-redeemed"
  | "not-signed-in";

/**
 * A failed coupon call: an ApiError (for the `error` event and the general messages) with the
 * coupon's own reason, or null when the failure is not about the coupon (offline, a 500, a
 * refusal the contract does not name, such as the Store API's region lock).
 */
export interface CouponError extends ApiError {
  couponReason: CouponFailureReason | null;
}

export type CouponResult = Promise<Result<CouponRewards, CouponError>>;

/**
 * The account view's calls on one backend. Reads are GETs and are retried like the store's;
 * a redemption is a POST and never is.
 */
export interface AccountCalls {
  /** The widget was given the player's identity (a user id or a token); calls may still 401. */
  readonly signedIn: boolean;
  /** The inventory page starting at `offset` (0 for the first). */
  listItems(offset: number, signal?: AbortSignal): ApiResult<OwnedItemsPage>;
  /**
   * The history between two moments, newest first. Absent where the backend keeps none for
   * players (the Store API): the view says "not available".
   */
  listTransactions?: (from: Date, to: Date, signal?: AbortSignal) => ApiResult<Transaction[]>;
  /** What a coupon gives, refused (expired, used up, unknown) before the player redeems it. */
  checkCoupon(code: string, signal?: AbortSignal): CouponResult;
  /** Redeems a coupon for the signed-in player and says what they received. */
  redeemCoupon(code: string, signal?: AbortSignal): CouponResult;
}
