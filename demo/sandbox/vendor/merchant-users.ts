/**
 * The Merchant API's user calls (seed 002 ~7458 and ~7908), behind its Basic auth: the wallet
 * user `GET /projects/{project_id}/users/{user_id}` and their items
 * `GET .../users/{user_id}/virtual_items?offset&limit`.
 *
 * Also the sandbox's stand-in for a call the Merchant API does not have:
 * `POST .../users/{user_id}/free/item/{item_sku}`, the Store API's free claim made server to
 * server for a user the game server vouches for. It takes the Store call's body and answers
 * like it (`{"order_id"}`, errors in the Store shape), so a game server on the Merchant API
 * can offer free items the way the Store API does.
 *
 * Likewise for reward chains: `GET .../users/{user_id}/reward_chain?limit&offset`,
 * `GET .../reward_chain/{id}/balance`, `POST .../reward_chain/{id}/step/{step_id}/claim` and
 * `GET .../users/{user_id}/clan/contributors/{id}/top` are the Store API's `/user/...` calls
 * for the user the game server names, in the Store's shapes and errors (reward-chain-api.ts).
 */
import { Hono, type MiddlewareHandler } from "hono";
import { projectFromParam } from "../data/catalog";
import type { Catalog } from "../data/catalog-types";
import { type Clock, isoDate } from "../shared/clock";
import { merchantError, storeError } from "../shared/errors";
import type { Fulfilment } from "./fulfilment";
import type { PlayerRecord, PlayerRegistry } from "./player-registry";
import { createRewardChainRoutes } from "./reward-chain-api";
import { parseStoreQuery, readStoreBody } from "./store-query";
import { FREE_CLAIM_SCHEMA, type FreeClaimBody, orderIdOrRefusal } from "./store-user";

/** The wallet's money side, which the sandbox does not emulate. */
const WALLET_CURRENCY = "USD";
/** The most items one page of a user's items holds. */
const MAX_ITEMS_LIMIT = 100;

/**
 * The Merchant API's numeric id for anything a player can own: a catalog item's own id, and
 * for the bonus-only things (pets, mounts) a stable number after the catalog's.
 */
export function merchantItemId(catalog: Catalog, sku: string): number {
  const item = catalog.items.find((candidate) => candidate.sku === sku);
  if (item) return item.id;
  const bonus = [
    ...catalog.items.flatMap((entry) => entry.bonusItems ?? []),
    ...catalog.packages.flatMap((entry) => entry.bonusItems),
    ...catalog.plans.flatMap((entry) => entry.bonusItems ?? []),
  ].map((entry) => entry.sku);
  const index = [...new Set(bonus)].indexOf(sku);
  return 90_001 + (index < 0 ? bonus.length : index);
}

export function renderWalletUser(record: PlayerRecord) {
  return {
    user_id: record.userId,
    user_name: record.name,
    user_custom: null,
    email: record.email,
    register_date: isoDate(record.registeredAt),
    balance: record.balance,
    wallet_amount: 0,
    wallet_currency: WALLET_CURRENCY,
    enabled: true,
  };
}

/** An `offset` or `limit` query parameter: its number, the fallback when absent, or a 422. */
export function pageParam(raw: string | undefined, name: string, fallback: number, max: number) {
  if (raw === undefined || raw === "") return fallback;
  if (!/^\d{1,9}$/.test(raw) || Number(raw) > max) {
    return merchantError(
      422,
      `Invalid parameter: ${name}`,
      `"${name}" must be an integer from 0 to ${max}; got ${JSON.stringify(raw)}.`,
    );
  }
  return Number(raw);
}

type Env = { Variables: { catalog: Catalog; record: PlayerRecord | undefined } };

/** The routes, to mount below the Merchant API base, behind its Basic auth. */
export function createUsersApi(deps: {
  players: PlayerRegistry;
  fulfilment: Fulfilment;
  clock: Clock;
}) {
  const app = new Hono<Env>();
  const base = "/projects/:projectId/users/:userId";

  const loadUser: MiddlewareHandler<Env> = async (c, next) => {
    const projectId = c.req.param("projectId") ?? "";
    const catalog = projectFromParam(projectId);
    if (!catalog) return merchantError(404, "Not Found", `Project ${projectId} not found.`);
    c.set("catalog", catalog);
    c.set("record", deps.players.find(catalog, c.req.param("userId") ?? ""));
    await next();
  };
  app.use(base, loadUser);
  app.use(`${base}/virtual_items`, loadUser);

  const unknownUser = (userId: string) =>
    merchantError(404, "Not Found", `User ${userId} not found in this project.`);

  app.get(base, (c) => {
    const { record } = c.var;
    return record ? c.json(renderWalletUser(record)) : unknownUser(c.req.param("userId"));
  });

  app.get(`${base}/virtual_items`, (c) => {
    const { record, catalog } = c.var;
    if (!record) return unknownUser(c.req.param("userId"));
    const offset = pageParam(c.req.query("offset"), "offset", 0, 1e9);
    if (offset instanceof Response) return offset;
    const limit = pageParam(c.req.query("limit"), "limit", MAX_ITEMS_LIMIT, MAX_ITEMS_LIMIT);
    if (limit instanceof Response) return limit;
    const owned = [...record.items].filter(([, quantity]) => quantity > 0);
    return c.json(
      owned.slice(offset, offset + limit).map(([sku, quantity]) => ({
        id: merchantItemId(catalog, sku),
        sku,
        quantity,
      })),
    );
  });

  app.post(`${base}/free/item/:sku`, async (c) => {
    const body = await readStoreBody(c.req.raw, FREE_CLAIM_SCHEMA);
    if (body instanceof Response) return body;
    const projectId = c.req.param("projectId");
    const catalog = projectFromParam(projectId);
    if (!catalog) return storeError(404, 1001, `Project ${projectId} not found`);
    const { quantity = 1, sandbox = false } = body as FreeClaimBody;
    const result = await deps.fulfilment.claimFree(
      catalog,
      c.req.param("userId"),
      c.req.param("sku"),
      { quantity, sandbox },
    );
    return orderIdOrRefusal(result);
  });

  app.route(
    base,
    createRewardChainRoutes(deps, (c) => {
      const projectId = c.req.param("projectId") ?? "";
      const catalog = projectFromParam(projectId);
      if (!catalog) return storeError(404, 1001, `Project ${projectId} not found`);
      const query = parseStoreQuery((name) => c.req.query(name), undefined);
      if (query instanceof Response) return query;
      const { clock } = deps;
      return {
        call: {
          catalog,
          userId: c.req.param("userId") ?? "",
          language: query.language,
          origin: new URL(c.req.url).origin,
          now: clock.now(),
          startedAt: clock.startedAt,
        },
        query,
      };
    }),
  );

  return app;
}
