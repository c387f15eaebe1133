/**
 * The Merchant API's saved payment accounts (seed 002 ~1714-1975), behind its Basic auth:
 *
 * - `GET /projects/{project_id}/users/{user_id}/payment_accounts`: the player's accounts, a
 *   bare array of `{type, id, name, payment_system}`;
 * - `DELETE .../payment_accounts/{type}/{account_id}`: 204, no body;
 * - `POST .../payments/{type}/{account_id}` with `user.ip` and a purchase of virtual currency
 *   or a money amount (`checkout`): 201 `{"transaction_id"}`. A successful charge is delivered
 *   as a Pay Station payment is (fulfilment.ts): the gold credited, a `payment` transaction
 *   written, the webhook sent. An account made from one of the seed's failing test cards
 *   answers 402 "Request Failed" (the seed's general errors: valid, but it failed), and
 *   nothing is charged, so the widget can fall back to Pay Station. A PayPal account
 *   (`type` `paypal`) is charged the same way and always succeeds.
 *
 * The seed lists no errors of these calls, so they are its general ones: 404 for an unknown
 * user or an account the player does not have, 422 for invalid parameters.
 */
import { Hono } from "hono";
import { projectFromParam } from "../data/catalog";
import type { Catalog } from "../data/catalog-types";
import type { Clock } from "../shared/clock";
import { merchantError, merchantInvalid, unlessJsonContentType } from "../shared/errors";
import { isObject, readJson } from "../shared/request-body";
import type { Fulfilment } from "./fulfilment";
import { pricingForCountry } from "./money";
import type { PaymentAccount, PaymentAccountRegistry } from "./payment-accounts";
import { FAILURE_REASONS } from "./paystation-cards";
import type { CardPaymentRecord, TokenRecord, TokenRegistry } from "./paystation-tokens";
import type { PlayerRegistry } from "./player-registry";
import { checkPurchase, resolvePurchase } from "./token-request";

export const CHARGE_FAILED = "Request Failed";

/** What a charge may buy (seed ~1800-1825): currency or an amount, and its description. */
const CHARGEABLE = ["virtual_currency", "checkout", "description"];

export interface PaymentAccountsDeps {
  clock: Clock;
  players: PlayerRegistry;
  tokens: TokenRegistry;
  fulfilment: Pick<Fulfilment, "deliverPayment">;
  paymentAccounts: PaymentAccountRegistry;
}

export function renderAccount(account: PaymentAccount) {
  return {
    type: account.type,
    id: account.id,
    name: account.name,
    payment_system: { ...account.paymentSystem },
  };
}

type Charge = {
  ip: string;
  name: string | null;
  sandbox: boolean;
  purchase: Parameters<typeof resolvePurchase>[1];
};

/** Checks a charge's body; the Merchant API's 422 naming each problem, or the charge. */
function checkCharge(body: unknown): Charge | Response {
  const errors: Record<string, string[]> = {};
  const user = isObject(body) && isObject(body.user) ? body.user : {};
  const purchase = isObject(body) && isObject(body.purchase) ? body.purchase : {};
  const settings = isObject(body) && isObject(body.settings) ? body.settings : {};
  if (typeof user.ip !== "string" || user.ip.trim() === "") {
    errors["user.ip"] = ["The user's IP address is required"];
  }
  if (user.name !== undefined && typeof user.name !== "string") {
    errors["user.name"] = ["The user's name must be a string"];
  }
  for (const key of Object.keys(purchase)) {
    if (!CHARGEABLE.includes(key)) {
      errors[`purchase.${key}`] = ["A charge buys virtual_currency or a checkout amount only"];
    }
  }
  const buys = ["virtual_currency", "checkout"].filter((key) => purchase[key] !== undefined);
  if (buys.length !== 1) {
    errors.purchase = ["Give either purchase.virtual_currency or purchase.checkout"];
  }
  const checked = checkPurchase(purchase);
  if (!checked.ok) Object.assign(errors, checked.errors);
  if (!checked.ok || Object.keys(errors).length > 0) return merchantInvalid(errors);
  return {
    ip: String(user.ip),
    name: typeof user.name === "string" ? user.name : null,
    sandbox: settings.mode === "sandbox",
    purchase: checked.value,
  };
}

