/**
 * The emulated Pay Station: its page (`/paystation2/?access_token=` for Merchant API tokens,
 * `/paystation4/?token=` for Store ones; demo/paystation/ holds the page's files) and the
 * JSON endpoints the page calls on its own origin: what a token stands for, and paying with a
 * test card (saved for the player with `save_card`, the page's "Save this card"), with a
 * stand-in PayPal account named by its e-mail address (`paypal: {email}`, saved with
 * `save_paypal`, "Save this PayPal account"; no real PayPal, and it always goes through) or,
 * for items sold only for virtual currency, from the player's balance. A gift to
 * several friends names the friend who receives it (`receiver`) when it is paid. A payment
 * is recorded on its token, so tests can see what was and was not paid; a successful one is
 * delivered (fulfilment.ts) before the page is answered.
 */
import { join } from "node:path";
import { Hono } from "hono";
import { type Clock, isoDate } from "../shared/clock";
import { readJson } from "../shared/request-body";
import { serveFile } from "../shared/static-files";
import type { FriendsListClient } from "./friends-list-client";
import type { Fulfilment } from "./fulfilment";
import type { PaymentAccountRegistry } from "./payment-accounts";
import { FAILURE_REASONS, findTestCard, normalizeCardNumber } from "./paystation-cards";
import {
  type BalancePaymentRecord,
  type CardPaymentRecord,
  type PaymentRecord,
  type TokenRecord,
  type TokenRegistry,
  UI_SIZES,
  type VirtualPrice,
} from "./paystation-tokens";

/**
 * Pay Station's policy: its own origin only, nothing inline, and any page may frame it (the
 * embedding site is not known in advance; the message protocol checks who is who).
 */
export const PAYSTATION_CSP = "default-src 'self'; base-uri 'none'; frame-ancestors *";

/** The default delay between the page's status steps, in ms. */
export const DEFAULT_STEP_MS = 300;

/** The page's code 0004-0001 (seed 002 ~line 889). */
export const TOKEN_INVALID = { code: "0004-0001", message: "Token expired or invalid" } as const;

/** Who pays, when the token names no e-mail address. */
export const DEFAULT_EMAIL = "player@example.com";
export const DEFAULT_COUNTRY = "US";

/** Files of the page, served from demo/paystation/. */
const PAGE_FILES = /^(page\.js|page\.css|third-party\.html|third-party\.js)$/;

export interface PayStationDeps {
  root: string;
  clock: Clock;
  tokens: TokenRegistry;
  fulfilment: Pick<Fulfilment, "deliverPayment" | "chargeBalance">;
  stepMs?: number;
  /** Asks the game for a giver's friends (seed 004's signed friend list request). */
  friendsList?: FriendsListClient;
  /**
   * Where a card or PayPal account paid with "Save this …" is kept (the Merchant API's payment
   * accounts).
   */
  paymentAccounts?: PaymentAccountRegistry;
}

/** Enough of an e-mail address for the stand-in PayPal: something, one @, a dotted domain. */
export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** How many of the giver's friends the page offers when the token names none. */
export const GIVER_FRIENDS_LIMIT = 50;

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json", "Cache-Control": "no-store" },
  });
}

const tokenInvalid = () => json(401, { error: TOKEN_INVALID });

function invalidCard(
  field: "number" | "expiry" | "cvv" | "receiver" | "email",
  message: string,
): Response {
  return json(422, { error: { code: "validation", field, message } });
}

/**
 * Records who receives a gift to several friends: the friend the page sent as `receiver`, one
 * of the token's (or of the giver's friend list, for a token that named none). Answers the
 * page's 422 when there is no such choice; null when the payment may go on (a gift to one
 * friend needs no choice, and a gift already delivered keeps its receiver).
 */
export function chooseReceiver(record: TokenRecord, receiver: unknown): Response | null {
  const gift = record.gift;
  if (!gift || gift.friends.length === 1) return null;
  if (record.payments.some((payment) => payment.status === "done")) return null;
  const friend = gift.friends.find((candidate) => candidate.id === receiver);
  if (!friend) return invalidCard("receiver", "Choose who receives the gift.");
  gift.receiverId = friend.id;
  return null;
}

