/**
 * The emulated Xsolla subscriptions public API: the plans a project sells, no auth needed.
 * Errors use the Store shape, as the Store API's sibling services do.
 */
import { Hono } from "hono";
import { type CatalogPlan, localize, projectFromParam } from "./catalog";
import { storeError } from "./errors";
import { page, parseStoreQuery, type StoreQuery } from "./store-query";

export const SUBSCRIPTIONS_BASE = "/subscriptions/api/public/v1/projects/:projectId";

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

export function createSubscriptionsApi() {
  const app = new Hono().basePath(SUBSCRIPTIONS_BASE);

  app.get("/user_plans", (c) => {
    const projectId = c.req.param("projectId") ?? "";
    const catalog = projectFromParam(projectId);
    if (!catalog) return storeError(404, 1001, `Project ${projectId} not found`);
    // Public: an Authorization header is neither needed nor checked.
    const query = parseStoreQuery((name) => c.req.query(name), undefined);
    if (query instanceof Response) return query;
    return c.json(page(catalog.plans, query, (plan) => renderPlan(plan, query)));
  });

  // Last, so it answers only what no route above did (a mounted app's notFound is not used).
  app.all("*", () => storeError(404, 4001, "Not found"));
  return app;
}
