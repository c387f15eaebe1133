/**
 * A player's subscriptions as every emulated service sees them: one list per player
 * (player-registry.ts), read by the Merchant API's storefront plans (`active_user_package`),
 * its user subscription calls (merchant-subscriptions.ts) and the subscriptions API's player
 * calls (subscriptions-user.ts), so a plan bought in Pay Station, cancelled or left to run out
 * looks the same through each. The status changes the seed allows are made here.
 */
import type { Catalog, CatalogPlan } from "../data/catalog-types";
import {
  addPeriod,
  type PlayerRecord,
  type PlayerSubscription,
  type SubscriptionStatus,
} from "./player-registry";

/**
 * The status at `now`: a subscription left not to renew ends with its paid period, and is
 * "canceled" from then on, as the seed has no status for a plan that ran out.
 */
export function statusAt(subscription: PlayerSubscription, now: number): SubscriptionStatus {
  if (subscription.status === "non_renewing" && now >= subscription.nextChargeAt) return "canceled";
  return subscription.status;
}

/** When the subscription ended or ends: null while it renews. */
export function endOf(subscription: PlayerSubscription): number | null {
  if (subscription.status === "canceled") return subscription.endedAt ?? subscription.createdAt;
  return subscription.status === "non_renewing" ? subscription.nextChargeAt : null;
}

/** The plan the player has now (renewing or not), which the store marks as theirs; or null. */
export function currentSubscription(
  record: PlayerRecord | undefined,
  now: number,
): PlayerSubscription | null {
  const running = record?.subscriptions.filter((s) => statusAt(s, now) !== "canceled") ?? [];
  return running.at(-1) ?? null;
}

export function findSubscription(
  record: PlayerRecord | undefined,
  subscriptionId: number,
): PlayerSubscription | undefined {
  return record?.subscriptions.find((s) => s.subscriptionId === subscriptionId);
}

export function planOf(
  catalog: Catalog,
  subscription: PlayerSubscription,
): CatalogPlan | undefined {
  return catalog.plans.find((plan) => plan.merchantId === subscription.planId);
}

/** What the seed's update call may ask for (seed ~2935): a status, a shift of the next charge. */
export interface SubscriptionChange {
  status?: SubscriptionStatus;
  timeshift?: { value: number; type: "day" | "month" };
}

/**
 * Why the change cannot be made, or null once it is made. A canceled subscription is over:
 * nothing brings it back or moves its dates. Asking for the status it already has is allowed
 * and changes nothing, so a repeated click does no harm.
 */
export function changeSubscription(
  subscription: PlayerSubscription,
  change: SubscriptionChange,
  now: number,
): string | null {
  const current = statusAt(subscription, now);
  if (current === "canceled") {
    return "A canceled subscription cannot be changed";
  }
  if (change.timeshift) {
    const { value, type } = change.timeshift;
    const moved = addPeriod(subscription.nextChargeAt, value, type);
    if (moved <= now) return "The next charge cannot be moved into the past";
    subscription.nextChargeAt = moved;
  }
  if (change.status === "canceled") {
    subscription.status = "canceled";
    subscription.endedAt = now;
  } else if (change.status) {
    subscription.status = change.status;
  }
  return null;
}