/** What the page shows for a token. */
export function describeToken(record: TokenRecord, defaultStepMs: number) {
  const { user, purchase } = record;
  return {
    kind: record.kind,
    sandbox: record.sandbox,
    project_id: record.projectId,
    language: record.language,
    size: { name: record.size, ...UI_SIZES[record.size] },
    step_ms: record.stepMs ?? defaultStepMs,
    user: {
      id: user.id,
      name: user.name ?? null,
      email: user.email ?? DEFAULT_EMAIL,
      country: user.country ?? DEFAULT_COUNTRY,
    },
    purchase: {
      description: purchase.description,
      amount: purchase.amount,
      currency: purchase.currency,
      items: purchase.items.map(({ virtualPrice, ...line }) =>
        virtualPrice ? { ...line, virtual_price: virtualPrice } : line,
      ),
      virtual_currency_amount: purchase.virtualCurrencyAmount,
      // Set when the page takes the price from the player's balance instead of a card.
      virtual_price: purchase.virtualPrice,
    },
    gift: record.gift,
    order_id: record.orderId,
    expires_at: record.expiresAt === null ? null : isoDate(record.expiresAt),
  };
}

/** The `status` message data of each step a payment walks through, in order. */
export function statusSteps(record: TokenRecord, payment: PaymentRecord) {
  const statuses =
    payment.status === "done"
      ? (["invoice", "delivering", "done"] as const)
      : (["invoice", "troubled"] as const);
  return statuses.map((status) => ({
    paymentInfo: {
      email: record.user.email ?? DEFAULT_EMAIL,
      invoice: payment.invoice,
      status,
      userId: record.user.id,
      virtualCurrencyAmount: record.purchase.virtualCurrencyAmount,
      ...(status === "troubled" ? { errorReason: payment.errorReason } : {}),
    },
  }));
}

