/**
 * The player's saved payment accounts on the merchant backend (issue 13, seed 002
 * ~1714-1975), under the game server's `/merchant/v2` like the other account calls
 * (account.ts): list, remove, and charge one for a currency package or an item, always for
 * the player of the session (a path naming anyone else but `me` is refused with 403; signed
 * out, 401).
 *
 * A charge is built here, never forwarded: the browser proposes what to buy as it does for a
 * token (`{"purchase": {"virtual_currency": {"quantity"}}}` or `{"purchase": {"virtual_items":
 * {"items": [{"sku", "amount": 1}]}}, "settings": {"currency", "language"}}`). The vendor
 * prices a package from its packages; an item the game server prices, charges as a money
 * amount and then grants itself (one-click-item.ts), as the vendor's charge takes no item. The
 * game server adds what only it knows: the player's name and IP address (`user.ip`, which the
 * vendor requires), taken from the connection, never from a header a browser could set. A
 * money amount (`checkout`) is the game server's to set, so a browser's is refused.
 */
import type { IncomingMessage } from "node:http";
import { type Context, Hono } from "hono";
import { merchantError, merchantInvalid, unlessJsonContentType } from "../shared/errors";
import { isObject, readJson } from "../shared/request-body";
import { notYours, signIn } from "./account";
import { chargeItem, type ProposedItem, proposedItem } from "./one-click-item";
import type { Sessions } from "./session";
import { relay, type VendorClient } from "./vendor-client";

/** The IP address a charge names when the connection has none (an in-process request). */
export const LOCAL_IP = "127.0.0.1";

/** The player's IP address: the socket's remote address, IPv4 without its IPv6 wrapping. */
export function playerIp(c: Context): string {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  const address = incoming?.socket?.remoteAddress;
  if (!address) return LOCAL_IP;
  return address.startsWith("::ffff:") ? address.slice("::ffff:".length) : address;
}

const segment = (c: Context, name: string) => encodeURIComponent(c.req.param(name) ?? "");

/**
 * What the browser proposes: a quantity of virtual currency, or one item (the only other thing
 * it may propose); a 422 when it is neither.
 */
function proposal(body: Record<string, unknown>): number | ProposedItem | Response {
  const purchase = isObject(body.purchase) ? body.purchase : {};
  const vc = isObject(purchase.virtual_currency) ? purchase.virtual_currency : {};
  if (purchase.checkout !== undefined) {
    return merchantInvalid({
      "purchase.checkout": ["The game server sets a charge's money amount, not the browser"],
    });
  }
  if (purchase.virtual_items !== undefined) {
    if (purchase.virtual_currency !== undefined) {
      return merchantInvalid({
        purchase: ["Propose either virtual_currency or virtual_items, not both"],
      });
    }
    return proposedItem(body);
  }
  const quantity = vc.quantity;
  if (typeof quantity !== "number" || !Number.isFinite(quantity) || quantity <= 0) {
    return merchantInvalid({
      "purchase.virtual_currency.quantity": ["Give the quantity of virtual currency to buy"],
    });
  }
  return quantity;
}

export function createPaymentAccountsProxy(sessions: Sessions, callVendor: VendorClient) {
  const app = new Hono();
  const user = "/merchant/v2/projects/:projectId/users/:userId";
  const origin = (c: Context) => new URL(c.req.url).origin;

  /** The signed-in player whose path it is, or the answer refusing the request. */
  function playerFor(c: Context) {
    const player = sessions.playerOf(c);
    if (!player) return signIn();
    const named = c.req.param("userId");
    if (named !== "me" && named !== player.id) return notYours();
    return player;
  }

  const base = (c: Context, id: string) =>
    `/projects/${segment(c, "projectId")}/users/${encodeURIComponent(id)}`;

  app.get(`${user}/payment_accounts`, async (c) => {
    const player = playerFor(c);
    if (player instanceof Response) return player;
    return relay(
      await callVendor({ origin: origin(c), path: `${base(c, player.id)}/payment_accounts` }),
    );
  });

  app.delete(`${user}/payment_accounts/:type/:accountId`, async (c) => {
    // The POST guard of index.ts, for this call: another site must not remove a card.
    if (c.req.header("Sec-Fetch-Site") === "cross-site") {
      return merchantError(403, "Forbidden", "Requests from other sites are not accepted.");
    }
    const player = playerFor(c);
    if (player instanceof Response) return player;
    const path = `${base(c, player.id)}/payment_accounts/${segment(c, "type")}/${segment(c, "accountId")}`;
    const answer = await callVendor({ origin: origin(c), path, method: "DELETE" });
    if (answer.status === 204)
      return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
    return relay(answer);
  });

  app.post(`${user}/payments/:type/:accountId`, async (c) => {
    const notJson = unlessJsonContentType(c.req.header("Content-Type"));
    if (notJson) return notJson;
    const player = playerFor(c);
    if (player instanceof Response) return player;
    const body = await readJson(c.req.raw);
    if (!isObject(body)) {
      return merchantError(
        400,
        "Bad Request",
        'The body must be a JSON object: {"purchase": {...}}.',
      );
    }
    const quantity = proposal(body);
    if (quantity instanceof Response) return quantity;
    const account = `/payments/${segment(c, "type")}/${segment(c, "accountId")}`;
    if (typeof quantity !== "number") {
      return chargeItem(
        {
          callVendor,
          origin: origin(c),
          projectId: segment(c, "projectId"),
          player,
          account,
          ip: playerIp(c),
        },
        quantity,
      );
    }
    const path = `${base(c, player.id)}${account}`;
    const charge = {
      user: { ip: playerIp(c), name: player.name },
      purchase: { virtual_currency: { quantity } },
      settings: { mode: "sandbox" },
    };
    return relay(await callVendor({ origin: origin(c), path, method: "POST", body: charge }));
  });

  return app;
}
