/**
 * The Merchant API's user subscriptions (seed 002 ~2929-3400), behind its Basic auth:
 * `GET /projects/{project_id}/users/{user_id}/subscriptions` lists the player's plans, oldest
 * first, as a bare JSON array, filtered by `status`, `plan_id`, `product_id` and a range of
 * creation dates and paged by `offset` and `limit`; `PUT .../subscriptions/{subscription_id}`
 * changes one's status (`active`, `canceled`, `non_renewing`), refunds its last payment with a
 * cancel, or moves its next charge (`timeshift`). Both read and change the same list as the
 * storefront's `active_user_package` (user-subscriptions.ts).
 *
 * Plan ids: the seed gives a user subscription's plan a numeric `id` and an `external_id`, and
 * the storefront's plans ids like "9.99_1_months", with nothing linking them. The sandbox's
 * `plan.external_id` is the storefront plan's id, so the widget can match the two
 * (docs/contracts.md 2.5); `plan.id` is the subscriptions API's numeric plan id.
 *
 * Errors the seed does not list are the sandbox's: 404 for a subscription the user does not
 * have (whoever else has it), 422 with the problems per property for a body it cannot take or
 * a change a canceled subscription cannot make.
 */
import { Hono } from "hono";
import { localize, projectFromParam } from "../data/catalog";
import type { Catalog } from "../data/catalog-types";
import { type Clock, isoDate } from "../shared/clock";
import { merchantError, merchantInvalid, unlessJsonContentType } from "../shared/errors";
import { validate } from "../shared/json-schema";
import { isObject, readJson } from "../shared/request-body";
import { pageParam } from "./merchant-users";
import type { OperationLog } from "./operation-log";
import type { PlayerRegistry, PlayerSubscription } from "./player-registry";
import { dateParam } from "./transactions";
import {
  changeSubscription,
  endOf,
  findSubscription,
  planOf,
  type SubscriptionChange,
  statusAt,
} from "./user-subscriptions";

/** The seed's `status` filter: `new` is a status the sandbox never gives, so it finds nothing. */
const LIST_STATUSES = ["active", "canceled", "non_renewing", "new"];
const UPDATE_STATUSES = ["active", "canceled", "non_renewing"];
/** The most subscriptions one page holds. */
const MAX_LIMIT = 100;
/** The sandbox sells its plans in one currency; other currencies are Pay Station's concern. */
const PLAN_CURRENCY = "USD";
/** The sandbox's plans are all in one group. */
const PLAN_GROUP = "default";

const UPDATE_SCHEMA = {
  type: "object",
  properties: {
    status: { type: "string", enum: UPDATE_STATUSES },
    cancel_subscription_payment: { type: "boolean" },
    timeshift: {
      type: "object",
      properties: {
        // A string in the seed; a number is taken too. Negative moves the charge earlier.
        value: { type: ["string", "integer"] },
        type: { type: "string", enum: ["day", "month"] },
      },
      required: ["value", "type"],
    },
  },
} as const;

export interface MerchantSubscriptionsDeps {
  clock: Clock;
  players: PlayerRegistry;
  operations: OperationLog;
}

/** The subscriptions API's counters on a plan, over every player of the project. */
function countersOf(players: PlayerRegistry, catalog: Catalog, planId: string, now: number) {
  const counters = { active: 0, canceled: 0, expired: 0 };
  for (const record of players.members(catalog)) {
    for (const subscription of record.subscriptions) {
      if (subscription.planId !== planId) continue;
      if (subscription.status === "canceled") counters.canceled += 1;
      else if (statusAt(subscription, now) === "canceled") counters.expired += 1;
      else counters.active += 1;
    }
  }
  return counters;
}

/** One subscription in the seed's shape. */
export function renderMerchantSubscription(
  catalog: Catalog,
  players: PlayerRegistry,
  userId: string,
  subscription: PlayerSubscription,
  now: number,
) {
  const plan = planOf(catalog, subscription);
  const status = statusAt(subscription, now);
  const end = endOf(subscription);
  return {
    id: subscription.subscriptionId,
    plan: {
      id: String(plan?.planId ?? subscription.planId),
      external_id: subscription.planId,
      group_id: PLAN_GROUP,
      project_id: catalog.projectId,
      name: plan?.name ?? { en: subscription.planId },
      description: plan?.description ?? { en: "" },
      localized_name: plan ? localize(plan.name, "en") : subscription.planId,
      charge: {
        period: { value: plan?.period ?? 1, type: plan?.unit ?? "month" },
        amount: plan?.usd ?? 0,
        currency: PLAN_CURRENCY,
      },
      // The sandbox's plans run until cancelled.
      expiration: null,
      trial: plan?.trialDays ? { value: plan.trialDays, type: "day" } : null,
      status: {
        value: "active",
        counters: countersOf(players, catalog, subscription.planId, now),
      },
    },
    user: { id: userId },
    product: null,
    charge_amount: plan?.usd ?? 0,
    currency: PLAN_CURRENCY,
    date_create: isoDate(subscription.createdAt),
    // Ends with the paid period (or ended when cancelled); a renewing one runs to its charge.
    date_end: isoDate(end ?? subscription.nextChargeAt),
    // The sandbox charges once, when the plan is bought.
    date_last_charge: isoDate(subscription.createdAt),
    date_next_charge: status === "active" ? isoDate(subscription.nextChargeAt) : null,
    status,
  };
}

