/**
 * The player's subscriptions on the merchant backend (issue 13), under the game server's
 * `/merchant/v2` like the other account calls: the Merchant API's list and update of a user's
 * subscriptions, for the player of the session only (a path naming anyone but `me` or the
 * player is refused with 403; signed out, 401). From the browser the update takes only what a
 * player may do to their own plan, `{"status": "canceled"}` or `{"status": "non_renewing"}`:
 * no reactivation, no refund and no moving of the next charge, which are the studio's to give.
 */
import { type Context, Hono } from "hono";
import { merchantError, merchantInvalid, unlessJsonContentType } from "../shared/errors";
import { isObject, readJson } from "../shared/request-body";
import { notYours, signIn } from "./account";
import type { Sessions } from "./session";
import { relay, type VendorClient } from "./vendor-client";

/** The query the vendor's list takes (seed ~3180); anything else the browser sends stays here. */
const LIST_QUERY = [
  "status",
  "limit",
  "offset",
  "datetime_from",
  "datetime_to",
  "plan_id",
  "product_id",
];
/** What a player may ask of their own subscription. */
const PLAYER_STATUSES = ["canceled", "non_renewing"];

const segment = (c: Context, name: string) => encodeURIComponent(c.req.param(name) ?? "");

export function createSubscriptionsProxy(sessions: Sessions, callVendor: VendorClient) {
  const app = new Hono();
  const route = "/merchant/v2/projects/:projectId/users/:userId/subscriptions";
  const origin = (c: Context) => new URL(c.req.url).origin;

  /** The session's player's id, or the answer refusing the request. */
  function playerFor(c: Context): string | Response {
    const player = sessions.playerOf(c);
    if (!player) return signIn();
    const named = c.req.param("userId");
    return named === "me" || named === player.id ? player.id : notYours();
  }

  const vendorPath = (c: Context, playerId: string) =>
    `/projects/${segment(c, "projectId")}/users/${encodeURIComponent(playerId)}/subscriptions`;

  app.get(route, async (c) => {
    const playerId = playerFor(c);
    if (playerId instanceof Response) return playerId;
    const query = new URLSearchParams();
    for (const name of LIST_QUERY) {
      const value = c.req.query(name);
      if (value !== undefined) query.set(name, value);
    }
    return relay(await callVendor({ origin: origin(c), path: vendorPath(c, playerId), query }));
  });

  app.put(`${route}/:subscriptionId`, async (c) => {
    const playerId = playerFor(c);
    if (playerId instanceof Response) return playerId;
    const notJson = unlessJsonContentType(c.req.header("Content-Type"));
    if (notJson) return notJson;
    const body = await readJson(c.req.raw);
    if (!isObject(body)) return merchantError(400, "Bad Request", "The body is not a JSON object.");
    const extra = Object.keys(body).filter((key) => key !== "status");
    if (extra.length > 0) {
      return merchantInvalid(
        Object.fromEntries(extra.map((key) => [key, ["A player cannot change this"]])),
      );
    }
    if (typeof body.status !== "string" || !PLAYER_STATUSES.includes(body.status)) {
      return merchantInvalid({ status: [`Must be one of ${PLAYER_STATUSES.join(", ")}`] });
    }
    const path = `${vendorPath(c, playerId)}/${segment(c, "subscriptionId")}`;
    const answer = await callVendor({
      origin: origin(c),
      path,
      method: "PUT",
      body: { status: body.status },
    });
    return relay(answer);
  });

  return app;
}
