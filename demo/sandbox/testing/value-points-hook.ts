/**
 * `POST /__sandbox/value-points` `{"user": "test-…", "sku": "star-points", "amount": 50,
 * "project"?: 44056}`: gives a player value points without buying anything, for tests and the
 * demo page's "Add 50 Star Points" button. A clan value point counts as the player's
 * contribution to their clan. A negative amount takes points away (never below 0). Answers
 * `{user, sku, amount}` with the player's own points now.
 */
import { Hono } from "hono";
import { getCatalog } from "../data/catalog";
import { findPlayer } from "../data/players";
import type { Clock } from "../shared/clock";
import { DEMO_PROJECT_ID } from "../shared/config";
import { isObject, readJson } from "../shared/request-body";
import type { PlayerRegistry } from "../vendor/player-registry";
import { addPoints } from "../vendor/value-points";

const MAX_AMOUNT = 1_000_000;

const refuse = (message: string) => Response.json({ error: message }, { status: 422 });

export function createValuePointsHook(clock: Clock, players: PlayerRegistry) {
  const app = new Hono();
  app.post("/__sandbox/value-points", async (c) => {
    const body = await readJson(c.req.raw);
    if (!isObject(body)) return refuse('Send {"user", "sku", "amount"} as JSON.');
    const { user, sku, amount, project = DEMO_PROJECT_ID } = body;
    const catalog = typeof project === "number" ? getCatalog(project) : undefined;
    if (!catalog) return refuse(`No project ${JSON.stringify(project)}.`);
    if (!findPlayer(user)) return refuse(`No demo or test player ${JSON.stringify(user)}.`);
    const point = catalog.valuePoints.find((candidate) => candidate.sku === sku);
    if (!point) {
      const known = catalog.valuePoints.map((candidate) => candidate.sku).join(", ");
      return refuse(`No value point ${JSON.stringify(sku)}; the project has ${known}.`);
    }
    if (!Number.isInteger(amount) || Math.abs(amount as number) > MAX_AMOUNT)
      return refuse(`The amount must be an integer from -${MAX_AMOUNT} to ${MAX_AMOUNT}.`);
    const record = players.get(catalog, user as string);
    const now = addPoints(record.rewards, catalog, point.sku, amount as number, clock.now());
    return c.json({ user, sku: point.sku, amount: now });
  });
  return app;
}
