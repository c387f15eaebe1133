import type { ApiError } from "../../core/errors";
import { z } from "../../core/zod";
import { absoluteUrl, nonEmpty, toDate } from "../mapping";
import { readMerchantError } from "../merchant-error";
import { DecimalSchema, IdSchema, LocalizedTextSchema, pickText } from "../shared-schemas";
import { givenAmount, type Reward, splitRewards } from "./coupons";
import type {
  CouponFailureReason,
  CouponRewards,
  OwnedItem,
  Transaction,
  TransactionKind,
} from "./types";

/*
 * The Merchant API's player calls (docs/contracts.md 2.1, 2.3, 2.6), as the game server passes
 * them on: schemas and their mapping to the account view's types. What the player is given (a
 * coupon's currency and items, an item's quantity) must be readable or the answer is refused;
 * what only informs (a coupon's expiry, redemptions left, `is_active`) reads as "not said"
 * when it is not what the seed shows.
 */

// My items (2.1): a bare array of {id, sku, quantity}, with no name or picture.

export const UserItemSchema = z.object({ sku: z.string(), quantity: DecimalSchema });
export const UserItemsSchema = z.array(UserItemSchema);
export type WireUserItem = z.infer<typeof UserItemSchema>;

/** The catalog has the name and picture; the view joins on the sku. Nothing owned, nothing shown. */
export const toOwnedItems = (wire: WireUserItem[]): OwnedItem[] =>
  wire.flatMap(({ sku, quantity }) => {
    const owned = givenAmount(quantity);
    return owned === null ? [] : [{ sku, name: null, quantity: owned, imageUrl: null }];
  });

// My purchases (2.3): a bare array of operations.

const text = z.nullish(z.string());

export const TransactionSchema = z.object({
  operation_id: IdSchema,
  transaction_type: text,
  comment: text,
  // A row the view cannot place in time is no row it can show: the answer is refused.
  date: z.string().check(z.refine((value) => toDate(value) !== null)),
  amount: z.nullish(DecimalSchema),
  sum: z.nullish(DecimalSchema),
  currency: text,
  status: text,
  coupon_code: text,
});
export const TransactionsSchema = z.array(TransactionSchema);
export type WireTransaction = z.infer<typeof TransactionSchema>;

/**
 * The seed's example rows say `invoice` for a payment, a type its own parameter list lacks;
 * `internal` (a balance changed by hand) and anything new are "other".
 */
const KINDS: Record<string, TransactionKind> = {
  invoice: "payment",
  payment: "payment",
  coupon: "coupon",
  inGamePurchase: "in-game-purchase",
  cancellation: "cancellation",
};

/** An ISO 4217 code, or null for one `Intl.NumberFormat` would throw on. */
export const currencyCode = (code: string | null | undefined): string | null =>
  code && /^[A-Za-z]{3}$/.test(code) ? code.toUpperCase() : null;

export function toTransaction(wire: WireTransaction): Transaction {
  const type = wire.transaction_type ?? "";
  const currency = currencyCode(wire.currency);
  const sum = wire.sum;
  const vc = wire.amount;
  return {
    id: wire.operation_id,
    date: toDate(wire.date) as Date,
    kind: Object.hasOwn(KINDS, type) ? (KINDS[type] as TransactionKind) : "other",
    description: wire.comment ?? "",
    amount:
      sum != null && Number.isFinite(sum) && currency !== null ? { amount: sum, currency } : null,
    vcAmount: vc != null && Number.isFinite(vc) && vc !== 0 ? vc : null,
    couponCode: nonEmpty(wire.coupon_code),
    failed: wire.status === "failed",
  };
}

/** Newest first, as a history reads; the seed does not say in which order it sends them. */
export const toTransactions = (wire: WireTransaction[]): Transaction[] =>
  wire.map(toTransaction).sort((a, b) => b.date.getTime() - a.date.getTime());

// Coupons (2.6): the same coupon for the check and the redemption.

export const CouponEntrySchema = z.object({
  virtual_item: z.object({
    sku: z.string(),
    // PHP writes an empty map as `[]`: a name we cannot read is no name.
    name: z.catch(z.nullish(LocalizedTextSchema), null),
    image_url: z.catch(text, null),
  }),
  amount: DecimalSchema,
});
type WireCouponEntry = z.infer<typeof CouponEntrySchema>;

