/**
 * `POST /__sandbox/grant-faults` `{"user": "test-…"}`: the vendor refuses the player's next
 * grant of items (grant-faults.ts), so that a one-click buy of an item is charged but not
 * delivered. Each call fails one more grant. Answers `{user, pending}`, the player's grants
 * still to fail.
 */
import { Hono } from "hono";
import { findPlayer } from "../data/players";
import { isObject, readJson } from "../shared/request-body";
import type { GrantFaults } from "./grant-faults";

const refuse = (message: string) => Response.json({ error: message }, { status: 422 });

export function createGrantFaultsHook(faults: GrantFaults) {
  const app = new Hono();
  app.post("/__sandbox/grant-faults", async (c) => {
    const body = await readJson(c.req.raw);
    if (!isObject(body) || typeof body.user !== "string")
      return refuse('Send {"user": "test-…"} as JSON.');
    if (!findPlayer(body.user))
      return refuse(`No demo or test player ${JSON.stringify(body.user)}.`);
    faults.failNext(body.user);
    return c.json({ user: body.user, pending: faults.pending(body.user) }, 201);
  });
  return app;
}
