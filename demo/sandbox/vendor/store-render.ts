/** Renders the shared catalog in the Store API v2 shapes (CONTRACTS.md section 3). */

import { groupsOfItem, localize, placeGroups } from "../data/catalog";
import type {
  BonusItem,
  Catalog,
  CatalogGroup,
  CatalogItem,
  CatalogPackage,
} from "../data/catalog-types";
import { type Clock, isoDate } from "../shared/clock";
import type { StoreQuery } from "./store-query";
import { renderVpRewards } from "./vp-rewards";

export interface StoreContext {
  catalog: Catalog;
  query: StoreQuery;
  clock: Clock;
  origin: string;
  /** How much of an item's per-player limit the caller has used (0 when signed out). */
  usage(sku: string): number;
}

function price(ctx: StoreContext, usd: number | undefined, usdBefore: number | undefined) {
  if (usd === undefined) return null;
  const { pricing } = ctx.query;
  return {
    amount: pricing.format(usd),
    amount_without_discount: pricing.format(usdBefore ?? usd),
    currency: pricing.currency,
  };
}

export function vcImage(ctx: StoreContext) {
  return `${ctx.origin}/images/vc/${ctx.catalog.currency.sku}.svg`;
}

function virtualPrices(ctx: StoreContext, vc: number | undefined, vcBefore: number | undefined) {
  if (vc === undefined) return [];
  const { currency } = ctx.catalog;
  return [
    {
      sku: currency.sku,
      name: localize(currency.name, ctx.query.language),
      type: "virtual_currency",
      description: localize(currency.description, ctx.query.language),
      image_url: vcImage(ctx),
      is_default: true,
      amount: vc,
      amount_without_discount: vcBefore ?? vc,
      calculated_price: { amount: String(vc), amount_without_discount: String(vcBefore ?? vc) },
    },
  ];
}

function percentOff(now: number | undefined, before: number | undefined): string | null {
  if (now === undefined || before === undefined || before <= now) return null;
  return ((1 - now / before) * 100).toFixed(2);
}

interface PromotionTerms {
  discountPercent: string | null;
  bonusVc?: number;
  bonusItems?: BonusItem[];
}

/** The running promotion as one entry of an item's `promotions`, when it changes the item. */
function promotions(ctx: StoreContext, terms: PromotionTerms) {
  const { promotion, currency } = ctx.catalog;
  const bonus = [
    ...(terms.bonusVc
      ? [
          {
            sku: currency.sku,
            name: localize(currency.name, ctx.query.language),
            type: "virtual_currency",
            image_url: vcImage(ctx),
            quantity: terms.bonusVc,
          },
        ]
      : []),
    ...(terms.bonusItems ?? []).map((item) => ({
      sku: item.sku,
      name: localize(item.name, ctx.query.language),
      type: "virtual_good",
      image_url: `${ctx.origin}/images/item/${item.sku}.svg`,
      quantity: item.quantity,
    })),
  ];
  if (!promotion || (!terms.discountPercent && bonus.length === 0)) return [];
  return [
    {
      name: localize(promotion.name, ctx.query.language),
      date_start: isoDate(ctx.clock.startedAt),
      date_end: isoDate(ctx.clock.promotionEndsAt),
      discount: terms.discountPercent ? { percent: terms.discountPercent, value: null } : null,
      bonus,
      limits: null,
    },
  ];
}

function limits(ctx: StoreContext, item: CatalogItem) {
  if (item.perUser === undefined) return null;
  const used = ctx.usage(item.sku);
  return {
    per_user: {
      total: item.perUser,
      available: Math.max(0, item.perUser - used),
      recurrent_schedule: null,
    },
    per_item: null,
  };
}

export function renderItem(ctx: StoreContext, item: CatalogItem, index: number) {
  const { language } = ctx.query;
  const itemLimits = limits(ctx, item);
  return {
    item_id: item.id,
    sku: item.sku,
    name: localize(item.name, language),
    description: localize(item.description, language),
    image_url: item.art === "none" ? null : `${ctx.origin}/images/item/${item.sku}.svg`,
    type: "virtual_good",
    virtual_item_type: item.kind,
    is_free: item.free === true,
    can_be_bought: itemLimits ? itemLimits.per_user.available > 0 : true,
    price: item.free ? null : price(ctx, item.usd, item.usdBefore),
    virtual_prices: item.free ? [] : virtualPrices(ctx, item.vc, item.vcBefore),
    groups: groupsOfItem(ctx.catalog, item).map((group) => ({
      external_id: group.externalId,
      name: localize(group.name, language),
    })),
    attributes: [],
    promotions: promotions(ctx, {
      discountPercent: percentOff(item.usd, item.usdBefore) ?? percentOff(item.vc, item.vcBefore),
      bonusVc: item.bonusVc,
      bonusItems: item.bonusItems,
    }),
    limits: itemLimits,
    inventory_options: {
      consumable: item.kind === "consumable" ? { usages_count: 1 } : null,
      expiration_period: null,
    },
    vp_rewards: renderVpRewards(ctx.catalog, item.vpRewards, language, ctx.origin),
    custom_attributes: {},
    order: index + 1,
  };
}

export function renderPackage(ctx: StoreContext, pack: CatalogPackage, index: number) {
  const { language } = ctx.query;
  const { currency } = ctx.catalog;
  return {
    item_id: pack.id,
    sku: pack.sku,
    name: localize(pack.name, language),
    description: localize(pack.description, language),
    image_url: `${ctx.origin}/images/package/${pack.sku}.svg`,
    type: "bundle",
    bundle_type: "virtual_currency_package",
    is_free: false,
    can_be_bought: true,
    price: price(ctx, pack.usd, pack.usdBefore),
    virtual_prices: [],
    groups: [],
    attributes: [],
    content: [
      {
        sku: currency.sku,
        name: localize(currency.name, language),
        type: "virtual_currency",
        description: localize(currency.description, language),
        image_url: vcImage(ctx),
        quantity: pack.quantity,
        inventory_options: { consumable: { usages_count: null }, expiration_period: null },
      },
    ],
    promotions: promotions(ctx, {
      discountPercent: percentOff(pack.usd, pack.usdBefore),
      bonusVc: pack.bonusQuantity,
      bonusItems: pack.bonusItems,
    }),
    limits: null,
    vp_rewards: renderVpRewards(ctx.catalog, pack.vpRewards, language, ctx.origin),
    order: index + 1,
  };
}

function renderGroup(ctx: StoreContext, group: CatalogGroup, parent: CatalogGroup | null): unknown {
  const placed = placeGroups(ctx.catalog).find((p) => p.group === group);
  return {
    external_id: group.externalId,
    name: localize(group.name, ctx.query.language),
    description: localize(group.description, ctx.query.language),
    image_url: parent ? null : `${ctx.origin}/images/group/${group.externalId}.svg`,
    order: placed?.order ?? 1,
    level: placed?.level ?? 0,
    children: group.children.map((child) => renderGroup(ctx, child, group)),
    parent_external_id: parent?.externalId ?? null,
  };
}

export function renderGroups(ctx: StoreContext) {
  return { groups: ctx.catalog.groups.map((group) => renderGroup(ctx, group, null)) };
}
