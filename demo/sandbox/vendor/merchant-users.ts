/**
 * The Merchant API's user calls (seed 002 ~7458, ~7908 and ~8117), behind its Basic auth: the
 * wallet user `GET /projects/{project_id}/users/{user_id}`, their items
 * `GET .../users/{user_id}/virtual_items?offset&limit`, and adding items to them,
 * `POST .../users/{user_id}/virtual_items/add` with the seed's
 * `{"virtual_items": [{"virtual_item": {"sku"}, "amount"}]}`, answered 204 with no body (what a
 * game server does after charging a saved account for an item, docs/contracts.md 2.4). The
 * seed lists no errors of the add; the sandbox answers its general ones: 415 without a JSON
 * content type, 400 for a body that is not JSON, 404 for an unknown user, 422 naming each bad
 * property or unknown sku. Added items count against their per-player limit, so that the
 * storefront's limits follow, but the add is the studio's grant and is never refused for it.
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
import {
  merchantError,
  merchantInvalid,
  storeError,
  unlessJsonContentType,
} from "../shared/errors";
import { type Schema, validate } from "../shared/json-schema";
import { readJson } from "../shared/request-body";
import type { Fulfilment } from "./fulfilment";
import { emptyGrant, type PlayerRecord, type PlayerRegistry } from "./player-registry";
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

/** Every sku the project knows a player may own: its items, and the bonus-only things. */
function ownableSkus(catalog: Catalog): Set<string> {
  return new Set([
    ...catalog.items.map((entry) => entry.sku),
    ...catalog.items.flatMap((entry) => entry.bonusItems ?? []).map((entry) => entry.sku),
    ...catalog.packages.flatMap((entry) => entry.bonusItems).map((entry) => entry.sku),
    ...catalog.plans.flatMap((entry) => entry.bonusItems ?? []).map((entry) => entry.sku),
  ]);
}

/** The add call's body (seed ~8117): `amount` is an int; at least one item. */
const ADD_ITEMS_SCHEMA: Schema = {
  type: "object",
  properties: {
    virtual_items: {
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        properties: {
          virtual_item: {
            type: "object",
            properties: { sku: { type: "string", minLength: 1 } },
            required: ["sku"],
          },
          amount: { type: "integer", minimum: 1 },
        },
        required: ["virtual_item", "amount"],
      },
    },
  },
  required: ["virtual_items"],
};

type AddItems = { virtual_items: { virtual_item: { sku: string }; amount: number }[] };

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
  app.use(`${base}/virtual_items/add`, loadUser);

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

  app.post(`${base}/virtual_items/add`, async (c) => {
    const notJson = unlessJsonContentType(c.req.header("Content-Type"));
    if (notJson) return notJson;
    const body = await readJson(c.req.raw);
    if (body === undefined) return merchantError(400, "Bad Request", "The body is not JSON.");
    const { record, catalog } = c.var;
    if (!record) return unknownUser(c.req.param("userId"));
    const errors = validate(body, ADD_ITEMS_SCHEMA);
    if (Object.keys(errors).length === 0) {
      const known = ownableSkus(catalog);
      (body as AddItems).virtual_items.forEach(({ virtual_item: { sku } }, i) => {
        if (!known.has(sku))
          errors[`virtual_items[${i}].virtual_item.sku`] = [
            `Item with sku ${JSON.stringify(sku)} not found`,
          ];
      });
    }
    if (Object.keys(errors).length > 0) return merchantInvalid(errors);
    const items = (body as AddItems).virtual_items.map(({ virtual_item, amount }) => ({
      sku: virtual_item.sku,
      quantity: amount,
    }));
    const limited = items.filter(({ sku }) =>
      catalog.items.some((entry) => entry.sku === sku && entry.perUser !== undefined),
    );
    deps.players.apply(catalog, record.userId, { ...emptyGrant(), items, limited });
    return c.body(null, 204);
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
