import type { ApiError } from "../../core/errors";
import { z } from "../../core/zod";
import { absoluteUrl } from "../mapping";
import { DecimalSchema, LocalizedTextSchema, pickText } from "../shared-schemas";
import { readStoreError } from "../store-contract";
import { givenAmount, type Reward, splitRewards } from "./coupons";
import type { CouponFailureReason, CouponRewards, OwnedItem } from "./types";

/*
 * The Store API's player calls (docs/contracts.md 3.1, 3.3), made with the player's token:
 * schemas and their mapping to the account view's types. Fields the view does not show
 * (`groups`, `attributes`, `inventory_options`, `unit_items`...) are left unread.
 */

const text = z.nullish(z.string());

/**
 * An item as the inventory, the coupon rewards and the redemption list it. Its name is a
 * localized object in the coupon spec and a string elsewhere: both are read.
 */
const itemFields = {
  sku: z.string(),
  name: z.catch(z.nullish(LocalizedTextSchema), null),
  type: text,
  image_url: z.catch(text, null),
};

// My items (3.1)

export const InventoryItemSchema = z.object({ ...itemFields, quantity: z.nullish(DecimalSchema) });
export const InventorySchema = z.object({ items: z.array(InventoryItemSchema) });
export type WireInventoryItem = z.infer<typeof InventoryItemSchema>;

const isCurrency = (type: string | null | undefined) => type === "virtual_currency";

/**
 * Items only: the balance call has the currencies. An instance item comes with no quantity
 * (the vendor's example): it is one.
 */
export const toOwnedItems = (wire: WireInventoryItem[], lang: string): OwnedItem[] =>
  wire.flatMap((item) => {
    const quantity = item.quantity == null ? 1 : givenAmount(item.quantity);
    return isCurrency(item.type) || quantity === null
      ? []
      : [
          {
            sku: item.sku,
            name: pickText(item.name, lang),
            quantity,
            imageUrl: absoluteUrl(item.image_url),
          },
        ];
  });

// Coupons (3.3)

const RewardSchema = z.object({ ...itemFields, quantity: z.nullish(DecimalSchema) });
type WireReward = z.infer<typeof RewardSchema>;

/** `GET /coupon/code/{code}/rewards`: what the coupon gives, before redeeming. */
export const CouponRewardsSchema = z.object({
  // Always there in the spec, `[]` when the coupon gives only a discount: an answer without it
  // is not a coupon that gives nothing.
  bonus: z.nullable(z.array(z.object({ item: z.object(itemFields), quantity: DecimalSchema }))),
});
export type WireCouponRewards = z.infer<typeof CouponRewardsSchema>;

/** `POST /coupon/redeem`: the items given, currency among them, each with its quantity. */
export const RedeemedSchema = z.object({ items: z.array(RewardSchema) });
export type WireRedeemed = z.infer<typeof RedeemedSchema>;

function toRewards(list: WireReward[], code: string, lang: string): CouponRewards {
  const rewards = list.flatMap((reward): Reward[] => {
    // A quantity left out is one, as for the inventory.
    const quantity = reward.quantity == null ? 1 : givenAmount(reward.quantity);
    return quantity === null
      ? []
      : [
          {
            sku: reward.sku,
            name: pickText(reward.name, lang),
            quantity,
            imageUrl: absoluteUrl(reward.image_url),
            isCurrency: isCurrency(reward.type),
          },
        ];
  });
  // The Store API says neither when a coupon expires nor how many redemptions it has left.
  return { code, ...splitRewards(rewards), expiresAt: null, remaining: null };
}

export const toCheckedRewards = (wire: WireCouponRewards, code: string, lang: string) =>
  toRewards(
    (wire.bonus ?? []).map(({ item, quantity }) => ({ ...item, quantity })),
    code,
    lang,
  );

export const toRedeemedRewards = (wire: WireRedeemed, code: string, lang: string) =>
  toRewards(wire.items, code, lang);

// Errors

/**
 * The Store API's coupon refusals (docs/contracts.md 3.3). It has no code for a coupon used
 * up by everyone: that answers as a reached limit, worded as already redeemed. A region lock
 * (9808) has no reason of its own and gets the general message.
 */
const REASONS: Record<string, CouponFailureReason> = {
  "9807": "unknown",
  "9811": "unknown",
  "9810": "expired",
  "9804": "already-redeemed",
  "1501": "not-signed-in",
};

/**
 * The Store error body, its code taken from the message's "[0401-9807]" first: the vendor's
 * own 404 example says 4001 in `errorCode` and 9807 in the message.
 */
export function readAccountError(body: unknown) {
  const details = readStoreError(body);
  const inMessage = details.serverMessage?.match(/\[\d{4}-(\d{1,6})\]/)?.[1];
  return inMessage ? { ...details, code: inMessage } : details;
}

export function storeCouponReason(error: ApiError): CouponFailureReason | null {
  if (error.kind !== "http") return null;
  const byCode = error.code && Object.hasOwn(REASONS, error.code) ? REASONS[error.code] : null;
  if (byCode) return byCode;
  // No token at all: 401, or 403 "Authorization header not sent" with errorCode 0.
  if (error.status === 401 || (error.status === 403 && error.code === "0")) return "not-signed-in";
  return null;
}
