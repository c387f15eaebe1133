import type { Result } from "../../core/result";
import type {
  ActiveSubscription,
  BonusItem,
  Group,
  Item,
  SubscriptionPlan,
  Subscriptions,
  VcPackage,
  VirtualCurrencyRef,
} from "../backend";
import {
  absoluteUrl,
  money,
  moneyPrice,
  positiveOrNull,
  pricing,
  toDate,
  toLimit,
  vcPrice,
} from "../mapping";
import { type LocalizedText, pickText, toVpRewards } from "../shared-schemas";
import { groupTree } from "./group-tree";
import type {
  XsollaContent,
  XsollaGroup,
  XsollaItem,
  XsollaItemPromotion,
  XsollaOwnSubscriptions,
  XsollaPlan,
  XsollaVcPackage,
} from "./schemas";

export { pickText };

/** The group tree (group-tree.ts says how it is built). */
export function toGroups(wire: XsollaGroup[], lang: string): Group[] {
  return groupTree(wire, (group, children: Group[]) => ({
    id: group.external_id,
    name: pickText(group.name, lang) ?? group.external_id,
    description: pickText(group.description, lang),
    children,
  }));
}

function currencyRef(
  wire: { sku: string; name?: LocalizedText | null; image_url?: string | null },
  lang: string,
): VirtualCurrencyRef {
  return {
    sku: wire.sku,
    name: pickText(wire.name, lang) ?? wire.sku,
    imageUrl: absoluteUrl(wire.image_url),
  };
}

/** Promotion bonuses split into virtual currency (summed) and items, as the merchant API has them. */
function bonuses(promotions: XsollaItemPromotion[], lang: string) {
  let vc = 0;
  const items: BonusItem[] = [];
  for (const bonus of promotions.flatMap((promotion) => promotion.bonus ?? [])) {
    if (bonus.type === "virtual_currency") vc += bonus.quantity;
    else items.push({ name: pickText(bonus.name, lang) ?? bonus.sku, quantity: bonus.quantity });
  }
  return { bonusVc: positiveOrNull(vc), bonusItems: items };
}

export function toItem(wire: XsollaItem, lang: string): Item {
  const virtual =
    wire.virtual_prices?.find((price) => price.is_default) ?? wire.virtual_prices?.[0];
  const promotions = (wire.promotions ?? []).filter((promotion) => promotion !== null);
  return {
    sku: wire.sku,
    name: pickText(wire.name, lang) ?? wire.sku,
    description: pickText(wire.description, lang),
    longDescription: pickText(wire.long_description, lang),
    imageUrl: absoluteUrl(wire.image_url),
    ...pricing(
      wire.is_free,
      wire.price
        ? moneyPrice(wire.price.amount, wire.price.amount_without_discount, wire.price.currency)
        : null,
      virtual
        ? vcPrice(virtual.amount, virtual.amount_without_discount, currencyRef(virtual, lang))
        : null,
    ),
    ...bonuses(promotions, lang),
    adLabel: null,
    offerLabel: null,
    limit: toLimit(wire.limits),
    promotions: promotions.map((promotion) => ({
      name: pickText(promotion.name, lang) ?? "",
      endsAt: toDate(promotion.date_end),
    })),
    vpRewards: toVpRewards(wire.vp_rewards, lang),
  };
}

/** A package is the bundle's virtual-currency content; one without any is not a VC package. */
export function toVcPackage(wire: XsollaVcPackage, lang: string): VcPackage | null {
  const content: XsollaContent | undefined =
    wire.content.find((entry) => entry.type === "virtual_currency") ?? wire.content[0];
  if (!content) return null;
  const { longDescription: _long, vcPrice: _vc, vpRewards: _vp, ...product } = toItem(wire, lang);
  return {
    ...product,
    quantity: content.quantity,
    quantityBeforeDiscount: null,
    currency: currencyRef(content, lang),
  };
}

/** A running plan promotion lowers the charge; the regular charge becomes the struck-out price. */
export function toPlan(wire: XsollaPlan, lang: string): SubscriptionPlan {
  const { amount, currency } = wire.charge;
  const promoted = wire.promotion?.promotion_charge_amount;
  return {
    id: wire.plan_external_id,
    name: pickText(wire.plan_name, lang) ?? wire.plan_external_id,
    description: pickText(wire.plan_description, lang),
    price: money(Math.min(promoted ?? amount, amount), amount, currency),
    period: { value: wire.period.value ?? 0, unit: wire.period.unit },
    trialDays: positiveOrNull(wire.trial_period),
    bonusVc: null,
    bonusItems: [],
    offerLabel: null,
  };
}

/**
 * Which plan is the player's (docs/contracts.md 3.7), from their own subscriptions, which list
 * only running ones: one that renews, else one whose renewal is off and which runs until its
 * paid period ends, as the merchant store shows it (no next charge). A list that could not be
 * read names none, and the plans stay for sale.
 */
function toActivePlan(
  own: Result<XsollaOwnSubscriptions, unknown> | null,
): ActiveSubscription | null {
  const items = own?.ok ? own.value.items : [];
  const mine =
    items.find((s) => s.status === "active") ?? items.find((s) => s.status === "non_renewing");
  return mine
    ? {
        planId: mine.plan_external_id,
        nextChargeAt: mine.status === "active" ? toDate(mine.date_next_charge) : null,
      }
    : null;
}

/** The plans on sale, and which of them is the player's (null when the widget has no player). */
export function toSubscriptions(
  plans: XsollaPlan[],
  own: Result<XsollaOwnSubscriptions, unknown> | null,
  lang: string,
): Subscriptions {
  return { plans: plans.map((plan) => toPlan(plan, lang)), active: toActivePlan(own) };
}