/** The body's change; a Response for a body the call cannot take. */
function parseChange(body: unknown): SubscriptionChange | Response {
  if (!isObject(body)) return merchantInvalid({}, ["The request body must be a JSON object"]);
  const errors = validate(body, UPDATE_SCHEMA);
  const shift = isObject(body.timeshift) ? body.timeshift : undefined;
  const value = shift ? String(shift.value) : "";
  if (shift && !errors["timeshift.value"] && !/^-?\d{1,4}$/.test(value)) {
    errors["timeshift.value"] = ["Must be a whole number of days or months"];
  }
  if (body.cancel_subscription_payment === true && body.status !== "canceled") {
    errors.cancel_subscription_payment = ['Only takes effect with the status "canceled"'];
  }
  if (Object.keys(errors).length > 0) return merchantInvalid(errors);
  if (body.status === undefined && !shift) {
    return merchantInvalid({}, ["Give a status or a timeshift to change"]);
  }
  const change: SubscriptionChange = {};
  if (typeof body.status === "string") change.status = body.status as SubscriptionChange["status"];
  if (shift) change.timeshift = { value: Number(value), type: shift.type as "day" | "month" };
  return change;
}

export function createMerchantSubscriptionsApi({
  clock,
  players,
  operations,
}: MerchantSubscriptionsDeps) {
  const app = new Hono();
  const path = "/projects/:projectId/users/:userId/subscriptions";

  /** The project and the player, or the 404 for either. */
  function lookUp(projectId: string, userId: string) {
    const catalog = projectFromParam(projectId);
    if (!catalog) return merchantError(404, "Not Found", `Project ${projectId} not found.`);
    const record = players.find(catalog, userId);
    if (!record)
      return merchantError(404, "Not Found", `User ${userId} not found in this project.`);
    return { catalog, record };
  }

  app.get(path, (c) => {
    const userId = c.req.param("userId");
    const found = lookUp(c.req.param("projectId"), userId);
    if (found instanceof Response) return found;
    const status = c.req.query("status");
    if (status && !LIST_STATUSES.includes(status)) {
      return merchantInvalid({ status: [`Must be one of ${LIST_STATUSES.join(", ")}`] });
    }
    const from = dateParam(c.req.query("datetime_from"), "datetime_from");
    if (from instanceof Response) return from;
    const to = dateParam(c.req.query("datetime_to"), "datetime_to");
    if (to instanceof Response) return to;
    const offset = pageParam(c.req.query("offset"), "offset", 0, 1e9);
    if (offset instanceof Response) return offset;
    const limit = pageParam(c.req.query("limit"), "limit", MAX_LIMIT, MAX_LIMIT);
    if (limit instanceof Response) return limit;
    const planId = c.req.query("plan_id");
    // The sandbox sells no products, so a product filter finds nothing.
    const productId = c.req.query("product_id");

    const { catalog, record } = found;
    const now = clock.now();
    const chosen = record.subscriptions.filter((subscription) => {
      const plan = planOf(catalog, subscription);
      return (
        (!status || statusAt(subscription, now) === status) &&
        (!planId || planId === subscription.planId || planId === String(plan?.planId)) &&
        !productId &&
        (from === null || subscription.createdAt >= from) &&
        (to === null || subscription.createdAt <= to)
      );
    });
    return c.json(
      chosen
        .slice(offset, offset + limit)
        .map((subscription) =>
          renderMerchantSubscription(catalog, players, userId, subscription, now),
        ),
    );
  });

  app.put(`${path}/:subscriptionId`, async (c) => {
    const userId = c.req.param("userId");
    const found = lookUp(c.req.param("projectId"), userId);
    if (found instanceof Response) return found;
    const { catalog, record } = found;
    const raw = c.req.param("subscriptionId");
    const subscription = /^\d{1,10}$/.test(raw) ? findSubscription(record, Number(raw)) : undefined;
    if (!subscription) {
      return merchantError(
        404,
        "Subscription not found",
        `User ${userId} has no subscription ${raw}.`,
      );
    }
    const notJson = unlessJsonContentType(c.req.header("Content-Type"));
    if (notJson) return notJson;
    const body = await readJson(c.req.raw);
    if (body === undefined) return merchantError(400, "Bad Request", "The body is not JSON.");
    const change = parseChange(body);
    if (change instanceof Response) return change;

    const now = clock.now();
    const refused = changeSubscription(subscription, change, now);
    if (refused) return merchantInvalid({ status: [refused] });
    if (change.status === "canceled" && isObject(body) && body.cancel_subscription_payment) {
      const plan = planOf(catalog, subscription);
      operations.add(catalog, userId, {
        type: "cancellation",
        comment: `Refund: ${plan ? localize(plan.name, "en") : subscription.planId}`,
        amount: 0,
        sum: plan?.usd ?? 0,
        currency: PLAN_CURRENCY,
        status: "done",
      });
    }
    return c.json(renderMerchantSubscription(catalog, players, userId, subscription, now));
  });

  return app;
}
