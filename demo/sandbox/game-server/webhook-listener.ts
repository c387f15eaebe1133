/**
 * The game server's webhook listener, `POST /webhooks/xsolla`: it checks
 * `Authorization: Signature <sha1(raw body + secret key)>` (seed 004; CONTRACTS.md section 4)
 * and answers 204, or 400 with Xsolla's listener error `{"error":{"code":"INVALID_SIGNATURE"}}`.
 * A real game would deliver the purchase here; the demo keeps a log of what arrived,
 * `GET /webhooks/log`, newest first: a summary of each webhook and its body, for the demo
 * page's panel and for tests.
 */
import { Hono } from "hono";
import { isoDate } from "../shared/clock";
import { isObject } from "../shared/request-body";
import { signatureMatches } from "../shared/webhook-signature";

/** How many webhooks the log keeps. */
export const WEBHOOK_LOG_LIMIT = 100;

export interface LoggedItem {
  sku: string;
  quantity: number;
  amount?: string | number;
}

export interface WebhookLogEntry {
  at: string;
  notification_type: string | null;
  /** Whether the signature was right; the rest of an invalid entry is what it claimed. */
  valid: boolean;
  /** The player the webhook is about: the Store's `user.external_id`, the payment's `user.id`. */
  user: string | null;
  order_id?: number;
  transaction_id?: number;
  items?: LoggedItem[];
  amount?: string | number;
  currency?: string | null;
  /** A gift's recipient (`receiver_ID`), giver (`giver_ID`), message and anonymity. */
  gift_to?: string;
  gift_from?: string;
  gift_message?: string;
  gift_anonymous?: boolean;
  /** The webhook as it arrived, parsed; null when it was not JSON. */
  body: unknown;
}

type Json = Record<string, unknown>;
const object = (value: unknown): Json => (isObject(value) ? value : {});
const text = (value: unknown): string | undefined =>
  typeof value === "string" ? value : typeof value === "number" ? String(value) : undefined;
const integer = (value: unknown): number | undefined =>
  typeof value === "number" && Number.isInteger(value) ? value : undefined;
const amountOf = (value: unknown): string | number | undefined =>
  typeof value === "string" || typeof value === "number" ? value : undefined;
const array = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

function parse(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

/** The Store's `order_paid` (seed 001). */
function orderPaid(body: Json): Partial<WebhookLogEntry> {
  const order = object(body.order);
  return {
    user: text(object(body.user).external_id) ?? null,
    order_id: integer(order.id),
    items: array(body.items).map((entry) => {
      const item = object(entry);
      return {
        sku: text(item.sku) ?? "",
        quantity: integer(item.quantity) ?? 0,
        amount: amountOf(item.amount),
      };
    }),
    amount: amountOf(order.amount),
    currency: text(order.currency) ?? null,
  };
}

/** The Merchant API's `payment` (seed 004): one section per kind of thing bought. */
function payment(body: Json): Partial<WebhookLogEntry> {
  const purchase = object(body.purchase);
  const items: LoggedItem[] = [];
  const vc = object(purchase.virtual_currency);
  if (text(vc.sku)) items.push({ sku: text(vc.sku) ?? "", quantity: integer(vc.quantity) ?? 0 });
  for (const entry of array(object(purchase.virtual_items).items)) {
    const item = object(entry);
    items.push({ sku: text(item.sku) ?? "", quantity: integer(item.amount) ?? 0 });
  }
  const plan = text(object(purchase.subscription).plan_id);
  if (plan) items.push({ sku: plan, quantity: 1 });
  const total = object(purchase.total);
  const gift = object(purchase.gift);
  return {
    user: text(object(body.user).id) ?? null,
    transaction_id: integer(object(body.transaction).id),
    items,
    amount: amountOf(total.amount),
    currency: text(total.currency) ?? null,
    ...(text(gift.receiver_ID)
      ? {
          gift_to: text(gift.receiver_ID),
          gift_from: text(gift.giver_ID),
          gift_message: text(gift.message),
          gift_anonymous:
            typeof gift.hide_giver_from_receiver === "boolean"
              ? gift.hide_giver_from_receiver
              : undefined,
        }
      : {}),
  };
}

/** What the log shows of a webhook, whatever it holds. */
export function summarize(body: unknown, valid: boolean, at: number): WebhookLogEntry {
  const json = object(body);
  const type = text(json.notification_type) ?? null;
  const details =
    type === "order_paid"
      ? orderPaid(json)
      : type === "payment"
        ? payment(json)
        : { user: text(object(json.user).id) ?? text(object(json.user).external_id) ?? null };
  const entry: WebhookLogEntry = {
    at: isoDate(at),
    notification_type: type,
    valid,
    user: null,
    ...details,
    body: body === undefined ? null : body,
  };
  // Leave out what the webhook did not say.
  for (const key of Object.keys(entry) as (keyof WebhookLogEntry)[]) {
    if (entry[key] === undefined) delete entry[key];
  }
  return entry;
}

export function createWebhookListener(secret: string, now: () => number) {
  const log: WebhookLogEntry[] = [];
  const app = new Hono();

  app.post("/webhooks/xsolla", async (c) => {
    const raw = await c.req.text();
    const valid = signatureMatches(c.req.header("Authorization"), raw, secret);
    const body = parse(raw);
    log.unshift(summarize(body, valid, now()));
    log.length = Math.min(log.length, WEBHOOK_LOG_LIMIT);
    if (!valid) {
      return c.json({ error: { code: "INVALID_SIGNATURE", message: "Invalid signature" } }, 400);
    }
    if (!isObject(body)) {
      return c.json(
        { error: { code: "INVALID_PARAMETER", message: "The body is not a JSON object" } },
        400,
      );
    }
    return c.body(null, 204);
  });

  app.get("/webhooks/log", (c) => {
    c.header("Cache-Control", "no-store");
    return c.json(log);
  });

  return app;
}
