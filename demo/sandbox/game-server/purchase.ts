/**
 * What the game server does when its signed-in player buys or claims from the widget:
 *
 * - `POST /token` (CONTRACTS.md, "The widget's token endpoint"): the browser proposes a
 *   purchase and its currency and language; the game server builds the whole token request
 *   with the player from its session and asks the vendor for a Pay Station token.
 * - `POST /v2/project/{project_id}/free/item/{item_sku}`: the Store API's free claim path
 *   below the game server, so the widget claims the same way on both backends; the game
 *   server makes the claim server to server for its player.
 *
 * Nothing the browser says about who is buying is used: the user, the project and the gift's
 * giver come from the server's own session and configuration.
 */
import { Hono } from "hono";
import { findFriend } from "../data/friends";
import type { DemoPlayer } from "../data/players";
import { DEMO_PROJECT_ID, MERCHANT_ID } from "../shared/config";
import {
  merchantError,
  merchantInvalid,
  storeError,
  unlessJsonContentType,
} from "../shared/errors";
import { isObject, readJson, readOptionalJson } from "../shared/request-body";
import type { Sessions } from "./session";
import { relay, type VendorClient } from "./vendor-client";

/** What the game server tells the vendor about every purchase, returned in its webhook. */
export const CUSTOM_PARAMETERS = { source: "storefront-widget", server: "aetherfall-eu-1" };

type Json = Record<string, unknown>;

/** The seed's user object (002 ~line 330) for a player. */
export function tokenUser(player: DemoPlayer) {
  return {
    id: { value: player.id, hidden: true },
    name: { value: player.name },
    email: { value: player.email, allow_modify: true, hidden: false },
    country: { value: player.country },
  };
}

/**
 * What the browser may propose: which things to buy, and a gift. A `checkout` (a free amount),
 * a `description` or anything else the seed's token takes is the game server's to set, never
 * the browser's, so it is dropped here.
 */
const PROPOSABLE = ["virtual_currency", "virtual_items", "subscription", "gift"] as const;

/** The purchase as proposed, cut to what a browser may ask for, with the gift's giver made the signed-in player. */
function ownPurchase(purchase: unknown, player: DemoPlayer): unknown {
  if (!isObject(purchase)) return purchase;
  const allowed: Json = {};
  for (const key of PROPOSABLE) if (purchase[key] !== undefined) allowed[key] = purchase[key];
  if (isObject(allowed.gift)) allowed.gift = { ...allowed.gift, giver_id: player.id };
  return allowed;
}

/** At most this many friends in one gift (seed 004); the vendor refuses more too. */
export const MAX_GIFT_FRIENDS = 100;

/**
 * Checks a proposed gift against the player's own friend list: at most 100 friends, each a
 * friend of the player. Answers the Merchant API's 422 naming each problem
 * (`purchase.gift.friends[2].id`), or the gift with each friend's name and e-mail address taken
 * from the list (a browser may send anything there), or the gift as it was when it has no
 * friends array to check (the vendor's own schema refuses a malformed one).
 */
export function checkGift(gift: unknown, player: DemoPlayer): unknown {
  if (!isObject(gift) || !Array.isArray(gift.friends)) return gift;
  if (gift.friends.length > MAX_GIFT_FRIENDS) {
    return merchantInvalid({
      "purchase.gift.friends": [
        `A gift goes to at most ${MAX_GIFT_FRIENDS} friends; got ${gift.friends.length}`,
      ],
    });
  }
  const errors: Record<string, string[]> = {};
  const friends = gift.friends.map((friend, i) => {
    const id = isObject(friend) ? friend.id : undefined;
    // Not a friend's id at all: left for the vendor's schema, which names it.
    if (typeof id !== "string" || id === "") return friend;
    const known = findFriend(player.id, id);
    if (!known) {
      errors[`purchase.gift.friends[${i}].id`] = [
        `${JSON.stringify(id)} is not a friend of the signed-in player`,
      ];
      return friend;
    }
    return { id: known.id, name: known.name, email: known.email };
  });
  if (Object.keys(errors).length > 0) return merchantInvalid(errors);
  return { ...gift, friends };
}

/** The full token request for the player, from the browser's `{purchase, settings}`. */
export function buildTokenRequest(body: Json, player: DemoPlayer) {
  const settings = isObject(body.settings) ? body.settings : {};
  return {
    user: tokenUser(player),
    settings: {
      project_id: DEMO_PROJECT_ID,
      ...(settings.currency === undefined ? {} : { currency: settings.currency }),
      ...(settings.language === undefined ? {} : { language: settings.language }),
      mode: "sandbox",
      ui: { size: "medium" },
    },
    ...(body.purchase === undefined ? {} : { purchase: ownPurchase(body.purchase, player) }),
    custom_parameters: CUSTOM_PARAMETERS,
  };
}

export function createPurchaseApi(sessions: Sessions, callVendor: VendorClient) {
  const app = new Hono();

  app.post("/token", async (c) => {
    const notJson = unlessJsonContentType(c.req.header("Content-Type"));
    if (notJson) return notJson;
    const player = sessions.playerOf(c);
    if (!player) {
      return merchantError(
        401,
        "Sign in to buy",
        "There is no signed-in player in this session. Sign in to the game and try again.",
      );
    }
    const body = await readJson(c.req.raw);
    if (!isObject(body)) {
      return merchantError(
        400,
        "Bad Request",
        'The request body must be a JSON object: {"purchase": {...}, "settings": {...}}.',
      );
    }
    const request = buildTokenRequest(body, player);
    if (isObject(request.purchase) && request.purchase.gift !== undefined) {
      const gift = checkGift(request.purchase.gift, player);
      if (gift instanceof Response) return gift;
      request.purchase = { ...request.purchase, gift };
    }
    const answer = await callVendor({
      origin: new URL(c.req.url).origin,
      path: `/merchants/${MERCHANT_ID}/token`,
      method: "POST",
      body: request,
    });
    return relay(answer);
  });

  app.post("/v2/project/:projectId/free/item/:sku", async (c) => {
    const player = sessions.playerOf(c);
    if (!player) return storeError(401, 1501, "Authorization failed: sign in to claim free items");
    // This game server sells one project, whatever project the browser names.
    if (c.req.param("projectId") !== String(DEMO_PROJECT_ID))
      return storeError(404, 1001, `Project ${c.req.param("projectId")} not found`);
    const body = await readOptionalJson(c.req.raw);
    if (!isObject(body)) {
      return storeError(422, 1102, "Unprocessable Entity", [
        { property: "body", message: "The request body must be a JSON object" },
      ]);
    }
    const answer = await callVendor({
      origin: new URL(c.req.url).origin,
      path: `/projects/${encodeURIComponent(c.req.param("projectId"))}/users/${encodeURIComponent(player.id)}/free/item/${encodeURIComponent(c.req.param("sku"))}`,
      method: "POST",
      // One at a time, as the widget claims; a browser asking for more gets one.
      body: { quantity: 1 },
    });
    return relay(answer);
  });

  return app;
}
