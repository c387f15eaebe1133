/**
 * The reward chains for the widget on the merchant backend (issue 10): the Store API's
 * `/v2/project/{project_id}/user/...` reward-chain paths below the game server, so the widget
 * calls the same paths on both backends. The game server asks the vendor server to server
 * (the Merchant API's `/projects/{id}/users/{user_id}/...` stand-in, merchant-users.ts) for
 * the player of its session, whatever the browser says, and passes the Store-shaped answers on.
 * Signed out, it answers as the Store API does: 401 errorCode 1501.
 */
import { type Context, Hono } from "hono";
import { DEMO_PROJECT_ID } from "../shared/config";
import { storeError } from "../shared/errors";
import type { Sessions } from "./session";
import { relay, type VendorClient } from "./vendor-client";

/** The query the vendor's list takes; anything else the browser sends stays here. */
const LIST_QUERY = ["limit", "offset", "locale"];

export function createRewardsApi(sessions: Sessions, callVendor: VendorClient) {
  const app = new Hono();
  const base = "/v2/project/:projectId/user";

  /** Calls the vendor for the session's player; `tail` follows `/users/{user_id}`. */
  async function forPlayer(c: Context, tail: string, method: "GET" | "POST" = "GET") {
    const player = sessions.playerOf(c);
    if (!player) return storeError(401, 1501, "Authorization failed: sign in to see your rewards");
    // This game server sells one project, whatever project the browser names.
    if (c.req.param("projectId") !== String(DEMO_PROJECT_ID))
      return storeError(404, 1001, `Project ${c.req.param("projectId")} not found`);
    const query = new URLSearchParams();
    for (const name of LIST_QUERY) {
      const value = c.req.query(name);
      if (value !== undefined) query.set(name, value);
    }
    const answer = await callVendor({
      origin: new URL(c.req.url).origin,
      path: `/projects/${DEMO_PROJECT_ID}/users/${encodeURIComponent(player.id)}${tail}`,
      method,
      query,
    });
    return relay(answer);
  }

  const id = (c: Context, name: string) => encodeURIComponent(c.req.param(name) ?? "");

  app.get(`${base}/reward_chain`, (c) => forPlayer(c, "/reward_chain"));
  app.get(`${base}/reward_chain/:chainId/balance`, (c) =>
    forPlayer(c, `/reward_chain/${id(c, "chainId")}/balance`),
  );
  app.post(`${base}/reward_chain/:chainId/step/:stepId/claim`, (c) =>
    forPlayer(c, `/reward_chain/${id(c, "chainId")}/step/${id(c, "stepId")}/claim`, "POST"),
  );
  app.get(`${base}/clan/contributors/:chainId/top`, (c) =>
    forPlayer(c, `/clan/contributors/${id(c, "chainId")}/top`),
  );

  return app;
}
