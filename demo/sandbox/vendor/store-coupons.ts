/**
 * Coupons on the Store API (docs/contracts.md 3.3), for the player of the bearer token:
 * `GET /coupon/code/{coupon_code}/rewards` (what the coupon gives, before redeeming),
 * `POST /coupon/redeem` with `{"coupon_code"}` (redeems it, answering what was received) and
 * `GET /promotion/code/{code}/verify` (coupon or promo code, and its rewards).
 *
 * The coupons, their limits and the redemptions are the Merchant API's (coupon-ledger.ts):
 * one system behind both APIs, so a coupon redeemed here counts there, credits the player
 * the same way and writes the same `coupon` transaction. Only the shapes and errors differ:
 * 404 9807 unknown code (9811 on verify), 422 9810 expired, 422 9804 the redemption limit
 * reached (the player's or, with no code of its own, the coupon's in all), 422 1102 no code,
 * 401 1501 not signed in.
 */
import { Hono } from "hono";
import { localize } from "../data/catalog";
import { type DemoCoupon, findCoupon } from "../data/coupons-demo";
import { storeError } from "../shared/errors";
import type { CouponLedger, CouponRefusal } from "./coupon-ledger";
import { itemImage, ownedThing } from "./store-inventory";
import { readStoreBody, requirePlayer } from "./store-query";
import { renderItem, type StoreContext, vcImage } from "./store-render";

const CURRENCY_OPTIONS = { consumable: { usages_count: null }, expiration_period: null };

/** What the coupon gives: its virtual currency first (sku null), then its items. */
function contents(coupon: DemoCoupon): { sku: string | null; quantity: number }[] {
  return [...(coupon.vc > 0 ? [{ sku: null, quantity: coupon.vc }] : []), ...coupon.items];
}

/** `{bonus, is_selectable, discount}`: names as localized objects, as the spec's example. */
export function renderRewards(ctx: StoreContext, coupon: DemoCoupon) {
  const { language } = ctx.query;
  const { currency } = ctx.catalog;
  const currencyBonus = () => ({
    sku: currency.sku,
    name: { ...currency.name },
    type: "virtual_currency",
    description: localize(currency.description, language),
    image_url: vcImage(ctx),
    inventory_options: CURRENCY_OPTIONS,
  });
  const itemBonus = (sku: string) => {
    const thing = ownedThing(ctx.catalog, sku);
    return {
      sku,
      name: { ...thing.name },
      type: "virtual_good",
      description: thing.item ? localize(thing.item.description, language) : null,
      image_url: itemImage(ctx, thing),
      inventory_options: {
        consumable: thing.item?.kind === "consumable" ? { usages_count: 1 } : null,
        expiration_period: null,
      },
    };
  };
  return {
    bonus: contents(coupon).map(({ sku, quantity }) => ({
      item: sku === null ? currencyBonus() : itemBonus(sku),
      quantity,
    })),
    // The demo coupons give no choice of game keys and no discount.
    is_selectable: false,
    discount: null,
  };
}

/** `{items}`: what the redemption gave, as catalog items with a quantity. */
function renderRedeemed(ctx: StoreContext, coupon: DemoCoupon) {
  const { language } = ctx.query;
  const { currency } = ctx.catalog;
  const currencyItem = () => ({
    sku: currency.sku,
    name: localize(currency.name, language),
    type: "virtual_currency",
    // A currency has no item type; null keeps every entry's keys the same.
    virtual_item_type: null,
    description: localize(currency.description, language),
    image_url: vcImage(ctx),
    groups: [],
    attributes: [],
    is_free: false,
    price: null,
    virtual_prices: [],
    inventory_options: CURRENCY_OPTIONS,
  });
  const catalogItem = (sku: string) => {
    const { item } = ownedThing(ctx.catalog, sku);
    // Demo coupons give catalog items only (coupons-demo.ts).
    if (!item) throw new Error(`Coupon ${coupon.code} gives ${sku}, which is not in the catalog`);
    const full = renderItem(ctx, item, 0);
    return {
      sku: full.sku,
      name: full.name,
      type: full.type,
      virtual_item_type: full.virtual_item_type,
      description: full.description,
      image_url: full.image_url,
      groups: full.groups,
      attributes: full.attributes,
      is_free: full.is_free,
      price: full.price,
      virtual_prices: full.virtual_prices,
      inventory_options: full.inventory_options,
    };
  };
  return {
    items: contents(coupon).map(({ sku, quantity }) => ({
      ...(sku === null ? currencyItem() : catalogItem(sku)),
      quantity,
    })),
  };
}

const unknownCode = () => storeError(404, 9807, "Enter valid coupon code.");

/** A refusal in the Store API's words. */
export function refusalError(refusal: CouponRefusal): Response {
  if (refusal === "expired") return storeError(422, 9810, "Sorry, this code is expired.");
  return storeError(422, 9804, "You have reached the coupon redemption limit.");
}

const REDEEM_SCHEMA = {
  type: "object",
  properties: {
    // 1 to 128 characters.
    coupon_code: { type: "string", pattern: /^[\s\S]{1,128}$/ },
    selected_unit_items: { type: "object" },
  },
} as const;

type Env = { Variables: { ctx: StoreContext } };

/** The routes, to mount below the Store API's project base (which sets `ctx`). */
export function createStoreCouponsApi(deps: { coupons: CouponLedger }) {
  const app = new Hono<Env>();
  const { coupons } = deps;

  app.get("/coupon/code/:code/rewards", (c) => {
    const { ctx } = c.var;
    const userId = requirePlayer(ctx.query);
    if (userId instanceof Response) return userId;
    const coupon = findCoupon(ctx.catalog.projectId, c.req.param("code"));
    if (!coupon) return unknownCode();
    const refused = coupons.refusal(coupon, userId);
    if (refused) return refusalError(refused);
    return c.json(renderRewards(ctx, coupon));
  });

  app.post("/coupon/redeem", async (c) => {
    const { ctx } = c.var;
    const userId = requirePlayer(ctx.query);
    if (userId instanceof Response) return userId;
    const body = await readStoreBody(c.req.raw, REDEEM_SCHEMA);
    if (body instanceof Response) return body;
    const code = (body as { coupon_code?: string }).coupon_code;
    if (code === undefined) {
      return storeError(422, 1102, "Unprocessable Entity. The property `coupon_code` is required", [
        { property: "coupon_code", message: "The property coupon_code is required" },
      ]);
    }
    const coupon = findCoupon(ctx.catalog.projectId, code);
    if (!coupon) return unknownCode();
    const refused = coupons.redeem(ctx.catalog, coupon, userId);
    if (refused) return refusalError(refused);
    return c.json(renderRedeemed(ctx, coupon));
  });

  app.get("/promotion/code/:code/verify", (c) => {
    const { ctx } = c.var;
    const userId = requirePlayer(ctx.query);
    if (userId instanceof Response) return userId;
    const coupon = findCoupon(ctx.catalog.projectId, c.req.param("code"));
    // The sandbox has coupons only, no promo codes.
    if (!coupon) return storeError(404, 9811, "Code not found.");
    const refused = coupons.refusal(coupon, userId);
    if (refused) return refusalError(refused);
    return c.json({ type: "coupon", code: coupon.code, rewards: renderRewards(ctx, coupon) });
  });

  return app;
}
