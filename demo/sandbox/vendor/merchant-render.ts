/** Renders the shared catalog in the Merchant API v2 storefront shapes (seed 002 ~907-1712). */

import { localize } from "../data/catalog";
import type {
  BonusItem,
  Catalog,
  CatalogGroup,
  CatalogItem,
  Localized,
} from "../data/catalog-types";
import { labelName } from "../data/labels";
import { type Clock, isoDate } from "../shared/clock";
import type { Pricing } from "./money";
import type { LimitState, PlayerSubscription } from "./player-registry";
import { renderVpRewards } from "./vp-rewards";

export interface MerchantContext {
  language: string;
  pricing: Pricing;
  /** Origin for image URLs, so they point back at this sandbox. */
  origin: string;
  /** The reading user's per-player limit on an item; null when the item has none. */
  limitOf(item: CatalogItem): LimitState | null;
}

const text = (value: Localized | undefined, language: string) =>
  value ? localize(value, language) : "";

function bonusItems(items: BonusItem[] | undefined, language: string) {
  return (items ?? []).map((bonus) => ({
    name: localize(bonus.name, language),
    quantity: bonus.quantity,
  }));
}

function renderGroup(group: CatalogGroup, level: number, language: string): unknown {
  return {
    id: group.id,
    // As in the seed, only top-level groups carry an external id.
    external_id: level === 0 ? group.externalId : null,
    name: localize(group.name, language),
    description: localize(group.description, language),
    children: group.children.map((child) => renderGroup(child, level + 1, language)),
    level,
  };
}

export function renderGroups(catalog: Catalog, ctx: MerchantContext) {
  return { groups: catalog.groups.map((group) => renderGroup(group, 0, ctx.language)) };
}

function itemImage(item: CatalogItem, origin: string): string {
  return item.art === "none" ? "" : `${origin}/images/item/${item.sku}.svg`;
}

export function renderItems(catalog: Catalog, items: CatalogItem[], ctx: MerchantContext) {
  const { language, pricing } = ctx;
  return {
    items: items.map((item) => ({
      id: item.id,
      sku: item.sku,
      name: localize(item.name, language),
      image_url: itemImage(item, ctx.origin),
      description: localize(item.description, language),
      long_description: item.longDescription ? localize(item.longDescription, language) : null,
      currency: pricing.currency,
      amount: pricing.convert(item.usd ?? 0),
      amount_without_discount: pricing.convert(item.usdBefore ?? item.usd ?? 0),
      vc_amount: item.vc ?? 0,
      vc_amount_without_discount: item.vcBefore ?? item.vc ?? 0,
      bonus_virtual_currency: item.bonusVc ? { vc_amount: item.bonusVc } : null,
      bonus_virtual_items: bonusItems(item.bonusItems, language),
      advertisement_label: item.label
        ? { type: item.label.type, name: labelName(item.label, language) }
        : null,
      offer_label: text(item.offerLabel, language),
      // Newer answers than the seed's also say whether an item is free and what is left of
      // its per-player limit.
      is_free: item.free === true,
      limits: renderLimits(ctx.limitOf(item)),
      // Not in the seed either: the value points the item earns, in the Store API's shape
      // (vp-rewards.ts), for the widget's "+50 Star Points".
      vp_rewards: renderVpRewards(catalog, item.vpRewards, language, ctx.origin),
    })),
  };
}

function renderLimits(limit: LimitState | null) {
  return limit ? { per_user: { total: limit.total, available: limit.available } } : null;
}

export function renderPackages(catalog: Catalog, ctx: MerchantContext) {
  const { language, pricing } = ctx;
  return {
    packages: catalog.packages.map((pack) => ({
      id: pack.id,
      quantity: pack.quantity,
      quantity_without_discount: pack.quantity,
      bonus_quantity: pack.bonusQuantity,
      amount: pricing.convert(pack.usd),
      amount_without_discount: pricing.convert(pack.usdBefore ?? pack.usd),
      currency: pricing.currency,
      image: `${ctx.origin}/images/package/${pack.sku}.svg`,
      // The seed's package description is its display name ("500 Gold").
      description: localize(pack.name, language),
      bonus_items: bonusItems(pack.bonusItems, language),
      advertisement_label: pack.label
        ? { type: pack.label.type, name: labelName(pack.label, language) }
        : { type: null, name: "" },
      offer_label: text(pack.offerLabel, language),
      // An addition to the seed's shape, as on items.
      vp_rewards: renderVpRewards(catalog, pack.vpRewards, language, ctx.origin),
    })),
  };
}

export function renderSubscriptions(
  catalog: Catalog,
  ctx: MerchantContext,
  active: PlayerSubscription | null,
) {
  const { language, pricing } = ctx;
  return {
    packages: catalog.plans.map((plan) => ({
      id: plan.merchantId,
      is_active: true,
      charge_amount: pricing.convert(plan.usd),
      charge_amount_without_discount: pricing.convert(plan.usdBefore ?? plan.usd),
      charge_currency: pricing.currency,
      period: plan.period,
      period_unit: plan.unit,
      name: localize(plan.name, language),
      description: plan.description ? localize(plan.description, language) : null,
      bonus_virtual_currency: plan.bonusVc ? { vc_amount: plan.bonusVc } : null,
      bonus_virtual_items: bonusItems(plan.bonusItems, language),
      offer_label: text(plan.offerLabel, language),
      is_trial: plan.trialDays > 0,
      period_trial: plan.trialDays,
    })),
    // A plan left not to renew is still the player's until its period ends, with no next charge.
    active_user_package: active
      ? {
          date_next_charge: active.status === "active" ? isoDate(active.nextChargeAt) : null,
          id: active.planId,
        }
      : null,
  };
}

/**
 * The running promotion. With none running the answer is an empty JSON array, which is how
 * this PHP service encodes "nothing".
 */
export function renderBonus(catalog: Catalog, ctx: MerchantContext, clock: Clock) {
  const seconds = Math.floor((clock.promotionEndsAt - clock.now()) / 1000);
  if (!catalog.promotion || seconds <= 0) return [];
  return {
    seconds,
    name: localize(catalog.promotion.name, ctx.language),
    description: localize(catalog.promotion.description, ctx.language),
  };
}
