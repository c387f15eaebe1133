/**
 * The emulated Xsolla Merchant API v2: the storefront reads, the Pay Station token call
 * (merchant-token.ts), the user calls (merchant-users.ts), the user's transactions
 * (transactions.ts), the coupons (coupons.ts) and the saved payment accounts
 * (payment-accounts-api.ts), behind HTTP Basic auth with the
 * merchant id and API key, validating requests like the real one and answering errors in its
 * JSON shape. Only a game server calls it; browsers reach it through the game server.
 */
import { Hono } from "hono";
import { itemsInGroup, placeGroups, projectFromParam } from "../data/catalog";
import type { Catalog, CatalogGroup } from "../data/catalog-types";
import type { Clock } from "../shared/clock";
import { MERCHANT_API_KEY, MERCHANT_BASE, MERCHANT_ID } from "../shared/config";
import { merchantError, noSuchMethod } from "../shared/errors";
import type { CouponLedger } from "./coupon-ledger";
import { createCouponsApi } from "./coupons";
import type { Fulfilment } from "./fulfilment";
import {
  type MerchantContext,
  renderBonus,
  renderGroups,
  renderItems,
  renderPackages,
  renderSubscriptions,
} from "./merchant-render";
import { createMerchantSubscriptionsApi } from "./merchant-subscriptions";
import { createTokenApi } from "./merchant-token";
import { createUsersApi } from "./merchant-users";
import { pricingFor } from "./money";
import type { OperationLog } from "./operation-log";
import type { PaymentAccountRegistry } from "./payment-accounts";
import { createPaymentAccountsApi } from "./payment-accounts-api";
import type { TokenRegistry } from "./paystation-tokens";
import type { PlayerRegistry } from "./player-registry";
import { createTransactionsApi } from "./transactions";
import { currentSubscription } from "./user-subscriptions";

type Env = { Variables: { catalog: Catalog; ctx: MerchantContext; userId: string } };

function authorized(header: string | undefined): boolean {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)$/.exec(header ?? "");
  if (!match?.[1]) return false;
  return Buffer.from(match[1], "base64").toString("utf8") === `${MERCHANT_ID}:${MERCHANT_API_KEY}`;
}

function missing(name: string): Response {
  return merchantError(
    400,
    `Missing required parameter: ${name}`,
    `The query parameter "${name}" is required.`,
  );
}

function invalid(name: string, rule: string, got: string): Response {
  return merchantError(
    400,
    `Invalid parameter: ${name}`,
    `"${name}" must be ${rule}; got ${JSON.stringify(got)}.`,
  );
}

/** Checks the query every storefront read requires; answers the first problem found. */
function checkQuery(query: (name: string) => string | undefined): Response | null {
  const userId = query("user_id");
  const currency = query("currency");
  const language = query("language");
  if (!userId) return missing("user_id");
  if (!currency) return missing("currency");
  if (!/^[A-Z]{3}$/.test(currency))
    return invalid("currency", "a three-letter ISO 4217 code such as USD", currency);
  if (!language) return missing("language");
  if (!/^[a-z]{2}$/.test(language))
    return invalid("language", "a two-letter lower-case ISO 639-1 code such as en", language);
  return null;
}

function findGroup(catalog: Catalog, id: number): CatalogGroup | undefined {
  return placeGroups(catalog).find((placed) => placed.group.id === id)?.group;
}

export interface MerchantDeps {
  tokens: TokenRegistry;
  players: PlayerRegistry;
  fulfilment: Fulfilment;
  operations: OperationLog;
  coupons: CouponLedger;
  paymentAccounts: PaymentAccountRegistry;
}

export function createMerchantVendor(clock: Clock, deps: MerchantDeps) {
  const app = new Hono<Env>().basePath(MERCHANT_BASE);

  app.use("*", async (c, next) => {
    if (!authorized(c.req.header("Authorization"))) {
      return merchantError(
        401,
        "Invalid merchant id or API key",
        "Authorization header is missing or not valid",
      );
    }
    await next();
  });

  app.use("/projects/:projectId/storefront/*", async (c, next) => {
    const projectId = c.req.param("projectId");
    const catalog = projectFromParam(projectId);
    if (!catalog) return merchantError(404, "Not Found", `Project ${projectId} not found.`);
    const problem = checkQuery((name) => c.req.query(name));
    if (problem) return problem;
    const userId = c.req.query("user_id") ?? "";
    c.set("catalog", catalog);
    c.set("userId", userId);
    c.set("ctx", {
      language: c.req.query("language") ?? "en",
      pricing: pricingFor(c.req.query("currency") ?? "USD"),
      origin: new URL(c.req.url).origin,
      limitOf: (item) => deps.players.limitOf(catalog, userId, item),
    });
    await next();
  });

  const storefront = "/projects/:projectId/storefront";
  app.get(`${storefront}/virtual_currency`, (c) =>
    c.json(renderPackages(c.var.catalog, c.var.ctx)),
  );
  app.get(`${storefront}/virtual_items/groups`, (c) =>
    c.json(renderGroups(c.var.catalog, c.var.ctx)),
  );
  app.get(`${storefront}/virtual_items/items`, (c) => {
    const raw = c.req.query("group_id");
    if (!raw) return missing("group_id");
    if (!/^\d{1,10}$/.test(raw)) return invalid("group_id", "an integer", raw);
    const group = findGroup(c.var.catalog, Number(raw));
    if (!group) return merchantError(404, "Not Found", `Group ${raw} not found.`);
    return c.json(renderItems(c.var.catalog, itemsInGroup(c.var.catalog, group), c.var.ctx));
  });
  app.get(`${storefront}/subscriptions`, (c) => {
    const active = currentSubscription(deps.players.find(c.var.catalog, c.var.userId), clock.now());
    return c.json(renderSubscriptions(c.var.catalog, c.var.ctx, active));
  });
  app.get(`${storefront}/bonus`, (c) => c.json(renderBonus(c.var.catalog, c.var.ctx, clock)));
  app.route("/", createTokenApi(deps));
  app.route("/", createUsersApi({ ...deps, clock }));
  app.route("/", createTransactionsApi(deps));
  app.route("/", createCouponsApi(deps));
  app.route("/", createMerchantSubscriptionsApi({ ...deps, clock }));
  app.route("/", createPaymentAccountsApi({ ...deps, clock }));

  // Last, so it answers only what no route above did (a mounted app's notFound is not used).
  app.all("*", (c) => noSuchMethod(c.req.raw));
  return app;
}

export type MerchantVendor = ReturnType<typeof createMerchantVendor>;
