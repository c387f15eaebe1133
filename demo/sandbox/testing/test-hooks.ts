/**
 * The sandbox's routes for tests, outside the emulated services (no auth, not counted):
 * `GET /__sandbox/requests` and `POST /__sandbox/requests/reset` read and reset the request
 * counts, `GET /__sandbox/orders?user=ID` lists the orders the emulated vendor made for a
 * player, `/__sandbox/paystation/*` mints and shows Pay Station tokens (paystation-hooks.ts),
 * `POST /__sandbox/value-points` gives a player reward-chain points (value-points-hook.ts), and
 * `/__sandbox/invites/*` tells a player's invite code and grows its progress (invites-hook.ts),
 * `/__sandbox/payment-accounts` saves a test card for a player or forgets their saved ones
 * (payment-accounts-hook.ts), and `POST /__sandbox/transactions` writes a past payment into a
 * player's history (transactions-hook.ts), and `POST /__sandbox/grant-faults` makes the vendor
 * refuse a player's next grant of items (grant-faults-hook.ts).
 */
import { Hono } from "hono";
import type { InviteRegistry } from "../hive/invite-registry";
import type { Clock } from "../shared/clock";
import type { OperationLog } from "../vendor/operation-log";
import type { OrderRegistry } from "../vendor/orders";
import type { PaymentAccountRegistry } from "../vendor/payment-accounts";
import type { TokenRegistry } from "../vendor/paystation-tokens";
import type { PlayerRegistry } from "../vendor/player-registry";
import type { GrantFaults } from "./grant-faults";
import { createGrantFaultsHook } from "./grant-faults-hook";
import { createInvitesHook } from "./invites-hook";
import { createPaymentAccountsHook } from "./payment-accounts-hook";
import { createPayStationHooks } from "./paystation-hooks";
import type { RequestCounter } from "./request-counter";
import { createTransactionsHook } from "./transactions-hook";
import { createValuePointsHook } from "./value-points-hook";

export function createTestHooks(
  clock: Clock,
  counter: RequestCounter,
  registries: {
    tokens: TokenRegistry;
    orders: OrderRegistry;
    players: PlayerRegistry;
    invites: InviteRegistry;
    paymentAccounts: PaymentAccountRegistry;
    operations: OperationLog;
    grantFaults: GrantFaults;
  },
) {
  const app = new Hono();
  app.get("/__sandbox/requests", (c) => c.json(counter.snapshot()));
  app.post("/__sandbox/requests/reset", (c) => {
    counter.reset();
    return c.json(counter.snapshot());
  });
  // What the emulated vendor recorded, for tests that count orders ("a double click is one").
  app.get("/__sandbox/orders", (c) =>
    c.json(
      registries.orders
        .ofUser(c.req.query("user") ?? "")
        .map(({ orderId, status, payment, items }) => ({ orderId, status, payment, items })),
    ),
  );
  app.route("/", createPayStationHooks(clock, registries));
  app.route("/", createValuePointsHook(clock, registries.players));
  app.route("/", createInvitesHook(registries.invites));
  app.route("/", createPaymentAccountsHook(registries.paymentAccounts));
  app.route("/", createTransactionsHook(clock, registries.operations));
  app.route("/", createGrantFaultsHook(registries.grantFaults));
  return app;
}