export function createPaymentAccountsApi(deps: PaymentAccountsDeps) {
  const { players, paymentAccounts } = deps;
  const app = new Hono();
  const user = "/projects/:projectId/users/:userId";

  /** The project and the player the path names, or the 404 the vendor answers. */
  function whose(projectId: string, userId: string): { catalog: Catalog } | Response {
    const catalog = projectFromParam(projectId);
    if (!catalog) return merchantError(404, "Not Found", `Project ${projectId} not found.`);
    if (!players.find(catalog, userId)) {
      return merchantError(404, "Not Found", `User ${userId} not found in this project.`);
    }
    return { catalog };
  }

  function accountOf(catalog: Catalog, userId: string, type: string, rawId: string) {
    const id = /^\d{1,9}$/.test(rawId) ? Number(rawId) : Number.NaN;
    const account = paymentAccounts.find(catalog.projectId, userId, type, id);
    if (account) return account;
    return merchantError(
      404,
      "Not Found",
      `User ${userId} has no saved ${type} payment account ${rawId}.`,
    );
  }

  app.get(`${user}/payment_accounts`, (c) => {
    const userId = c.req.param("userId");
    const hit = whose(c.req.param("projectId"), userId);
    if (hit instanceof Response) return hit;
    return c.json(paymentAccounts.list(hit.catalog.projectId, userId).map(renderAccount));
  });

  app.delete(`${user}/payment_accounts/:type/:accountId`, (c) => {
    const userId = c.req.param("userId");
    const hit = whose(c.req.param("projectId"), userId);
    if (hit instanceof Response) return hit;
    const account = accountOf(hit.catalog, userId, c.req.param("type"), c.req.param("accountId"));
    if (account instanceof Response) return account;
    paymentAccounts.remove(hit.catalog.projectId, userId, account.type, account.id);
    return c.body(null, 204);
  });

  app.post(`${user}/payments/:type/:accountId`, async (c) => {
    const notJson = unlessJsonContentType(c.req.header("Content-Type"));
    if (notJson) return notJson;
    const body = await readJson(c.req.raw);
    if (body === undefined) return merchantError(400, "Bad Request", "The body is not JSON.");
    const userId = c.req.param("userId");
    const hit = whose(c.req.param("projectId"), userId);
    if (hit instanceof Response) return hit;
    const { catalog } = hit;
    const account = accountOf(catalog, userId, c.req.param("type"), c.req.param("accountId"));
    if (account instanceof Response) return account;
    const charge = checkCharge(body);
    if (charge instanceof Response) return charge;

    const player = players.get(catalog, userId);
    // Virtual currency is priced in the player's country's currency, as the Store API does.
    const currency =
      charge.purchase.checkout?.currency ?? pricingForCountry(player.country ?? undefined).currency;
    const resolved = resolvePurchase(catalog, charge.purchase, currency, "en");
    if (!resolved.ok) return merchantInvalid(resolved.errors, resolved.global);

    if (account.result !== "success") {
      const reason = FAILURE_REASONS[account.result];
      return merchantError(402, CHARGE_FAILED, {
        reason: account.result,
        description: `The saved ${account.type} ${account.name} was refused: ${reason}.`,
      });
    }

    const now = deps.clock.now();
    const payment: CardPaymentRecord = {
      invoice: deps.tokens.nextInvoice(),
      at: now,
      card: "success",
      brand: account.brand,
      // A PayPal account has no card digits; its record names none.
      last4: account.type === "card" ? account.name.slice(-4) : "",
      threeDSecure: false,
      status: "done",
      errorReason: null,
    };
    // The charge is delivered as a token's payment would be; this record is never issued.
    const record: TokenRecord = {
      token: `saved-account-${payment.invoice}`,
      kind: "merchant",
      createdAt: now,
      expiresAt: now,
      sandbox: charge.sandbox,
      projectId: catalog.projectId,
      user: { id: userId, ...(charge.name ? { name: charge.name } : {}) },
      currency: resolved.value.purchase.currency,
      language: "en",
      size: "medium",
      purchase: resolved.value.purchase,
      gift: null,
      customParameters: {},
      returnUrl: null,
      externalId: null,
      orderId: null,
      stepMs: null,
      payments: [payment],
    };
    await deps.fulfilment.deliverPayment(record, payment);
    return c.json({ transaction_id: payment.invoice }, 201);
  });

  return app;
}
