/**
 * The wallet's operations per player (the Merchant API's transactions, seed 002 ~7694), in
 * memory, one log per sandbox app: each payment, purchase for virtual currency, free claim,
 * reward and coupon redemption, with the player's balance after it. Fulfilment (fulfilment.ts)
 * and the coupons (coupons.ts) write it; transactions.ts reads it.
 */
import type { Catalog } from "../data/catalog-types";
import type { Clock } from "../shared/clock";
import type { PlayerRegistry } from "./player-registry";

/** The seed's `transaction_type` values (the parameter's list; its example says "invoice"). */
export const TRANSACTION_TYPES = [
  "payment",
  "coupon",
  "inGamePurchase",
  "internal",
  "cancellation",
] as const;
export type TransactionType = (typeof TRANSACTION_TYPES)[number];

/**
 * "notified": a payment the game server was told of by webhook (the seed's example);
 * "done": anything else that went through; "failed": a refused coupon redemption, which the
 * seed's example also lists.
 */
export type OperationStatus = "notified" | "done" | "failed";

export interface Operation {
  operationId: number;
  /** The payment's invoice (Pay Station's transaction id); null when nothing was paid. */
  transactionId: number | null;
  couponId: number | null;
  couponCode: string | null;
  type: TransactionType;
  /** What happened, in English: the vendor's comment, the only place naming what was bought. */
  comment: string;
  at: number;
  /** The change in the virtual currency balance: negative when currency was spent. */
  amount: number;
  /** The money paid, in `currency`; null when no money changed hands. */
  sum: number | null;
  currency: string | null;
  status: OperationStatus;
  /** The virtual currency balance after the operation. */
  userBalance: number;
  userId: string;
}

export type OperationEntry = Pick<Operation, "type" | "comment" | "amount" | "status"> &
  Partial<Pick<Operation, "transactionId" | "couponId" | "couponCode" | "sum" | "currency" | "at">>;

/** The seed example's first operation id, so the sandbox's look like real ones. */
const FIRST_OPERATION_ID = 647_287;

export function createOperationLog(clock: Clock, players: PlayerRegistry) {
  const logs = new Map<string, Operation[]>();
  let lastId = FIRST_OPERATION_ID - 1;
  const key = (catalog: Catalog, userId: string) => `${catalog.projectId}\u0000${userId}`;

  /** Writes an operation down, after it changed the player's balance and inventory. */
  function add(catalog: Catalog, userId: string, entry: OperationEntry): Operation {
    lastId += 1;
    const operation: Operation = {
      operationId: lastId,
      transactionId: entry.transactionId ?? null,
      couponId: entry.couponId ?? null,
      couponCode: entry.couponCode ?? null,
      type: entry.type,
      comment: entry.comment,
      // A test hook writes operations from before the sandbox started (transactions-hook.ts).
      at: entry.at ?? clock.now(),
      amount: entry.amount,
      sum: entry.sum ?? null,
      currency: entry.currency ?? null,
      status: entry.status,
      userBalance: players.get(catalog, userId).balance,
      userId,
    };
    const id = key(catalog, userId);
    const log = logs.get(id) ?? [];
    // Kept oldest first, whenever an operation is written down.
    const after = log.findIndex((other) => other.at > operation.at);
    log.splice(after === -1 ? log.length : after, 0, operation);
    logs.set(id, log);
    return operation;
  }

  /** The player's operations, oldest first. */
  function list(catalog: Catalog, userId: string): readonly Operation[] {
    return logs.get(key(catalog, userId)) ?? [];
  }

  return { add, list };
}

export type OperationLog = ReturnType<typeof createOperationLog>;