export function createPayStation(deps: PayStationDeps) {
  const { tokens, fulfilment } = deps;
  const pageDir = join(deps.root, "demo", "paystation");
  const stepMs = deps.stepMs ?? DEFAULT_STEP_MS;
  const app = new Hono();
  const page = { headers: { "Cache-Control": "no-store" }, csp: PAYSTATION_CSP };

  for (const path of ["/paystation2", "/paystation2/", "/paystation4", "/paystation4/"]) {
    app.get(path, () => serveFile(pageDir, "index.html", page));
  }
  app.get("/paystation/:file", (c) => {
    const file = c.req.param("file");
    if (PAGE_FILES.test(file)) return serveFile(pageDir, file, page);
    return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain" } });
  });

  app.get("/paystation/api/token", (c) => {
    const found = tokens.find(c.req.query("token") ?? "");
    if (found.state !== "valid") return tokenInvalid();
    return json(200, describeToken(found.record, stepMs));
  });

  /**
   * A gift whose token names no friends: Pay Station asks the game's webhook URL for the
   * giver's friends with a signed friend list request, and offers the first page of them. The
   * friends become the token's, so the payment's `receiver` is checked against them.
   */
  app.get("/paystation/api/friends", async (c) => {
    const found = tokens.find(c.req.query("token") ?? "");
    if (found.state !== "valid") return tokenInvalid();
    const { record } = found;
    const gift = record.gift;
    if (!gift)
      return json(404, { error: { code: "no-gift", message: "This purchase is not a gift" } });
    if (gift.friends.length === 0 && deps.friendsList) {
      const answer = await deps.friendsList({ user: record.user.id, limit: GIVER_FRIENDS_LIMIT });
      if (!answer.ok) return json(502, { error: { code: "friends-list", message: answer.reason } });
      gift.friends = answer.friends.map(({ id, name, email }) => ({
        id,
        name,
        ...(email === null ? {} : { email }),
      }));
      if (gift.friends.length === 1) gift.receiverId = gift.friends[0]?.id ?? null;
    }
    return json(200, { friends: gift.friends });
  });

  /**
   * Pays a purchase of items sold only for virtual currency from the player's balance: no card,
   * but the same invoice, record, delivery and status steps as a card payment.
   */
  async function payFromBalance(record: TokenRecord, price: VirtualPrice) {
    const reason = fulfilment.chargeBalance(record);
    const payment: BalancePaymentRecord = {
      invoice: tokens.nextInvoice(),
      at: deps.clock.now(),
      virtualPrice: price,
      status: reason === null ? "done" : "troubled",
      errorReason: reason,
    };
    record.payments.push(payment);
    if (reason === null) await fulfilment.deliverPayment(record, payment);
    return json(200, {
      invoice: payment.invoice,
      result: reason === null ? "success" : "failed",
      virtual_price: price,
      three_d_secure: false,
      error_reason: reason,
      steps: statusSteps(record, payment),
    });
  }

  /**
   * Pays with a PayPal account, the sandbox's stand-in: no PayPal is asked, the e-mail address
   * names the account, and the payment goes through, delivered as a card's is. "Save this
   * PayPal account" saves it as the test hook does (payment-accounts.ts).
   */
  async function payWithPaypal(record: TokenRecord, paypal: { email?: unknown }, save: boolean) {
    const email = typeof paypal.email === "string" ? paypal.email.trim() : "";
    if (!EMAIL.test(email))
      return invalidCard("email", "Enter the e-mail address of your PayPal account.");
    if (save) deps.paymentAccounts?.savePaypal(record.projectId, record.user.id, email);
    const payment: CardPaymentRecord = {
      invoice: tokens.nextInvoice(),
      at: deps.clock.now(),
      card: "success",
      brand: "PayPal",
      // A PayPal account has no card digits; its record names none, as a saved one's charge.
      last4: "",
      threeDSecure: false,
      status: "done",
      errorReason: null,
    };
    record.payments.push(payment);
    await fulfilment.deliverPayment(record, payment);
    return json(200, {
      invoice: payment.invoice,
      result: payment.card,
      paypal: { email },
      three_d_secure: false,
      error_reason: null,
      steps: statusSteps(record, payment),
    });
  }

  app.post("/paystation/api/pay", async (c) => {
    const body = await readJson(c.req.raw);
    const { token, card, paypal, receiver, save_card, save_paypal } = (
      typeof body === "object" && body !== null ? body : {}
    ) as {
      token?: unknown;
      card?: { number?: unknown; expiry?: unknown; cvv?: unknown };
      paypal?: { email?: unknown };
      receiver?: unknown;
      save_card?: unknown;
      save_paypal?: unknown;
    };
    const found = tokens.find(typeof token === "string" ? token : "");
    if (found.state !== "valid") return tokenInvalid();
    const { record } = found;
    const noReceiver = chooseReceiver(record, receiver);
    if (noReceiver) return noReceiver;
    // The token decides how it is paid: a purchase priced in virtual currency is paid from the
    // balance, whatever card the request names.
    const price = record.purchase.virtualPrice;
    if (price) return payFromBalance(record, price);
    if (typeof paypal === "object" && paypal !== null)
      return payWithPaypal(record, paypal, save_paypal === true);

    const number = typeof card?.number === "string" ? normalizeCardNumber(card.number) : "";
    if (!/^\d{12,19}$/.test(number)) return invalidCard("number", "Enter a card number.");
    const testCard = findTestCard(number);
    if (!testCard) {
      return invalidCard(
        "number",
        "This is not a sandbox test card. Use one such as 4111 1111 1111 1111.",
      );
    }
    if (card?.expiry !== undefined && !/^(0[1-9]|1[0-2])\/\d{2}$/.test(String(card.expiry)))
      return invalidCard("expiry", "Enter the expiry date as MM/YY.");
    if (card?.cvv !== undefined && !/^\d{3,4}$/.test(String(card.cvv)))
      return invalidCard("cvv", "Enter the 3 or 4 digits of the security code.");

    // The card is saved as it is entered, before it is charged: a card that is then refused
    // stays saved and is refused again when charged (the widget's fallback to Pay Station).
    if (save_card === true)
      deps.paymentAccounts?.saveCard(record.projectId, record.user.id, testCard);
    const failed = testCard.result !== "success";
    const payment: CardPaymentRecord = {
      invoice: tokens.nextInvoice(),
      at: deps.clock.now(),
      card: testCard.result,
      brand: testCard.brand,
      last4: number.slice(-4),
      threeDSecure: testCard.threeDSecure,
      status: failed ? "troubled" : "done",
      errorReason: testCard.result === "success" ? null : FAILURE_REASONS[testCard.result],
    };
    record.payments.push(payment);
    if (!failed) await fulfilment.deliverPayment(record, payment);

    return json(200, {
      invoice: payment.invoice,
      result: payment.card,
      card: { brand: payment.brand, last4: payment.last4 },
      three_d_secure: payment.threeDSecure,
      error_reason: payment.errorReason,
      steps: statusSteps(record, payment),
    });
  });

  return app;
}
