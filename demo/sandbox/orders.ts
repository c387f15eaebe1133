/**
 * Store API orders, in memory, one registry per sandbox app. A paid-for order starts "new";
 * a successful Pay Station payment makes it "paid". Delivery ("done") comes with the
 * inventory, which the sandbox does not keep yet.
 */
import type { Clock } from "./clock";

export type OrderStatus = "new" | "paid" | "done" | "canceled";

export interface OrderLine {
  sku: string;
  quantity: number;
  /** The price of the whole line, in the order's currency. */
  amount: number;
}

export interface Order {
  orderId: number;
  status: OrderStatus;
  projectId: number;
  userId: string;
  currency: string;
  items: OrderLine[];
  createdAt: number;
}

export type NewOrder = Omit<Order, "orderId" | "status" | "createdAt">;

export function createOrderRegistry(clock: Clock) {
  const orders = new Map<number, Order>();
  // Order ids are small increasing integers, like the seed's 641.
  let lastId = 1000;

  function create(fields: NewOrder): Order {
    lastId += 1;
    const order: Order = { ...fields, orderId: lastId, status: "new", createdAt: clock.now() };
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

  return { create, get, setStatus };
}

export type OrderRegistry = ReturnType<typeof createOrderRegistry>;
