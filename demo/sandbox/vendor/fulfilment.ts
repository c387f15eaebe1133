/**
 * What the emulated vendor does when something is bought or claimed: it puts the purchase in
 * the player's inventory (player-registry.ts), moves the Store order along, and tells the game
 * server by webhook (webhooks.ts). The Store API, the Merchant API's server-to-server
 * free claim and the Pay Station page all come here, so they grant alike. Pay Station's
 * payments from the player's virtual currency balance take the currency here too. An item's or
 * package's value points (`vpRewards`) are granted with it, however it was paid, and a claimed
 * reward-chain step's rewards are delivered here as a free order.
 */

import { getCatalog, localize } from "../data/catalog";
import type { Catalog, CatalogItem, CatalogPackage, VpReward } from "../data/catalog-types";
import type { OperationLog } from "./operation-log";
import type { Order, OrderRegistry } from "./orders";
import {
  giftReceiver,
  type PaymentRecord,
  type PurchaseLine,
  type TokenRecord,
} from "./paystation-tokens";
import { emptyGrant, type Grant, type PlayerRegistry } from "./player-registry";
import { orderPaidPayload, paymentPayload, type WebhookSender } from "./webhooks";

/** A refusal, in the Store API's terms: HTTP status, error code and message. */
export interface Refusal {
  status: number;
  code: number;
  message: string;
}

export const LIMIT_REACHED = "The purchase limit for this item has been reached";

/** Why a payment from the balance fails when the player has too little of the currency. */
const notEnough = (currencyName: string) => `Not enough ${currencyName}`;

const refuse = (status: number, code: number, message: string): Refusal => ({
  status,
  code,
  message,
});

export function isRefusal(value: unknown): value is Refusal {
  return typeof value === "object" && value !== null && "code" in value && "message" in value;
}

function addBonusItems(grant: Grant, bonus: { sku: string; quantity: number }[], times: number) {
  for (const { sku, quantity } of bonus) grant.items.push({ sku, quantity: quantity * times });
}

function addPoints(grant: Grant, rewards: VpReward[] | undefined, times: number) {
  for (const { sku, amount } of rewards ?? []) grant.points.push({ sku, amount: amount * times });
}

/** An item bought or claimed `quantity` times, with its bonuses. */
function grantItem(grant: Grant, item: CatalogItem, quantity: number) {
  grant.items.push({ sku: item.sku, quantity });
  if (item.perUser !== undefined) grant.limited.push({ sku: item.sku, quantity });
  grant.vc += (item.bonusVc ?? 0) * quantity;
  addBonusItems(grant, item.bonusItems ?? [], quantity);
  addPoints(grant, item.vpRewards, quantity);
}

/** A currency package's gold (`quantity`: the currency it holds), its bonus gold and items. */
function grantPackage(grant: Grant, pack: CatalogPackage, quantity: number) {
  const times = quantity / pack.quantity;
  grant.vc += quantity + Math.round(pack.bonusQuantity * times);
  addBonusItems(grant, pack.bonusItems, Math.max(1, Math.round(times)));
  addPoints(grant, pack.vpRewards, Math.max(1, Math.round(times)));
}

/** What the lines of a Pay Station purchase give, looked up in the catalog. */
export function grantForPurchase(catalog: Catalog, lines: PurchaseLine[]): Grant {
  const grant = emptyGrant();
  for (const line of lines) {
    if (line.type === "virtual_currency") {
      const pack = catalog.packages.find((candidate) => candidate.sku === line.sku);
      if (pack) grantPackage(grant, pack, line.quantity);
      else grant.vc += line.quantity;
    } else if (line.type === "virtual_item") {
      const item = catalog.items.find((candidate) => candidate.sku === line.sku);
      if (item) grantItem(grant, item, line.quantity);
    } else if (line.type === "subscription") {
      const plan = catalog.plans.find((candidate) => candidate.merchantId === line.sku);
      if (plan) {
        grant.subscription = { planId: plan.merchantId, period: plan.period, unit: plan.unit };
        grant.vc += plan.bonusVc ?? 0;
        addBonusItems(grant, plan.bonusItems ?? [], 1);
      }
    }
    // A checkout buys nothing the vendor keeps: the game delivers it on the webhook.
  }
  return grant;
}

/** Who gets a token's purchase: the gift's receiver (paystation-tokens.ts), else the payer. */
const receiverOf = (record: TokenRecord) => giftReceiver(record);

