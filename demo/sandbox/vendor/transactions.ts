/**
 * The Merchant API's list of a user's operations (seed 002 ~7694):
 * `GET /projects/{project_id}/users/{user_id}/transactions`, optionally between
 * `datetime_from` and `datetime_to` (ISO 8601, both ends included) and of one
 * `transaction_type`, oldest first, as a bare JSON array. `offset` and `limit` page it as the
 * seed's general paging section says list calls do.
 */
import { Hono } from "hono";
import { projectFromParam } from "../data/catalog";
import { isoDate } from "../shared/clock";
import { merchantError } from "../shared/errors";
import { pageParam } from "./merchant-users";
import { type Operation, type OperationLog, TRANSACTION_TYPES } from "./operation-log";
import type { PlayerRegistry } from "./player-registry";

/** The most operations one page holds. */
const MAX_LIMIT = 1000;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

function invalid(name: string, rule: string, got: string): Response {
  return merchantError(
    422,
    `Invalid parameter: ${name}`,
    `"${name}" must be ${rule}; got ${JSON.stringify(got)}.`,
  );
}

/** A date-time parameter in ms; null when absent. */
export function dateParam(raw: string | undefined, name: string): number | null | Response {
  if (raw === undefined || raw === "") return null;
  const ms = ISO_DATE.test(raw) ? Date.parse(raw) : Number.NaN;
  if (Number.isNaN(ms)) return invalid(name, "an ISO 8601 date such as 2015-01-01T00:00:00Z", raw);
  return ms;
}

export function renderOperation(operation: Operation) {
  return {
    operation_id: operation.operationId,
    transaction_id: operation.transactionId,
    coupon_id: operation.couponId,
    coupon_code: operation.couponCode,
    transaction_type: operation.type,
    comment: operation.comment,
    date: isoDate(operation.at),
    amount: operation.amount,
    sum: operation.sum,
    currency: operation.currency,
    status: operation.status,
    user_balance: operation.userBalance,
    user_id: operation.userId,
  };
}

export function createTransactionsApi(deps: { players: PlayerRegistry; operations: OperationLog }) {
  const app = new Hono();

  app.get("/projects/:projectId/users/:userId/transactions", (c) => {
    const projectId = c.req.param("projectId");
    const userId = c.req.param("userId");
    const catalog = projectFromParam(projectId);
    if (!catalog) return merchantError(404, "Not Found", `Project ${projectId} not found.`);
    if (!deps.players.find(catalog, userId)) {
      return merchantError(404, "Not Found", `User ${userId} not found in this project.`);
    }
    const from = dateParam(c.req.query("datetime_from"), "datetime_from");
    if (from instanceof Response) return from;
    const to = dateParam(c.req.query("datetime_to"), "datetime_to");
    if (to instanceof Response) return to;
    const type = c.req.query("transaction_type");
    if (
      type !== undefined &&
      type !== "" &&
      !(TRANSACTION_TYPES as readonly string[]).includes(type)
    ) {
      return invalid("transaction_type", `one of ${TRANSACTION_TYPES.join(", ")}`, type);
    }
    const offset = pageParam(c.req.query("offset"), "offset", 0, 1e9);
    if (offset instanceof Response) return offset;
    const limit = pageParam(c.req.query("limit"), "limit", MAX_LIMIT, MAX_LIMIT);
    if (limit instanceof Response) return limit;

    const chosen = deps.operations
      .list(catalog, userId)
      .filter(
        (operation) =>
          (from === null || operation.at >= from) &&
          (to === null || operation.at <= to) &&
          (!type || operation.type === type),
      );
    return c.json(chosen.slice(offset, offset + limit).map(renderOperation));
  });

  return app;
}
