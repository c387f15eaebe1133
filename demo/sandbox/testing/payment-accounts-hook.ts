/**
 * Test hooks for the players' saved payment accounts (issue 13), outside the emulated services
 * (no auth, not counted); the Pay Station page's "Save this card" and "Save this PayPal
 * account" are the real ways to save one.
 *
 * - `POST /__sandbox/payment-accounts` `{"user": "test-…", "card": "4000000000000002"}` saves
 *   one of the sandbox's test cards for a player of the demo project, as paying with "Save this
 *   card" ticked does, and answers the account as the Merchant API lists it;
 * - `POST /__sandbox/payment-accounts` `{"user": "test-…", "paypal": "player@example.com"}`
 *   saves a PayPal account of that e-mail address for the player, as paying on the Pay Station
 *   page with PayPal and "Save this PayPal account" does, and answers it the same way;
 * - `POST /__sandbox/payment-accounts/reset` `{"user": "test-…"}` forgets every account the
 *   player has (the demo player gets the seed's Visa back, as at sandbox start) and answers
 *   the list that is left.
 */
import { Hono } from "hono";
import { DEMO_USER_ID, findPlayer } from "../data/players";
import { DEMO_PROJECT_ID } from "../shared/config";
import { isObject, readJson } from "../shared/request-body";
import { DEMO_SAVED_CARD, type PaymentAccountRegistry } from "../vendor/payment-accounts";
import { renderAccount } from "../vendor/payment-accounts-api";
import { EMAIL } from "../vendor/paystation";
import { findTestCard } from "../vendor/paystation-cards";

const refuse = (message: string) => Response.json({ error: message }, { status: 422 });

export function createPaymentAccountsHook(accounts: PaymentAccountRegistry) {
  const app = new Hono().basePath("/__sandbox/payment-accounts");

  /** The player a hook's body names, or the refusal saying why not. */
  async function playerOf(
    request: Request,
  ): Promise<{ user: string; card?: unknown; paypal?: unknown } | Response> {
    const body = await readJson(request);
    if (!isObject(body) || typeof body.user !== "string")
      return refuse('Send {"user": "test-…"} as JSON.');
    if (!findPlayer(body.user))
      return refuse(`No demo or test player ${JSON.stringify(body.user)}.`);
    return { user: body.user, card: body.card, paypal: body.paypal };
  }

  app.post("/", async (c) => {
    const named = await playerOf(c.req.raw);
    if (named instanceof Response) return named;
    if (named.card !== undefined && named.paypal !== undefined)
      return refuse('Send either "card" or "paypal", not both.');
    if (named.paypal !== undefined) {
      const email = typeof named.paypal === "string" ? named.paypal.trim() : "";
      if (!EMAIL.test(email))
        return refuse(`No e-mail address for PayPal in ${JSON.stringify(named.paypal)}.`);
      return c.json(renderAccount(accounts.savePaypal(DEMO_PROJECT_ID, named.user, email)), 201);
    }
    const card = typeof named.card === "string" ? findTestCard(named.card) : undefined;
    if (!card) return refuse(`No sandbox test card ${JSON.stringify(named.card)}.`);
    return c.json(renderAccount(accounts.saveCard(DEMO_PROJECT_ID, named.user, card)), 201);
  });

  app.post("/reset", async (c) => {
    const named = await playerOf(c.req.raw);
    if (named instanceof Response) return named;
    for (const account of [...accounts.list(DEMO_PROJECT_ID, named.user)]) {
      accounts.remove(DEMO_PROJECT_ID, named.user, account.type, account.id);
    }
    const demoCard = named.user === DEMO_USER_ID ? findTestCard(DEMO_SAVED_CARD) : undefined;
    if (demoCard) accounts.saveCard(DEMO_PROJECT_ID, named.user, demoCard);
    return c.json(accounts.list(DEMO_PROJECT_ID, named.user).map(renderAccount));
  });

  return app;
}
