/**
 * The subscriptions API's calls for the signed-in player (docs/contracts.md 3.7), with the
 * player's Bearer token, mounted by subscriptions.ts:
 * `GET /user/v1/projects/{project_id}/subscriptions?limit&offset&locale` lists the player's
 * running subscriptions as `{items, has_more}`, and
 * `PUT /user/v1/projects/{project_id}/subscriptions/{subscription_id}/cancel` turns one's
 * renewal off (`non_renewing`; a player cannot end a plan at once here), answering 204.
 *
 * The paths, the item's fields and the cancel's effect come from the vendor SDKs
 * (store-unity-sdk's XsollaSubscriptions.cs and SubscriptionItem.cs); the list's path and an
 * example item are in the vendor's guide "Get subscription information" (docs/contracts.md
 * 3.7). The errors are the sandbox's choice in the Store shape (401 1501 without a token,
 * 404 4001 for a subscription the player does not have, 422 1102 for one already canceled).
 * The xsolla store reads this list too, to know which plan is the player's.
 *
 * They read and change the same subscriptions as the Merchant API (user-subscriptions.ts), so
 * a plan bought through `subscriptions/buy` and Pay Station is listed here, and the item's
 * `plan_external_id` is the one `user_plans` gives the plan.
 */
import { Hono } from "hono";
import { localize, projectFromParam } from "../data/catalog";
import type { Catalog } from "../data/catalog-types";
import { type Clock, isoDate } from "../shared/clock";
import { storeError } from "../shared/errors";
import type { PlayerRegistry, PlayerSubscription } from "./player-registry";
import { page, parseStoreQuery, requirePlayer, type StoreQuery } from "./store-query";
import {
  changeSubscription,
  endOf,
  findSubscription,
  planOf,
  statusAt,
} from "./user-subscriptions";

function renderItem(
  catalog: Catalog,
  subscription: PlayerSubscription,
  query: StoreQuery,
  now: number,
) {
  const plan = planOf(catalog, subscription);
  const { pricing, language } = query;
  const status = statusAt(subscription, now);
  const end = endOf(subscription);
  const trialEnds = plan?.trialDays ? subscription.createdAt + plan.trialDays * 86_400_000 : 0;
  return {
    id: subscription.subscriptionId,
    plan_id: plan?.planId ?? null,
    plan_external_id: plan?.externalId ?? subscription.planId,
    plan_name: plan ? localize(plan.name, language) : subscription.planId,
    plan_description: plan?.description ? localize(plan.description, language) : null,
    plan_start_date: null,
    plan_end_date: null,
    product_id: null,
    product_external_id: null,
    product_name: null,
    product_description: null,
    status,
    is_in_trial: status !== "canceled" && now < trialEnds,
    trial_period: plan?.trialDays ? plan.trialDays : null,
    date_create: isoDate(subscription.createdAt),
    date_next_charge: status === "active" ? isoDate(subscription.nextChargeAt) : null,
    date_last_charge: isoDate(subscription.createdAt),
    // Not in the SDK's item; when a plan that no longer renews runs out, which the player needs.
    date_end: end === null ? null : isoDate(end),
    // As user_plans prices a plan: the regular charge, and the promotion's when there is one.
    charge: {
      amount: pricing.convert(plan?.usdBefore ?? plan?.usd ?? 0),
      amount_with_promotion: plan?.usdBefore !== undefined ? pricing.convert(plan.usd) : null,
      currency: pricing.currency,
    },
    period: { value: plan?.period ?? 1, unit: plan?.unit ?? "month" },
  };
}

export function createPlayerSubscriptionRoutes(deps: { players: PlayerRegistry; clock: Clock }) {
  const app = new Hono();
  const path = "/user/v1/projects/:projectId/subscriptions";

  /** The project, the query and the player; or the Store error refusing the request. */
  function context(projectId: string, read: (name: string) => string | undefined, auth?: string) {
    const catalog = projectFromParam(projectId);
    if (!catalog) return storeError(404, 1001, `Project ${projectId} not found`);
    const query = parseStoreQuery(read, auth);
    if (query instanceof Response) return query;
    const userId = requirePlayer(query);
    if (userId instanceof Response) return userId;
    return { catalog, query, record: deps.players.find(catalog, userId) };
  }

  app.get(path, (c) => {
    const found = context(
      c.req.param("projectId") ?? "",
      (name) => c.req.query(name),
      c.req.header("Authorization"),
    );
    if (found instanceof Response) return found;
    const { catalog, query, record } = found;
    const now = deps.clock.now();
    // The SDK lists what is still running (active, non_renewing, pause); ended ones are left out.
    const running = (record?.subscriptions ?? []).filter((s) => statusAt(s, now) !== "canceled");
    return c.json(
      page(running, query, (subscription) => renderItem(catalog, subscription, query, now)),
    );
  });

  app.put(`${path}/:subscriptionId/cancel`, (c) => {
    const found = context(
      c.req.param("projectId") ?? "",
      (name) => c.req.query(name),
      c.req.header("Authorization"),
    );
    if (found instanceof Response) return found;
    const raw = c.req.param("subscriptionId") ?? "";
    const subscription = /^\d{1,10}$/.test(raw)
      ? findSubscription(found.record, Number(raw))
      : undefined;
    if (!subscription) return storeError(404, 4001, `Subscription ${raw} not found`);
    const refused = changeSubscription(subscription, { status: "non_renewing" }, deps.clock.now());
    if (refused) return storeError(422, 1102, refused);
    return c.body(null, 204);
  });

  return app;
}
