import { z } from "../../core/zod";
import type { Money, PeriodUnit } from "../backend";
import { nonEmpty, toDate } from "../mapping";
import { DecimalSchema, IdSchema, LocalizedTextSchema, pickText } from "../shared-schemas";
import { currencyCode } from "./merchant-schemas";

/*
 * The player's subscriptions on each backend (docs/contracts.md 2.5 and 3.7): the wire
 * schemas and their mapping to the account view's PlayerSubscription. What the player acts on
 * (the id, the status) must be readable or the answer is refused; what only informs (a date, a
 * price, a period) reads as "not said" when it is not what the sources show.
 */

/** A subscription's state, in the widget's words. */
export type SubscriptionStatus =
  /** It runs and renews at its next charge. */
  | "active"
  /** It runs until the paid period ends, then stops (auto-renewal turned off). */
  | "non-renewing"
  /** It has ended. */
  | "canceled"
  /** Held by the studio (the Subscriptions API's `pause`). */
  | "paused"
  /** Bought but not yet paid for (the seed's `new`). */
  | "new";

/** One of the player's subscriptions, on either backend. */
export interface PlayerSubscription {
  id: string;
  /**
   * The plan as the store names it (the storefront plan's id on merchant, the plan's external
   * id on xsolla), so that the store's plan card and this row can be matched.
   */
  planId: string;
  planName: string;
  status: SubscriptionStatus;
  /** When the player is charged next; null when nothing more will be charged. */
  nextCharge: Date | null;
  /** When a plan that no longer renews stops, or stopped; null while it renews or when not said. */
  endsAt: Date | null;
  /** What each charge costs; null when not said. */
  price: Money | null;
  /** How often it is charged; null when not said. */
  period: { value: number; unit: PeriodUnit } | null;
}

const text = z.nullish(z.string());
const date = z.catch(text, null);

const STATUSES: Record<string, SubscriptionStatus> = {
  active: "active",
  non_renewing: "non-renewing",
  canceled: "canceled",
  pause: "paused",
  new: "new",
};

/** A status the widget knows; any other makes the answer unreadable, as the row could not be acted on. */
const StatusSchema = z.string().check(z.refine((value) => Object.hasOwn(STATUSES, value)));

/** Nothing more is charged once renewal is off, whatever date the answer still carries. */
const chargesAgain = (status: SubscriptionStatus) =>
  status !== "canceled" && status !== "non-renewing";

// z.custom rather than z.enum or z.null, which no other schema uses: they would grow zod's chunk.
const UnitSchema = z.catch(
  z.nullish(z.custom<"day" | "month">((value) => value === "day" || value === "month")),
  null,
);

function periodOf(value: number | null | undefined, unit: "day" | "month" | null | undefined) {
  return value != null && value > 0 && unit ? { value, unit } : null;
}

function priceOf(amount: number | null | undefined, currency: string | null | undefined) {
  const code = currencyCode(currency);
  return amount != null && amount >= 0 && code ? { amount, currency: code } : null;
}

// Merchant API (2.5): a bare array; the update answers one row.

export const MerchantSubscriptionSchema = z.object({
  id: IdSchema,
  plan: z.object({
    external_id: z.string(),
    name: z.catch(z.nullish(LocalizedTextSchema), null),
    localized_name: text,
    charge: z.catch(
      z.nullish(
        z.object({
          period: z.nullish(z.object({ value: z.nullish(DecimalSchema), type: UnitSchema })),
        }),
      ),
      null,
    ),
  }),
  charge_amount: z.catch(z.nullish(DecimalSchema), null),
  currency: text,
  date_end: date,
  date_next_charge: date,
  status: StatusSchema,
});
export const MerchantSubscriptionsSchema = z.array(MerchantSubscriptionSchema);
export type WireMerchantSubscription = z.infer<typeof MerchantSubscriptionSchema>;

export function fromMerchant(wire: WireMerchantSubscription, lang: string): PlayerSubscription {
  const { plan } = wire;
  const status = STATUSES[wire.status] as SubscriptionStatus;
  const period = plan.charge?.period;
  return {
    id: wire.id,
    planId: plan.external_id,
    planName: nonEmpty(plan.localized_name) ?? pickText(plan.name, lang) ?? plan.external_id,
    status,
    // The seed's canceled example still names a next charge, which will not happen.
    nextCharge: chargesAgain(status) ? toDate(wire.date_next_charge) : null,
    // The seed gives a renewing plan a `date_end` too: it means something only once renewal is off.
    endsAt: status === "active" ? null : toDate(wire.date_end),
    price: priceOf(wire.charge_amount, wire.currency),
    period: periodOf(period?.value, period?.type),
  };
}

// Subscriptions API (3.7, likely): `{items, has_more}`; the cancel answers 204.

export const StoreSubscriptionSchema = z.object({
  id: IdSchema,
  plan_external_id: z.string(),
  plan_name: z.catch(z.nullish(LocalizedTextSchema), null),
  status: StatusSchema,
  date_next_charge: date,
  // Not in the vendor SDK's item; the sandbox sends it, and a real answer may not.
  date_end: date,
  charge: z.catch(
    z.nullish(
      z.object({
        amount: z.nullish(DecimalSchema),
        amount_with_promotion: z.nullish(DecimalSchema),
        currency: text,
      }),
    ),
    null,
  ),
  period: z.catch(z.nullish(z.object({ value: z.nullish(DecimalSchema), unit: UnitSchema })), null),
});
export const StoreSubscriptionsSchema = z.object({
  items: z.array(StoreSubscriptionSchema),
  has_more: z.catch(z.nullish(z.boolean()), false),
});
export type WireStoreSubscription = z.infer<typeof StoreSubscriptionSchema>;

/** The cancel's empty 204, which reads as null. */
export const NoContentSchema = z.custom<null>((value) => value === null);

export function fromStore(wire: WireStoreSubscription, lang: string): PlayerSubscription {
  const status = STATUSES[wire.status] as SubscriptionStatus;
  const charge = wire.charge;
  return {
    id: wire.id,
    planId: wire.plan_external_id,
    planName: pickText(wire.plan_name, lang) ?? wire.plan_external_id,
    status,
    nextCharge: chargesAgain(status) ? toDate(wire.date_next_charge) : null,
    endsAt: status === "active" ? null : toDate(wire.date_end),
    // What the player pays now: the promotion's amount while it lasts.
    price: priceOf(charge?.amount_with_promotion ?? charge?.amount, charge?.currency),
    period: periodOf(wire.period?.value, wire.period?.unit),
  };
}
