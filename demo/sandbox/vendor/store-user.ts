/**
 * The Store API v2 calls a signed-in player makes about their own things (CONTRACTS.md
 * section 3): claiming a free item, buying an item with virtual currency, reading an order
 * and the virtual currency balance. All need the player's bearer token (401 errorCode 1501).
 */
import { Hono } from "hono";
import { localize } from "../data/catalog";
import type { Catalog } from "../data/catalog-types";
import { storeError } from "../shared/errors";
import type { Schema } from "../shared/json-schema";
import { type Fulfilment, isRefusal, type Refusal } from "./fulfilment";
import { CURRENCIES } from "./money";
import { type Order, type OrderRegistry, orderTotal } from "./orders";
import type { PlayerRegistry } from "./player-registry";
import { readStoreBody, requirePlayer } from "./store-query";
import { type StoreContext, vcImage } from "./store-render";

export const FREE_CLAIM_SCHEMA: Schema = {
  type: "object",
  properties: {
    quantity: { type: "integer", minimum: 1 },
    locale: { type: "string", pattern: /^[a-z]{2}([-_][A-Za-z]{2})?$/ },
    sandbox: { type: "boolean" },
  },
};

export interface FreeClaimBody {
  quantity?: number;
  locale?: string;
  sandbox?: boolean;
}

export function refusalResponse(refusal: Refusal): Response {
  return storeError(refusal.status, refusal.code, refusal.message);
}

/** `{"order_id": N}` for an order, or the refusal in the Store error shape. */
export function orderIdOrRefusal(result: Order | Refusal): Response {
  if (isRefusal(result)) return refusalResponse(result);
  return Response.json({ order_id: result.orderId });
}

/** An order as `GET /order/{order_id}` answers it. */
export function renderOrder(order: Order, ctx: StoreContext) {
  const decimals = CURRENCIES[order.currency ?? "USD"]?.decimals ?? 2;
  const money = (amount: number) => {
    const text = amount.toFixed(decimals);
    return { amount: text, amount_without_discount: text, currency: order.currency };
  };
  const { currency } = ctx.catalog;
  const total = orderTotal(order);
  const isFree = order.payment === "free";
  return {
    order_id: order.orderId,
    status: order.status,
    content: {
      price: order.payment === "real" ? money(total) : null,
      virtual_price:
        order.payment === "virtual"
          ? {
              sku: currency.sku,
              name: localize(currency.name, ctx.query.language),
              type: "virtual_currency",
              image_url: vcImage(ctx),
              amount: total,
              amount_without_discount: total,
            }
          : null,
      is_free: isFree,
      items: order.items.map((line) => ({
        sku: line.sku,
        quantity: line.quantity,
        is_free: isFree,
        price: order.payment === "real" ? money(line.amount) : null,
      })),
    },
  };
}

function renderBalance(catalog: Catalog, balance: number, ctx: StoreContext) {
  const { currency } = catalog;
  return {
    items: [
      {
        sku: currency.sku,
        type: "virtual_currency",
        name: localize(currency.name, ctx.query.language),
        amount: balance,
        description: localize(currency.description, ctx.query.language),
        image_url: vcImage(ctx),
      },
    ],
  };
}

type Env = { Variables: { ctx: StoreContext } };

/** The routes, to mount below the Store API's project base (which sets `ctx`). */
export function createStoreUserApi(deps: {
  orders: OrderRegistry;
  players: PlayerRegistry;
  fulfilment: Fulfilment;
}) {
  const app = new Hono<Env>();

  app.post("/free/item/:sku", async (c) => {
    const { ctx } = c.var;
    const userId = requirePlayer(ctx.query);
    if (userId instanceof Response) return userId;
    const body = await readStoreBody(c.req.raw, FREE_CLAIM_SCHEMA);
    if (body instanceof Response) return body;
    const { quantity = 1, sandbox = false } = body as FreeClaimBody;
    const result = await deps.fulfilment.claimFree(ctx.catalog, userId, c.req.param("sku"), {
      quantity,
      sandbox,
    });
    return orderIdOrRefusal(result);
  });

  app.post("/payment/item/:sku/virtual/:vcSku", async (c) => {
    const { ctx } = c.var;
    const userId = requirePlayer(ctx.query);
    if (userId instanceof Response) return userId;
    const body = await readStoreBody(c.req.raw, {
      type: "object",
      properties: { custom_parameters: { type: "object" } },
    });
    if (body instanceof Response) return body;
    const result = await deps.fulfilment.buyWithVirtualCurrency(
      ctx.catalog,
      userId,
      c.req.param("sku"),
      c.req.param("vcSku"),
    );
    return orderIdOrRefusal(result);
  });

  app.get("/order/:orderId", (c) => {
    const { ctx } = c.var;
    const userId = requirePlayer(ctx.query);
    if (userId instanceof Response) return userId;
    const raw = c.req.param("orderId");
    const order = /^\d{1,10}$/.test(raw) ? deps.orders.get(Number(raw)) : undefined;
    // Someone else's order is as unknown as one that does not exist.
    if (!order || order.userId !== userId || order.projectId !== ctx.catalog.projectId)
      return storeError(404, 9001, `Order ${raw} not found`);
    return c.json(renderOrder(order, ctx));
  });

  app.get("/user/virtual_currency_balance", (c) => {
    const { ctx } = c.var;
    const userId = requirePlayer(ctx.query);
    if (userId instanceof Response) return userId;
    const balance = deps.players.find(ctx.catalog, userId)?.balance ?? 0;
    return c.json(renderBalance(ctx.catalog, balance, ctx));
  });

  return app;
}
