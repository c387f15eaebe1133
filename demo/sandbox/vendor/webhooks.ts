/**
 * The webhooks the emulated Xsolla sends to the project's webhook URL (the game server's
 * listener), signed with the project's secret key: the Store's `order_paid` (seed 001) after a
 * free claim, a purchase with virtual currency or a paid Store order, and the Merchant API's
 * `payment` (seeds 002 and 004) after a Pay Station payment of a Merchant token. Delivery is
 * in-process, awaited, and never retried: the sandbox records what the listener answered.
 *
 * The seeds describe no webhook for a Pay Station payment from the virtual currency balance
 * (seed 002 only lists "inGamePurchase" among a wallet's operation types), so that payment
 * sends the same `payment` webhook with its amounts in the virtual currency, named by its SKU
 * as the Store's `order_paid` names it.
 */

import { localize } from "../data/catalog";
import type { Catalog } from "../data/catalog-types";
import { isoDate } from "../shared/clock";
import { signatureHeader } from "../shared/webhook-signature";
import { CURRENCIES } from "./money";
import { type Order, orderTotal } from "./orders";
import {
  giftReceiver,
  type PaymentRecord,
  type PurchaseLine,
  type TokenRecord,
} from "./paystation-tokens";
import type { PlayerSubscription } from "./player-registry";

/** Anything that answers a Request, such as a Hono app. */
export interface WebhookTarget {
  fetch(request: Request): Response | Promise<Response>;
}

export interface WebhookDelivery {
  at: number;
  notificationType: string;
  /** The listener's HTTP status; null when it could not be reached. */
  status: number | null;
}

/** Card payments' method id in Xsolla's list of payment methods. */
export const CARD_PAYMENT_METHOD = 1380;
/** PayPal's, as a saved PayPal account names it (payment-accounts.ts). */
export const PAYPAL_PAYMENT_METHOD = 24;

/** How many deliveries the sender remembers. */
const DELIVERY_LOG_LIMIT = 200;

function decimalsOf(currency: string): number {
  return CURRENCIES[currency]?.decimals ?? 2;
}

function round(amount: number, currency: string): number {
  return Number(amount.toFixed(decimalsOf(currency)));
}

/** An amount as the Store writes it in webhooks: a decimal string ("4.99", "450", "0"). */
function storeAmount(order: Order, amount: number): string {
  if (order.payment === "free") return "0";
  if (order.payment === "virtual") return String(amount);
  return amount.toFixed(decimalsOf(order.currency ?? "USD"));
}

/** The Store's `order_paid` webhook (seed 001), for any order: free, virtual or paid. */
export function orderPaidPayload(order: Order, user: { id: string; email: string | null }) {
  return {
    items: order.items.map((line) => ({
      sku: line.sku,
      type: line.type,
      is_pre_order: false,
      quantity: line.quantity,
      amount: storeAmount(order, line.amount),
      promotions: [],
    })),
    notification_type: "order_paid",
    order: {
      id: order.orderId,
      mode: order.sandbox ? "sandbox" : "default",
      currency_type: order.payment === "free" ? "unknown" : order.payment,
      currency: order.payment === "free" ? null : order.currency,
      amount: storeAmount(order, orderTotal(order)),
      status: "paid",
      platform: "xsolla",
      comment: null,
      // Free items and virtual currency purchases have no invoice (seed 001).
      invoice_id: order.invoiceId === null ? null : String(order.invoiceId),
      promotions: [],
    },
    user: { external_id: user.id, email: user.email },
  };
}

const money = (currency: string, amount: number) => ({ currency, amount: round(amount, currency) });

/** A line's price in what the purchase is paid with: money or virtual currency. */
const priceOf = (line: PurchaseLine) => line.virtualPrice?.amount ?? line.amount;

/**
 * The Merchant API's `payment` webhook (seed 004's example, which has every section) for a
 * paid token: one section per kind of thing bought, the gift when there is one, the total,
 * the payer, the transaction and its money, and the token's custom parameters.
 */
