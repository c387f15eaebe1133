import type {
  AdLabel,
  AdLabelKind,
  Group,
  Item,
  Promotion,
  Subscriptions,
  VcPackage,
} from "../backend";
import {
  absoluteUrl,
  money,
  moneyPrice,
  nonEmpty,
  positiveOrNull,
  pricing,
  toDate,
  toLimit,
  validDate,
  vcPrice,
} from "../mapping";
import { toVpRewards } from "../shared-schemas";
import type {
  MerchantAdLabel,
  MerchantBonus,
  MerchantGroup,
  MerchantItem,
  MerchantSubscriptions,
  MerchantVcPackage,
} from "./schemas";

const AD_KINDS: readonly string[] = ["recommended", "best_deal", "special_offer"];

/** A label is shown only with its localized text; a type the widget does not know is "other". */
export function toAdLabel(label: MerchantAdLabel | null | undefined): AdLabel | null {
  const text = nonEmpty(label?.name);
  if (!label || text === null) return null;
  const kind = (AD_KINDS.includes(label.type ?? "") ? label.type : "other") as AdLabelKind;
  return { kind, text };
}

export function toGroup(wire: MerchantGroup): Group {
  return {
    id: wire.id,
    name: wire.name,
    description: nonEmpty(wire.description),
    children: (wire.children ?? []).map(toGroup),
  };
}

/** `lang` picks a value point's name when the game server sends it in several languages. */
export function toItem(wire: MerchantItem, lang = "en"): Item {
  return {
    sku: nonEmpty(wire.sku) ?? wire.id,
    name: wire.name,
    description: nonEmpty(wire.description),
    longDescription: nonEmpty(wire.long_description),
    imageUrl: absoluteUrl(wire.image_url),
    ...pricing(
      wire.is_free,
      moneyPrice(wire.amount, wire.amount_without_discount, wire.currency),
      vcPrice(wire.vc_amount, wire.vc_amount_without_discount, null),
    ),
    bonusVc: positiveOrNull(wire.bonus_virtual_currency?.vc_amount),
    bonusItems: wire.bonus_virtual_items ?? [],
    adLabel: toAdLabel(wire.advertisement_label),
    offerLabel: nonEmpty(wire.offer_label),
    limit: toLimit(wire.limits),
    promotions: [],
    vpRewards: toVpRewards(wire.vp_rewards, lang),
  };
}

/** Packages carry no name of their own; their `description` ("500 Gold") is what players see. */
export function toVcPackage(wire: MerchantVcPackage): VcPackage {
  const { isFree, price } = pricing(
    wire.is_free,
    moneyPrice(wire.amount, wire.amount_without_discount, wire.currency),
    null,
  );
  const before = wire.quantity_without_discount;
  return {
    sku: wire.id,
    name: nonEmpty(wire.description) ?? String(wire.quantity),
    description: null,
    imageUrl: absoluteUrl(wire.image),
    price,
    isFree,
    quantity: wire.quantity,
    quantityBeforeDiscount: before != null && before !== wire.quantity ? before : null,
    currency: null,
    bonusVc: positiveOrNull(wire.bonus_quantity),
    bonusItems: wire.bonus_items ?? [],
    adLabel: toAdLabel(wire.advertisement_label),
    offerLabel: nonEmpty(wire.offer_label),
    limit: toLimit(wire.limits),
    promotions: [],
  };
}

/**
 * Plans switched off in the publisher account come with `is_active: false` and cannot be
 * bought, so they are left out.
 */
export function toSubscriptions(wire: MerchantSubscriptions): Subscriptions {
  const active = wire.active_user_package;
  return {
    plans: wire.packages
      .filter((plan) => plan.is_active !== false)
      .map((plan) => ({
        id: plan.id,
        name: plan.name,
        description: nonEmpty(plan.description),
        price: money(plan.charge_amount, plan.charge_amount_without_discount, plan.charge_currency),
        period: { value: plan.period, unit: plan.period_unit },
        trialDays: plan.is_trial === false ? null : positiveOrNull(plan.period_trial),
        bonusVc: positiveOrNull(plan.bonus_virtual_currency?.vc_amount),
        bonusItems: plan.bonus_virtual_items ?? [],
        offerLabel: nonEmpty(plan.offer_label),
      })),
    active: active?.id
      ? { planId: active.id, nextChargeAt: toDate(active.date_next_charge) }
      : null,
  };
}

/** The server answers "seconds left"; the end is fixed against the clock when the answer arrives. */
export function toPromotion(wire: MerchantBonus, now: Date): Promotion | null {
  if (Array.isArray(wire)) return null;
  const name = nonEmpty(wire.name);
  if (name === null || wire.seconds == null || wire.seconds <= 0) return null;
  return {
    name,
    description: nonEmpty(wire.description),
    endsAt: validDate(new Date(now.getTime() + wire.seconds * 1000)),
  };
}

/** The token endpoint speaks the Merchant API's errors; its reader is shared with gifts. */
export { readMerchantError } from "../merchant-error";
