/**
 * Store API orders, in memory, one registry per sandbox app. An order paid with money starts
 * "new", becomes "paid" when Pay Station takes the payment and "done" once the purchase is
 * delivered; free claims and purchases with virtual currency are "done" at once.
 */
import type { Clock } from "../shared/clock";

export type OrderStatus = "new" | "paid" | "done" | "canceled";

/** How an order is paid: with money, with the project's virtual currency, or not at all. */
export type OrderPayment = "real" | "virtual" | "free";

/** The webhook's item types: a virtual item, a currency package (a bundle), or bare currency. */
export type OrderLineType = "virtual_good" | "bundle" | "virtual_currency";

export interface OrderLine {
  sku: string;
  type: OrderLineType;
  quantity: number;
  /** The price of the whole line, in the order's currency (0 for a free line). */
  amount: number;
}

export interface Order {
  orderId: number;
  status: OrderStatus;
  projectId: number;
  userId: string;
  payment: OrderPayment;
  /** An ISO 4217 code for money, the virtual currency's SKU for it, null when free. */
  currency: string | null;
  items: OrderLine[];
  sandbox: boolean;
  /** The Pay Station invoice that paid the order, once one did. */
  invoiceId: number | null;
  createdAt: number;
}

export type NewOrder = Omit<Order, "orderId" | "status" | "createdAt" | "invoiceId"> & {
  status?: OrderStatus;
};

export function createOrderRegistry(clock: Clock) {
  const orders = new Map<number, Order>();
  // Order ids are small increasing integers, like the seed's 641.
  let lastId = 1000;

  function create({ status = "new", ...fields }: NewOrder): Order {
    lastId += 1;
    const order: Order = {
      ...fields,
      orderId: lastId,
      status,
      invoiceId: null,
      createdAt: clock.now(),
    };
    orders.set(order.orderId, order);
    return order;
  }

  function get(orderId: number): Order | undefined {
    return orders.get(orderId);
  }

  function setStatus(orderId: number, status: OrderStatus): void {
    const order = orders.get(orderId);
    if (order) order.status = status;
  }

  function setInvoice(orderId: number, invoiceId: number): void {
    const order = orders.get(orderId);
    if (order) order.invoiceId = invoiceId;
  }

  /** A player's orders, oldest first (for the browser tests' `/__sandbox/orders` hook). */
  function ofUser(userId: string): Order[] {
    return [...orders.values()].filter((order) => order.userId === userId);
  }

  return { create, get, setStatus, setInvoice, ofUser };
}

export type OrderRegistry = ReturnType<typeof createOrderRegistry>;

/** The order's total, in its currency. */
export function orderTotal(order: Order): number {
  return order.items.reduce((sum, line) => sum + line.amount, 0);
}