export function paymentPayload(
  catalog: Catalog,
  record: TokenRecord,
  payment: PaymentRecord,
  subscription: PlayerSubscription | null,
) {
  const { purchase, user, gift } = record;
  const paidFromBalance = purchase.virtualPrice;
  const currency = paidFromBalance?.sku ?? purchase.currency;
  const lines = (type: string) => purchase.items.filter((line) => line.type === type);
  const sum = (type: string) => lines(type).reduce((total, line) => total + priceOf(line), 0);
  const section: Record<string, unknown> = {};

  const [vc] = lines("virtual_currency");
  if (vc) {
    section.virtual_currency = {
      name: localize(catalog.currency.name, "en"),
      sku: vc.sku,
      quantity: vc.quantity,
      ...money(currency, vc.amount),
    };
  }
  if (lines("virtual_item").length > 0) {
    section.virtual_items = {
      items: lines("virtual_item").map((line) => ({ sku: line.sku, amount: line.quantity })),
      ...money(currency, sum("virtual_item")),
    };
  }
  const [plan] = lines("subscription");
  if (plan) {
    section.subscription = {
      plan_id: plan.sku,
      subscription_id: subscription ? String(subscription.subscriptionId) : null,
      product_id: null,
      date_create: isoDate(subscription?.createdAt ?? payment.at),
      date_next_charge: subscription ? isoDate(subscription.nextChargeAt) : null,
      ...money(currency, plan.amount),
    };
  }
  if (lines("checkout").length > 0) section.checkout = money(currency, sum("checkout"));
  const receiver = giftReceiver(record);
  if (gift && receiver) {
    section.gift = {
      giver_ID: gift.giverId,
      receiver_ID: receiver.id,
      receiver_email: receiver.email ?? null,
      message: gift.message,
      hide_giver_from_receiver: gift.hideGiverFromReceiver,
    };
  }

  const total = money(currency, paidFromBalance?.amount ?? purchase.amount);
  return {
    notification_type: "payment",
    purchase: { ...section, total },
    user: {
      ip: "127.0.0.1",
      email: user.email ?? null,
      id: user.id,
      name: user.name ?? null,
      country: user.country ?? null,
    },
    transaction: {
      id: payment.invoice,
      ...(record.externalId === null ? {} : { external_id: record.externalId }),
      payment_date: isoDate(payment.at),
      // A payment from the balance used no payment method, and the seeds name no id for it.
      payment_method: paidFromBalance
        ? null
        : "brand" in payment && payment.brand === "PayPal"
          ? PAYPAL_PAYMENT_METHOD
          : CARD_PAYMENT_METHOD,
      ...(record.sandbox ? { dry_run: 1 } : {}),
      agreement: 1,
    },
    payment_details: {
      payment: total,
      vat: money(currency, 0),
      payout_currency_rate: 1,
      payout: total,
      xsolla_fee: money(currency, 0),
      payment_method_fee: money(currency, 0),
    },
    custom_parameters: record.customParameters,
  };
}

export function createWebhookSender(deps: {
  target: WebhookTarget;
  url: string;
  secret: string;
  now: () => number;
}) {
  const deliveries: WebhookDelivery[] = [];

  /** Signs and posts a webhook; answers what the listener said. */
  async function send(payload: { notification_type: string }): Promise<WebhookDelivery> {
    const body = JSON.stringify(payload);
    const delivery: WebhookDelivery = {
      at: deps.now(),
      notificationType: payload.notification_type,
      status: null,
    };
    try {
      const response = await deps.target.fetch(
        new Request(deps.url, {
          method: "POST",
          headers: {
            Authorization: signatureHeader(body, deps.secret),
            Accept: "application/json",
            "Content-Type": "application/json",
          },
          body,
        }),
      );
      await response.arrayBuffer();
      delivery.status = response.status;
    } catch (error) {
      // The sandbox's own listener is in-process; if it throws, the payment still stands.
      console.error("webhook delivery failed:", error);
    }
    deliveries.unshift(delivery);
    deliveries.length = Math.min(deliveries.length, DELIVERY_LOG_LIMIT);
    return delivery;
  }

  return { send, deliveries: () => [...deliveries] };
}

export type WebhookSender = ReturnType<typeof createWebhookSender>;
