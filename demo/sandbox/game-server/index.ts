/**
 * What a studio's own game server does for the widget, under /game: a session for the demo
 * players (session.ts); the Merchant API's storefront reads and the player's wallet,
 * proxied with the merchant's credentials and the session's player; the token endpoint and
 * the free claim (purchase.ts); the player's coupons and transactions (account.ts); the
 * player's reward chains (rewards.ts); the player's friends
 * (friends.ts); the invite codes, forwarded to Hive with the game's key (invites.ts); and the
 * webhook listener
 * (webhook-listener.ts), which also answers the vendor's signed friend list request
 * (friends-list-listener.ts). It reaches the vendor only through the vendor's HTTP interface
 * (vendor-client.ts), and Hive only through Hive's (hive-client.ts), in-process.
 */
import { Hono } from "hono";
import { PROJECT_SECRET_KEY } from "../shared/config";
import { merchantError, noSuchMethod } from "../shared/errors";
import { createAccountApi } from "./account";
import { createFriendsApi } from "./friends";
import { createFriendsListListener } from "./friends-list-listener";
import { createHiveClient } from "./hive-client";
import { createInvitesApi } from "./invites";
import { createPaymentAccountsProxy } from "./payment-accounts";
import { createPurchaseApi } from "./purchase";
import { createRewardsApi } from "./rewards";
import { createSessionApi, createSessions } from "./session";
import { createSubscriptionsProxy } from "./subscriptions";
import { createVendorClient, relay, type Upstream } from "./vendor-client";
import { createWebhookListener } from "./webhook-listener";

export type { Upstream } from "./vendor-client";

export const GAME_BASE = "/game";
/** Who a signed-out visitor is, as far as the vendor's storefront reads are concerned. */
export const GUEST_USER_ID = "guest";

export interface GameServerOptions {
  /** The clock of the webhook log. */
  now: () => number;
  /** The project's secret key, which webhooks are signed with. */
  secretKey?: string;
  /** The emulated Hive promotion API (hive/), for the invite codes. */
  hive: Upstream;
}

export function createGameServer(vendor: Upstream, options: GameServerOptions) {
  const app = new Hono().basePath(GAME_BASE);
  const sessions = createSessions();
  const callVendor = createVendorClient(vendor);
  const origin = (url: string) => new URL(url).origin;

  // A page on another site must not act for the player: browsers say where a request comes
  // from, and the session cookie (SameSite=Lax) is not the only guard, since no cookie at all
  // means the default demo player.
  app.use("*", async (c, next) => {
    if (c.req.method !== "GET" && c.req.header("Sec-Fetch-Site") === "cross-site") {
      return merchantError(403, "Forbidden", "Requests from other sites are not accepted.");
    }
    await next();
  });

  app.route("/", createSessionApi(sessions));
  app.route("/", createPurchaseApi(sessions, callVendor));
  app.route("/", createRewardsApi(sessions, callVendor));
  app.route("/", createAccountApi(sessions, callVendor));
  app.route("/", createSubscriptionsProxy(sessions, callVendor));
  app.route("/", createPaymentAccountsProxy(sessions, callVendor));
  app.route("/", createFriendsApi(sessions));
  app.route("/", createInvitesApi(sessions, createHiveClient(options.hive)));
  app.route("/", createWebhookListener(options.secretKey ?? PROJECT_SECRET_KEY, options.now));
  app.route("/", createFriendsListListener(options.secretKey ?? PROJECT_SECRET_KEY));

  app.get("/merchant/v2/projects/:projectId/storefront/*", async (c) => {
    const url = new URL(c.req.url);
    const query = new URLSearchParams(url.search);
    // The Merchant API wants a user for every read: the session's player, whatever user_id
    // the browser sent. A signed-out visitor still sees the store, as a guest.
    query.set("user_id", sessions.playerOf(c)?.id ?? GUEST_USER_ID);
    const path = url.pathname.slice(`${GAME_BASE}/merchant/v2`.length);
    return relay(await callVendor({ origin: url.origin, path, query }));
  });

  const signInForWallet = () =>
    merchantError(
      401,
      "Sign in to see your wallet",
      "There is no signed-in player in this session. Sign in to the game and try again.",
    );

  // The wallet's user call, for the session's player whatever id the path names ("me" reads
  // well; the widget sends the id it was given, which must not let it read someone else's).
  app.get("/merchant/v2/projects/:projectId/users/:userId", async (c) => {
    const player = sessions.playerOf(c);
    if (!player) return signInForWallet();
    const path = `/projects/${encodeURIComponent(c.req.param("projectId"))}/users/${encodeURIComponent(player.id)}`;
    return relay(await callVendor({ origin: origin(c.req.url), path }));
  });

  app.get("/merchant/v2/projects/:projectId/users/:userId/virtual_items", async (c) => {
    const player = sessions.playerOf(c);
    if (!player) return signInForWallet();
    const query = new URLSearchParams();
    for (const name of ["offset", "limit"]) {
      const value = c.req.query(name);
      if (value !== undefined) query.set(name, value);
    }
    const path = `/projects/${encodeURIComponent(c.req.param("projectId"))}/users/${encodeURIComponent(player.id)}/virtual_items`;
    return relay(await callVendor({ origin: origin(c.req.url), path, query }));
  });

  // Last, so it answers only what no route above did (a mounted app's notFound is not used).
  app.all("*", (c) => noSuchMethod(c.req.raw));
  return app;
}
