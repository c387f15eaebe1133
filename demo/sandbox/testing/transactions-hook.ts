/**
 * `POST /__sandbox/transactions` `{"user": "test-…", "daysAgo": 120, "sum": 9.99,
 * "comment"?: "Starter Pack"}`: writes a card payment of `sum` USD, dated `daysAgo` days back,
 * into a demo project player's history (the Merchant API's transactions), for tests of
 * "Show older purchases". It only writes the history: the player's balance and inventory stay
 * as they are, as if the payment had been made and spent before the sandbox started. Answers
 * the operation as the transactions call lists it.
 */
import { Hono } from "hono";
import { getCatalog } from "../data/catalog";
import { findPlayer } from "../data/players";
import type { Clock } from "../shared/clock";
import { DEMO_PROJECT_ID } from "../shared/config";
import { isObject, readJson } from "../shared/request-body";
import type { OperationLog } from "../vendor/operation-log";
import { renderOperation } from "../vendor/transactions";

const DAY_MS = 86_400_000;
/** About ten years: older than anything a history shows. */
const MAX_DAYS = 3650;

const refuse = (message: string) => Response.json({ error: message }, { status: 422 });

export function createTransactionsHook(clock: Clock, operations: OperationLog) {
  const app = new Hono();
  app.post("/__sandbox/transactions", async (c) => {
    const body = await readJson(c.req.raw);
    if (!isObject(body)) return refuse('Send {"user", "daysAgo", "sum"} as JSON.');
    const { user, daysAgo, sum, comment = "Incoming payment" } = body;
    const catalog = getCatalog(DEMO_PROJECT_ID);
    if (!catalog || !findPlayer(user)) {
      return refuse(`No demo or test player ${JSON.stringify(user)}.`);
    }
    if (typeof daysAgo !== "number" || !(daysAgo >= 0 && daysAgo <= MAX_DAYS))
      return refuse(`daysAgo must be a number from 0 to ${MAX_DAYS}.`);
    if (typeof sum !== "number" || !(sum > 0)) return refuse("sum must be a positive number.");
    if (typeof comment !== "string") return refuse("comment must be a string.");
    const operation = operations.add(catalog, user as string, {
      type: "payment",
      comment,
      amount: 0,
      sum,
      currency: "USD",
      status: "done",
      at: clock.now() - daysAgo * DAY_MS,
    });
    return c.json(renderOperation(operation), 201);
  });
  return app;
}
