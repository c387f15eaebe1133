/**
 * The vendor's one coupon system, which both the Merchant API (coupons.ts) and the Store API
 * (store-coupons.ts) check and redeem through, as the real vendor has one behind both: the
 * redemptions so far, in all and per player, whether a player may redeem a coupon now, and
 * the redemption itself, which credits the player (player-registry.ts) and writes the
 * `coupon` transaction (operation-log.ts), a refused one as "failed".
 */
import type { Catalog } from "../data/catalog-types";
import type { DemoCoupon } from "../data/coupons-demo";
import type { Clock } from "../shared/clock";
import type { CouponState } from "./coupon-render";
import type { OperationLog } from "./operation-log";
import { DAY_MS, emptyGrant, type PlayerRegistry } from "./player-registry";

/** Why a player may not redeem a coupon now; each API words it in its own errors. */
export type CouponRefusal = "expired" | "used_up" | "already_redeemed";

export function createCouponLedger(deps: {
  clock: Clock;
  players: PlayerRegistry;
  operations: OperationLog;
}) {
  const { clock, players, operations } = deps;
  /** Redemptions so far, by coupon id, and by coupon id and player. */
  const redeemed = new Map<number, number>();
  const redeemedBy = new Map<string, number>();
  const byUser = (coupon: DemoCoupon, userId: string) => `${coupon.couponId}\u0000${userId}`;

  function state(coupon: DemoCoupon): CouponState {
    const used = coupon.redeemedAtStart + (redeemed.get(coupon.couponId) ?? 0);
    return {
      expiresAt: clock.startedAt + coupon.expiresInDays * DAY_MS,
      remaining: coupon.totalLimit === null ? null : Math.max(0, coupon.totalLimit - used),
    };
  }

  /** Why the player may not redeem the coupon now; null: they may. */
  function refusal(coupon: DemoCoupon, userId: string): CouponRefusal | null {
    const now = state(coupon);
    if (clock.now() >= now.expiresAt) return "expired";
    if (now.remaining === 0) return "used_up";
    const mine = redeemedBy.get(byUser(coupon, userId)) ?? 0;
    if (coupon.perUserLimit !== null && mine >= coupon.perUserLimit) return "already_redeemed";
    return null;
  }

  /**
   * Redeems the coupon for the player, or writes down the refused attempt; answers the
   * refusal, or null when the player got the coupon's currency and items.
   */
  function redeem(catalog: Catalog, coupon: DemoCoupon, userId: string): CouponRefusal | null {
    const refused = refusal(coupon, userId);
    const entry = {
      type: "coupon" as const,
      comment: "Coupon Redeem",
      couponId: coupon.couponId,
      couponCode: coupon.code,
    };
    if (refused) {
      operations.add(catalog, userId, { ...entry, amount: 0, status: "failed" });
      return refused;
    }
    redeemed.set(coupon.couponId, (redeemed.get(coupon.couponId) ?? 0) + 1);
    const key = byUser(coupon, userId);
    redeemedBy.set(key, (redeemedBy.get(key) ?? 0) + 1);
    const items = coupon.items.map((item) => ({ ...item }));
    players.apply(catalog, userId, { ...emptyGrant(), vc: coupon.vc, items });
    operations.add(catalog, userId, { ...entry, amount: coupon.vc, status: "done" });
    return null;
  }

  return { state, refusal, redeem };
}

export type CouponLedger = ReturnType<typeof createCouponLedger>;
