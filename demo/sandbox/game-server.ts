/**
 * What a studio's own game server does for the widget. For now: proxy the Merchant API's
 * storefront reads, adding the merchant's credentials, which never reach a browser. The
 * vendor is called in-process (no socket), as if it were across the network.
 */
import { Hono } from "hono";
import { MERCHANT_API_KEY, MERCHANT_ID } from "./config";
import { noSuchMethod } from "./errors";
import { MERCHANT_BASE } from "./vendor-merchant";

export const GAME_BASE = "/game";
/** Who a signed-out visitor is, as far as the vendor's storefront reads are concerned. */
export const GUEST_USER_ID = "guest";

/** Anything that answers a Request, such as a Hono app. */
export interface Upstream {
  fetch(request: Request): Response | Promise<Response>;
}

const basicAuth = `Basic ${Buffer.from(`${MERCHANT_ID}:${MERCHANT_API_KEY}`).toString("base64")}`;

export function createGameServer(vendor: Upstream) {
  const app = new Hono().basePath(GAME_BASE);

  app.get("/merchant/v2/projects/:projectId/storefront/*", async (c) => {
    const url = new URL(c.req.url);
    url.pathname = url.pathname.replace(`${GAME_BASE}/merchant/v2`, MERCHANT_BASE);
    // The Merchant API wants a user for every read. A signed-out visitor still sees the store
    // (free items included), so the game server reads it as a guest.
    if (!url.searchParams.get("user_id")) url.searchParams.set("user_id", GUEST_USER_ID);
    const answer = await vendor.fetch(
      new Request(url, { headers: { Authorization: basicAuth, Accept: "application/json" } }),
    );
    return new Response(answer.body, {
      status: answer.status,
      headers: { "Content-Type": answer.headers.get("Content-Type") ?? "application/json" },
    });
  });

  // Last, so it answers only what no route above did (a mounted app's notFound is not used).
  app.all("*", (c) => noSuchMethod(c.req.raw));
  return app;
}
