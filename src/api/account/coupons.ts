import { type ApiError, apiError } from "../../core/errors";
import { err } from "../../core/result";
import type { CouponError, CouponFailureReason, CouponItem } from "./types";

/*
 * What both adapters do with a coupon alike: the code the player typed, the failure value and
 * sorting a coupon's rewards into its currency and its items.
 */

/** Codes are pasted as often as typed: spaces around one are never part of it. */
export const cleanCode = (code: string): string => code.trim();

export const couponError = (
  error: ApiError,
  couponReason: CouponFailureReason | null,
): CouponError => ({ ...error, couponReason });

/** No code at all is no coupon: refused as the server would, without asking it. */
export const noCode = () => err(couponError(apiError("http", { status: 404 }), "unknown"));

/** Amounts a player is given: whole, positive and finite, else not shown at all. */
export const givenAmount = (value: number | null | undefined): number | null =>
  value != null && Number.isFinite(value) && value > 0 ? value : null;

/** A reward as both contracts list them, with whether it is virtual currency. */
export interface Reward extends CouponItem {
  isCurrency: boolean;
}

/**
 * The first currency the coupon names becomes its `virtualCurrency` (the same one listed
 * twice adds up); anything else, another currency included, is an item, so nothing it gives
 * goes unsaid.
 */
export function splitRewards(rewards: Reward[]) {
  const currencySku = rewards.find((reward) => reward.isCurrency)?.sku;
  const currencies = rewards.filter((reward) => reward.isCurrency && reward.sku === currencySku);
  const first = currencies[0];
  return {
    virtualCurrency: first
      ? {
          // Two amounts near the largest number add up to Infinity, which no view can show.
          amount: Math.min(
            currencies.reduce((sum, reward) => sum + reward.quantity, 0),
            Number.MAX_VALUE,
          ),
          sku: first.sku,
          name: first.name,
          imageUrl: first.imageUrl,
        }
      : null,
    items: rewards
      .filter((reward) => !currencies.includes(reward))
      .map(({ sku, name, quantity, imageUrl }) => ({ sku, name, quantity, imageUrl })),
  };
}
