/**
 * The emulated Xsolla subscriptions API: the plans a project sells (public, no auth), a
 * signed-in player's purchase of one, which answers a Pay Station link for a token of that
 * plan, and the player's own subscriptions (subscriptions-user.ts). Errors use the Store shape, as the Store API's sibling services do.
 */
import { Hono } from "hono";
import { localize, projectFromParam } from "../data/catalog";
import type { CatalogPlan } from "../data/catalog-types";
import type { Clock } from "../shared/clock";
import { storeError } from "../shared/errors";
import type { Schema } from "../shared/json-schema";
import { payStationOriginFor } from "../shared/paystation-origin";
import { CURRENCIES } from "./money";
import type { TokenRegistry } from "./paystation-tokens";
import { payStationUrl } from "./paystation-tokens";
import type { PlayerRegistry } from "./player-registry";
import {
  page,
  parseStoreQuery,
  readStoreBody,
  requirePlayer,
  type StoreQuery,
} from "./store-query";
import { createPlayerSubscriptionRoutes } from "./subscriptions-user";
import { resolvePurchase } from "./token-request";

export const SUBSCRIPTIONS_BASE = "/subscriptions/api";

const BUY_SCHEMA: Schema = {
  type: "object",
  properties: {
    plan_external_id: { type: "string", minLength: 1 },
    settings: {
      type: "object",
      properties: {
        sandbox: { type: "boolean" },
        locale: { type: "string", pattern: /^[a-z]{2}([-_][A-Za-z]{2})?$/ },
        currency: { type: "string", enum: Object.keys(CURRENCIES) },
      },
    },
  },
  required: ["plan_external_id"],
};

interface BuyBody {
  plan_external_id: string;
  settings?: { sandbox?: boolean; locale?: string; currency?: string };
}

function renderPlan(plan: CatalogPlan, query: StoreQuery) {
  const { pricing, language } = query;
  // A discounted plan is a promotion on the regular charge, for a number of charges.
  const promotion =
    plan.usdBefore !== undefined
      ? { promotion_charge_amount: pricing.convert(plan.usd), promotion_remaining_charges: 1 }
      : null;
  return {
    plan_id: plan.planId,
    plan_external_id: plan.externalId,
    plan_group_id: null,
    plan_type: "all",
    plan_name: localize(plan.name, language),
    plan_description: plan.description ? localize(plan.description, language) : null,
    plan_start_date: null,
    plan_end_date: null,
    trial_period: plan.trialDays > 0 ? plan.trialDays : null,
    period: { value: plan.period, unit: plan.unit },
    charge: {
      amount: pricing.convert(plan.usdBefore ?? plan.usd),
      setup_fee: plan.setupFeeUsd === undefined ? null : pricing.convert(plan.setupFeeUsd),
      currency: pricing.currency,
    },
    promotion,
  };
}

export function createSubscriptionsApi(deps: {
  tokens: TokenRegistry;
  players: PlayerRegistry;
  clock: Clock;
}) {
  const app = new Hono().basePath(SUBSCRIPTIONS_BASE);

  app.get("/public/v1/projects/:projectId/user_plans", (c) => {
    const projectId = c.req.param("projectId") ?? "";
    const catalog = projectFromParam(projectId);
    if (!catalog) return storeError(404, 1001, `Project ${projectId} not found`);
    // Public: an Authorization header is neither needed nor checked.
    const query = parseStoreQuery((name) => c.req.query(name), undefined);
    if (query instanceof Response) return query;
    return c.json(page(catalog.plans, query, (plan) => renderPlan(plan, query)));
  });

  app.post("/user/v1/projects/:projectId/subscriptions/buy", async (c) => {
    const projectId = c.req.param("projectId");
    const catalog = projectFromParam(projectId);
    if (!catalog) return storeError(404, 1001, `Project ${projectId} not found`);
    const query = parseStoreQuery((name) => c.req.query(name), c.req.header("Authorization"));
    if (query instanceof Response) return query;
    const userId = requirePlayer(query);
    if (userId instanceof Response) return userId;
    const body = await readStoreBody(c.req.raw, BUY_SCHEMA);
    if (body instanceof Response) return body;
    const { plan_external_id: externalId, settings = {} } = body as BuyBody;

    const plan = catalog.plans.find((candidate) => candidate.externalId === externalId);
    if (!plan) return storeError(404, 4001, `Plan ${externalId} not found`);
    const language = settings.locale?.slice(0, 2) ?? query.language;
    const resolved = resolvePurchase(
      catalog,
      { subscription: { plan_id: plan.merchantId } },
      settings.currency ?? query.pricing.currency,
      language,
    );
    if (!resolved.ok) {
      const problems = [...Object.values(resolved.errors).flat(), ...(resolved.global ?? [])];
      return storeError(422, 1102, problems.join("; "));
    }
    const player = deps.players.get(catalog, userId);
    const record = deps.tokens.issue({
      kind: "merchant",
      sandbox: settings.sandbox ?? false,
      projectId: catalog.projectId,
      user: {
        id: userId,
        ...(player.name ? { name: player.name } : {}),
        ...(player.email ? { email: player.email } : {}),
        ...(player.country ? { country: player.country } : {}),
      },
      currency: resolved.value.purchase.currency,
      language,
      purchase: resolved.value.purchase,
    });
    return c.json({
      link_to_ps: payStationUrl(payStationOriginFor(c.req.url), record.token, "merchant"),
    });
  });

  app.route("/", createPlayerSubscriptionRoutes(deps));

  // Last, so it answers only what no route above did (a mounted app's notFound is not used).
  app.all("*", () => storeError(404, 4001, "Not found"));
  return app;
}