const isEntry = (value: unknown) => CouponEntrySchema.safeParse(value).success;

/** One `{virtual_item, amount}` in the seed's example; a list, `[]` or null elsewhere. */
const entries = (value: unknown): unknown[] =>
  value == null ? [] : Array.isArray(value) ? value : [value];

export const CouponSchema = z.object({
  coupon_code: z.catch(text, null),
  virtual_currency_amount: z.nullish(DecimalSchema),
  // 1 or 0 in the seed; anything but a clear "no" counts as active (the redemption decides).
  is_active: z.optional(z.unknown()),
  redeems_count_remain: z.catch(z.nullish(z.number()), null),
  expiration_date: z.catch(text, null),
  virtual_items: z.optional(
    z.custom<WireCouponEntry | WireCouponEntry[] | null>((value) => entries(value).every(isEntry)),
  ),
});
export type WireCoupon = z.infer<typeof CouponSchema>;

/**
 * The seed's "2014-10-16 21:44:31" has no zone; read as UTC (unconfirmed, docs/contracts.md
 * 2.6). An ISO date, should the vendor move to one, reads as itself.
 */
export function couponExpiry(value: string | null | undefined): Date | null {
  const bare = value?.match(/^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(:\d{2})?)$/);
  return toDate(bare ? `${bare[1]}T${bare[2]}Z` : value);
}

export function toCouponRewards(wire: WireCoupon, code: string, lang: string): CouponRewards {
  const vc = givenAmount(wire.virtual_currency_amount);
  const items: Reward[] = entries(wire.virtual_items).flatMap((raw) => {
    const entry = CouponEntrySchema.parse(raw);
    const quantity = givenAmount(entry.amount);
    const item = entry.virtual_item;
    return quantity === null
      ? []
      : [
          {
            sku: item.sku,
            name: pickText(item.name, lang),
            quantity,
            imageUrl: absoluteUrl(item.image_url),
            isCurrency: false,
          },
        ];
  });
  const remaining = wire.redeems_count_remain;
  return {
    code: nonEmpty(wire.coupon_code) ?? code,
    // One currency per merchant project, unnamed in the coupon: the view names it.
    virtualCurrency: vc === null ? null : { amount: vc, sku: null, name: null, imageUrl: null },
    items: splitRewards(items).items,
    expiresAt: couponExpiry(wire.expiration_date),
    remaining:
      remaining != null && Number.isSafeInteger(remaining) && remaining >= 0 ? remaining : null,
  };
}

/**
 * Why a coupon that the check found cannot be redeemed now, or null: the check cannot know
 * whether this player already has it, only the redemption can. An inactive coupon is worded
 * like an expired one (docs/contracts.md 2.6).
 */
export function couponRefusal(
  wire: WireCoupon,
  rewards: CouponRewards,
  now: number,
): CouponFailureReason | null {
  const active = wire.is_active;
  if (active === 0 || active === false || active === "0") return "expired";
  if (rewards.expiresAt !== null && rewards.expiresAt.getTime() <= now) return "expired";
  if (rewards.remaining === 0) return "used-up";
  return null;
}

// Errors

/** `extended_message.reason` of the game server's coupon refusals (docs/contracts.md 2.6). */
const REASONS: Record<string, CouponFailureReason> = {
  unknown: "unknown",
  expired: "expired",
  inactive: "expired",
  used_up: "used-up",
  already_redeemed: "already-redeemed",
};

/**
 * The Merchant error body, its `extended_message.reason` (when it has one the contract names)
 * kept as the code, so that the `error` event says "http-422-used_up" and the adapter can
 * find the reason again.
 */
export function readAccountError(body: unknown) {
  const details = readMerchantError(body);
  const extended = (body as { extended_message?: { reason?: unknown } } | null)?.extended_message;
  const reason = typeof extended === "object" ? extended?.reason : undefined;
  return typeof reason === "string" && Object.hasOwn(REASONS, reason)
    ? { ...details, code: reason }
    : details;
}

export function merchantCouponReason(error: ApiError): CouponFailureReason | null {
  if (error.kind !== "http") return null;
  if (error.status === 401) return "not-signed-in";
  return error.code && Object.hasOwn(REASONS, error.code)
    ? (REASONS[error.code] as CouponFailureReason)
    : null;
}
