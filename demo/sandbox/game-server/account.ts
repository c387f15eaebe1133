/**
 * The player's corner on the merchant backend (issue 13): the Merchant API's coupon check and
 * redemption and the player's transactions, under the game server's `/merchant/v2` like the
 * wallet calls, with the merchant's credentials added on the way. Every call is for the
 * player of the session: a redemption goes to them whatever `user_id` the browser sends, and a
 * path or body naming anyone else (rather than `me` or the player's own id) is refused with
 * 403, so a page cannot redeem or read for another player. Signed out, each answers 401.
 */
import { type Context, Hono } from "hono";
import { merchantError, unlessJsonContentType } from "../shared/errors";
import { isObject, readOptionalJson } from "../shared/request-body";
import type { Sessions } from "./session";
import { relay, type VendorClient } from "./vendor-client";

/** The query the vendor's transactions call takes; anything else the browser sends stays here. */
const TRANSACTIONS_QUERY = ["datetime_from", "datetime_to", "transaction_type", "offset", "limit"];

export const signIn = () =>
  merchantError(
    401,
    "Sign in to use your account",
    "There is no signed-in player in this session. Sign in to the game and try again.",
  );

export const notYours = () =>
  merchantError(403, "Forbidden", 'A player can act only for themselves: use "me" or your own id.');

const segment = (c: Context, name: string) => encodeURIComponent(c.req.param(name) ?? "");

export function createAccountApi(sessions: Sessions, callVendor: VendorClient) {
  const app = new Hono();
  const project = "/merchant/v2/projects/:projectId";
  const origin = (c: Context) => new URL(c.req.url).origin;

  app.get(`${project}/coupons/:code`, async (c) => {
    if (!sessions.playerOf(c)) return signIn();
    const path = `/projects/${segment(c, "projectId")}/coupons/${segment(c, "code")}`;
    return relay(await callVendor({ origin: origin(c), path }));
  });

  app.post(`${project}/coupons/:code/redeem`, async (c) => {
    const player = sessions.playerOf(c);
    if (!player) return signIn();
    const body = await readOptionalJson(c.req.raw);
    if (body === undefined || !isObject(body)) {
      return merchantError(400, "Bad Request", "The body is not a JSON object.");
    }
    if (Object.keys(body).length > 0) {
      const notJson = unlessJsonContentType(c.req.header("Content-Type"));
      if (notJson) return notJson;
    }
    const named = body.user_id;
    if (named !== undefined && named !== "me" && String(named) !== player.id) return notYours();
    const path = `/projects/${segment(c, "projectId")}/coupons/${segment(c, "code")}/redeem`;
    const answer = await callVendor({
      origin: origin(c),
      path,
      method: "POST",
      body: { user_id: player.id },
    });
    return relay(answer);
  });

  app.get(`${project}/users/:userId/transactions`, async (c) => {
    const player = sessions.playerOf(c);
    if (!player) return signIn();
    const named = c.req.param("userId");
    if (named !== "me" && named !== player.id) return notYours();
    const query = new URLSearchParams();
    for (const name of TRANSACTIONS_QUERY) {
      const value = c.req.query(name);
      if (value !== undefined) query.set(name, value);
    }
    const path = `/projects/${segment(c, "projectId")}/users/${encodeURIComponent(player.id)}/transactions`;
    return relay(await callVendor({ origin: origin(c), path, query }));
  });

  return app;
}
