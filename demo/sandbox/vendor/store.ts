/**
 * The emulated Xsolla Store API v2 as a browser calls it (CORS is added by app.ts for the
 * whole /store prefix): the catalog reads, the payment call (store-payment.ts) and the
 * player's own calls (store-user.ts). An optional `Authorization: Bearer <player>-token`
 * signs the caller in, which shows their own per-player limits; buying and claiming need it.
 */
import { Hono } from "hono";
import { itemsInGroup, placeGroups, projectFromParam } from "../data/catalog";
import type { Catalog } from "../data/catalog-types";
import type { Clock } from "../shared/clock";
import { storeError } from "../shared/errors";
import type { CouponLedger } from "./coupon-ledger";
import type { Fulfilment } from "./fulfilment";
import type { OrderRegistry } from "./orders";
import type { TokenRegistry } from "./paystation-tokens";
import type { PlayerRegistry } from "./player-registry";
import { createRewardChainRoutes } from "./reward-chain-api";
import { createStoreCouponsApi } from "./store-coupons";
import { createStoreInventoryApi } from "./store-inventory";
import { payForItem } from "./store-payment";
import { page, parseStoreQuery, requirePlayer } from "./store-query";
import { renderGroups, renderItem, renderPackage, type StoreContext } from "./store-render";
import { createStoreUserApi } from "./store-user";

export const STORE_BASE = "/store/api/v2/project/:projectId";

type Env = { Variables: { ctx: StoreContext } };

export interface StoreDeps {
  tokens: TokenRegistry;
  orders: OrderRegistry;
  players: PlayerRegistry;
  fulfilment: Fulfilment;
  coupons: CouponLedger;
}

export function createStoreApi(clock: Clock, deps: StoreDeps) {
  const app = new Hono<Env>().basePath(STORE_BASE);

  app.use("*", async (c, next) => {
    const projectId = c.req.param("projectId") ?? "";
    const catalog: Catalog | undefined = projectFromParam(projectId);
    if (!catalog) return storeError(404, 1001, `Project ${projectId} not found`);
    const query = parseStoreQuery((name) => c.req.query(name), c.req.header("Authorization"));
    if (query instanceof Response) return query;
    const { userId } = query;
    c.set("ctx", {
      catalog,
      query,
      clock,
      origin: new URL(c.req.url).origin,
      usage: (sku) => deps.players.usage(catalog, userId, sku),
    });
    await next();
  });

  app.get("/items/groups", (c) => c.json(renderGroups(c.var.ctx)));

  app.get("/items/virtual_items/group/:externalId", (c) => {
    const { ctx } = c.var;
    const externalId = c.req.param("externalId");
    const group = placeGroups(ctx.catalog).find((p) => p.group.externalId === externalId)?.group;
    if (!group) return storeError(404, 4403, "Item group not found");
    return c.json(
      page(itemsInGroup(ctx.catalog, group), ctx.query, (item, i) => renderItem(ctx, item, i)),
    );
  });

  app.get("/items/virtual_currency/package", (c) => {
    const { ctx } = c.var;
    return c.json(page(ctx.catalog.packages, ctx.query, (pack, i) => renderPackage(ctx, pack, i)));
  });

  app.post("/payment/item/:sku", (c) => payForItem(c.var.ctx, c.req.param("sku"), c.req.raw, deps));
  app.route("/", createStoreUserApi(deps));
  app.route("/", createStoreInventoryApi(deps));
  app.route("/", createStoreCouponsApi(deps));
  // The reward chains, for the bearer token's player (401 errorCode 1501 without one).
  app.route(
    "/user",
    createRewardChainRoutes(deps, (c) => {
      const ctx = c.get("ctx") as StoreContext;
      const userId = requirePlayer(ctx.query);
      if (userId instanceof Response) return userId;
      const { catalog, query, origin } = ctx;
      const now = clock.now();
      return {
        call: {
          catalog,
          userId,
          language: query.language,
          origin,
          now,
          startedAt: clock.startedAt,
        },
        query,
      };
    }),
  );

  // Last, so it answers only what no route above did (a mounted app's notFound is not used).
  app.all("*", () => storeError(404, 4001, "Not found"));
  return app;
}