export interface FulfilmentDeps {
  orders: OrderRegistry;
  players: PlayerRegistry;
  webhooks: WebhookSender;
  /** The wallet's operations, which each delivery is written to (the player's transactions). */
  operations: OperationLog;
}

/** An item's English name for an operation's comment; the SKU when the catalog has none. */
function itemName(catalog: Catalog, sku: string): string {
  const item = catalog.items.find((candidate) => candidate.sku === sku);
  return item ? localize(item.name, "en") : sku;
}

export function createFulfilment({ orders, players, webhooks, operations }: FulfilmentDeps) {
  async function notifyOrderPaid(catalog: Catalog, order: Order) {
    const email = players.find(catalog, order.userId)?.email ?? null;
    await webhooks.send(orderPaidPayload(order, { id: order.userId, email }));
  }

  /** Whether the player may still get `quantity` of the item under its per-player limit. */
  function withinLimit(catalog: Catalog, userId: string, item: CatalogItem, quantity: number) {
    const limit = players.limitOf(catalog, userId, item);
    return limit === null || limit.available >= quantity;
  }

  /**
   * Delivers a token's purchase after a successful Pay Station payment: the Store order goes
   * "paid", the purchase is granted (to the gift's recipient when it is a gift), the webhook
   * goes out, and the order is "done". A token is delivered once, however often it is paid.
   */
  async function deliverPayment(record: TokenRecord, payment: PaymentRecord): Promise<void> {
    const catalog = getCatalog(record.projectId);
    if (!catalog) return;
    if (record.payments.some((other) => other !== payment && other.status === "done")) return;

    const order = record.orderId === null ? undefined : orders.get(record.orderId);
    if (order) {
      orders.setStatus(order.orderId, "paid");
      orders.setInvoice(order.orderId, payment.invoice);
    }
    players.remember(catalog, record.user);
    // With one friend that friend is the recipient (seed 004); with several, the one chosen
    // on the Pay Station page.
    const receiver = receiverOf(record);
    if (receiver) players.remember(catalog, receiver);
    const grant = grantForPurchase(catalog, record.purchase.items);
    const granted = players.apply(catalog, receiver?.id ?? record.user.id, grant);
    logPayment(catalog, record, payment, receiver ? 0 : grant.vc);
    if (receiver) {
      operations.add(catalog, receiver.id, {
        type: "internal",
        comment: `Gift: ${record.purchase.description}`,
        amount: grant.vc,
        status: "done",
      });
    }

    if (order) await notifyOrderPaid(catalog, order);
    else
      await webhooks.send(
        paymentPayload(catalog, record, payment, granted.subscriptions.at(-1) ?? null),
      );
    if (order) orders.setStatus(order.orderId, "done");
  }

  /**
   * The payer's operation for a delivered token: an in-game purchase when it was paid from the
   * balance (chargeBalance took the currency), else a payment in money that the webhook told
   * the game server of. `vc`: the currency it gave the payer.
   */
  function logPayment(catalog: Catalog, record: TokenRecord, payment: PaymentRecord, vc: number) {
    const price = record.purchase.virtualPrice;
    const comment = record.purchase.description;
    const transactionId = payment.invoice;
    if (price) {
      operations.add(catalog, record.user.id, {
        type: "inGamePurchase",
        comment,
        transactionId,
        amount: vc - price.amount,
        status: "done",
      });
      return;
    }
    operations.add(catalog, record.user.id, {
      type: "payment",
      comment,
      transactionId,
      amount: vc,
      sum: record.purchase.amount,
      currency: record.purchase.currency,
      status: "notified",
    });
  }

  /**
   * Takes the price of a token's purchase of items sold only for virtual currency from the
   * payer's balance, as Pay Station does before it delivers. Answers why it cannot, having
   * taken nothing, or null once the price is taken. The limits are checked again here because
   * the player may have got the items elsewhere since the token was issued, and currency must
   * not be taken for items that cannot be granted. A token already paid is not charged again,
   * just as it is not delivered again.
   */
  function chargeBalance(record: TokenRecord): string | null {
    const price = record.purchase.virtualPrice;
    const catalog = getCatalog(record.projectId);
    if (!price || !catalog) return "This purchase is not paid in virtual currency";
    if (record.payments.some((payment) => payment.status === "done")) return null;
    const receiver = receiverOf(record)?.id ?? record.user.id;
    for (const line of record.purchase.items) {
      const item = catalog.items.find((candidate) => candidate.sku === line.sku);
      if (item && !withinLimit(catalog, receiver, item, line.quantity)) return LIMIT_REACHED;
    }
    return players.spend(catalog, record.user.id, price.amount) ? null : notEnough(price.name);
  }

  /** The Store's "create order with specified free item": granted at once, no payment. */
  async function claimFree(
    catalog: Catalog,
    userId: string,
    sku: string,
    options: { quantity: number; sandbox: boolean },
  ): Promise<Order | Refusal> {
    const item = catalog.items.find((candidate) => candidate.sku === sku);
    if (!item) return refuse(422, 1411, `Item ${sku} not found`);
    if (!item.free) return refuse(422, 1411, `Item ${sku} is not free`);
    if (!withinLimit(catalog, userId, item, options.quantity))
      return refuse(422, 1460, LIMIT_REACHED);

    const order = orders.create({
      status: "done",
      projectId: catalog.projectId,
      userId,
      payment: "free",
      currency: null,
      items: [{ sku, type: "virtual_good", quantity: options.quantity, amount: 0 }],
      sandbox: options.sandbox,
    });
    const grant = emptyGrant();
    grantItem(grant, item, options.quantity);
    players.apply(catalog, userId, grant);
    operations.add(catalog, userId, {
      type: "inGamePurchase",
      comment: `${itemName(catalog, sku)} (free)`,
      amount: grant.vc,
      status: "done",
    });
    await notifyOrderPaid(catalog, order);
    return order;
  }

  /** The Store's purchase of one item with virtual currency: paid and granted at once. */
  async function buyWithVirtualCurrency(
    catalog: Catalog,
    userId: string,
    sku: string,
    vcSku: string,
  ): Promise<Order | Refusal> {
    const item = catalog.items.find((candidate) => candidate.sku === sku);
    if (!item) return refuse(404, 4001, `Item with sku ${sku} not found`);
    const price = item.free ? undefined : item.vc;
    if (vcSku !== catalog.currency.sku || price === undefined)
      return refuse(422, 1411, `Item ${sku} cannot be bought with ${vcSku}`);
    if (!withinLimit(catalog, userId, item, 1)) return refuse(422, 1460, LIMIT_REACHED);
    if (!players.spend(catalog, userId, price))
      return refuse(422, 5006, "Not enough virtual currency");

    const order = orders.create({
      status: "done",
      projectId: catalog.projectId,
      userId,
      payment: "virtual",
      currency: vcSku,
      items: [{ sku, type: "virtual_good", quantity: 1, amount: price }],
      sandbox: false,
    });
    const grant = emptyGrant();
    grantItem(grant, item, 1);
    players.apply(catalog, userId, grant);
    operations.add(catalog, userId, {
      type: "inGamePurchase",
      comment: itemName(catalog, sku),
      amount: grant.vc - price,
      status: "done",
    });
    await notifyOrderPaid(catalog, order);
    return order;
  }

  /**
   * Delivers a claimed reward-chain step's rewards: a free order, "done" at once, in the
   * player's inventory and in the game server's webhook, as a real claim is (seed 000: the
   * studio learns of claimed rewards from the order's webhook).
   */
  async function grantReward(
    catalog: Catalog,
    userId: string,
    rewards: { sku: string; quantity: number }[],
  ): Promise<Order> {
    const order = orders.create({
      status: "done",
      projectId: catalog.projectId,
      userId,
      payment: "free",
      currency: null,
      items: rewards.map(({ sku, quantity }) => ({
        sku,
        type: "virtual_good",
        quantity,
        amount: 0,
      })),
      sandbox: false,
    });
    players.apply(catalog, userId, { ...emptyGrant(), items: rewards.map((r) => ({ ...r })) });
    operations.add(catalog, userId, {
      type: "internal",
      comment: `Reward: ${rewards.map((r) => itemName(catalog, r.sku)).join(", ")}`,
      amount: 0,
      status: "done",
    });
    await notifyOrderPaid(catalog, order);
    return order;
  }

  return {
    deliverPayment,
    chargeBalance,
    claimFree,
    buyWithVirtualCurrency,
    withinLimit,
    grantReward,
  };
}

export type Fulfilment = ReturnType<typeof createFulfilment>;
