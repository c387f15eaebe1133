/**
 * The whole sandbox as one Hono app, testable with app.request() and no socket. The outer
 * layer counts requests, strips a `/faults/{spec}` prefix and applies its fault, and answers
 * CORS for the browser-facing Xsolla APIs; the inner app routes to the emulated vendor
 * (vendor/), the emulated Hive (hive/), the studio's game server (game-server/), web pages
 * (website/) and the catalog's images (data/). The test hooks (testing/) sit beside the outer layer, uncounted.
 */

import type { IncomingMessage } from "node:http";
import { fileURLToPath } from "node:url";
import { Hono } from "hono";
import { createImages } from "./data/images";
import { createGameServer } from "./game-server";
import { createHiveInviteApi } from "./hive/invite-api";
import { createInviteRegistry, type InviteRegistry } from "./hive/invite-registry";
import { type Clock, createClock } from "./shared/clock";
import { PROJECT_SECRET_KEY, PROJECT_WEBHOOK_URL } from "./shared/config";
import {
  answerWithFault,
  type FaultTransport,
  HOLD_FAULT_MS,
  SLOW_FAULT_MS,
} from "./testing/fault-responses";
import { classifyPath, faultFor, parseFaultSpec, splitFaultPrefix } from "./testing/faults";
import { createGrantFaults, type GrantFaults, withGrantFaults } from "./testing/grant-faults";
import { createRequestCounter } from "./testing/request-counter";
import { createTestHooks } from "./testing/test-hooks";
import { type CouponLedger, createCouponLedger } from "./vendor/coupon-ledger";
import { createFriendsListClient } from "./vendor/friends-list-client";
import { createFulfilment } from "./vendor/fulfilment";
import { createMerchantVendor } from "./vendor/merchant";
import { createOperationLog, type OperationLog } from "./vendor/operation-log";
import { createOrderRegistry, type OrderRegistry } from "./vendor/orders";
import {
  createPaymentAccountRegistry,
  type PaymentAccountRegistry,
} from "./vendor/payment-accounts";
import { createPayStation } from "./vendor/paystation";
import { createTokenRegistry, type TokenRegistry } from "./vendor/paystation-tokens";
import { createPlayerRegistry, type PlayerRegistry } from "./vendor/player-registry";
import { createStoreApi } from "./vendor/store";
import { createSubscriptionsApi } from "./vendor/subscriptions";
import { createWebhookSender } from "./vendor/webhooks";
import { createStatic } from "./website/pages";

export interface SandboxOptions {
  /** The repository root, for demo/ and dist/. Default: two folders up from this module. */
  root?: string;
  /** The clock, for tests that pin time. */
  now?: () => number;
  /** The delay of the `slow` fault, in ms. */
  slowMs?: number;
  /** How long the `timeout` fault holds its answer, in ms. */
  holdMs?: number;
  /** The Pay Station page's default delay between payment status steps, in ms. */
  payStationStepMs?: number;
}

/** The emulated vendor's state, one per sandbox app. */
interface Registries {
  tokens: TokenRegistry;
  orders: OrderRegistry;
  players: PlayerRegistry;
  /** The wallet's operations per player (the Merchant API's transactions). */
  operations: OperationLog;
  /** Coupon redemptions, one system behind the Merchant and the Store API. */
  coupons: CouponLedger;
  /** The players' saved payment accounts (cards saved on the Pay Station page). */
  paymentAccounts: PaymentAccountRegistry;
  /** The emulated Hive's invite codes and progress. */
  invites: InviteRegistry;
  /** The players whose next grant of items a test made fail (testing/grant-faults.ts). */
  grantFaults: GrantFaults;
}

/** Both this module (demo/sandbox/) and its bundle (build/sandbox/) sit two levels down. */
const defaultRoot = () => fileURLToPath(new URL("../../", import.meta.url));

const CORS_PATHS = /^\/(store|subscriptions)\//;
const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, POST, PUT, DELETE, OPTIONS",
  "Access-Control-Allow-Headers": "Authorization, Content-Type",
  "Access-Control-Max-Age": "600",
};

function withCors(response: Response): Response {
  const copy = new Response(response.body, response);
  for (const [name, value] of Object.entries(CORS_HEADERS)) copy.headers.set(name, value);
  return copy;
}

function createServices(
  root: string,
  clock: Clock,
  registries: Registries,
  options: SandboxOptions,
) {
  const app = new Hono();
  // The vendor's webhooks go to the game server's listener through this app, as if over the
  // network; the app is complete by the time anything is bought.
  const webhooks = createWebhookSender({
    target: { fetch: (request) => app.fetch(request) },
    url: PROJECT_WEBHOOK_URL,
    secret: PROJECT_SECRET_KEY,
    now: clock.now,
  });
  const fulfilment = createFulfilment({ ...registries, webhooks });
  const friendsList = createFriendsListClient({
    target: { fetch: (request) => app.fetch(request) },
    url: PROJECT_WEBHOOK_URL,
    secret: PROJECT_SECRET_KEY,
  });
  const vendorDeps = { ...registries, fulfilment };
  const vendor = createMerchantVendor(clock, vendorDeps);
  app.route("/", vendor);
  const hive = createHiveInviteApi(registries.invites);
  app.route("/", hive);
  // The game server reaches the vendor through the grant faults a test may set for a player.
  const gameVendor = withGrantFaults(vendor, registries.grantFaults);
  app.route("/", createGameServer(gameVendor, { now: clock.now, hive }));
  app.route("/", createStoreApi(clock, vendorDeps));
  app.route("/", createSubscriptionsApi({ ...registries, clock }));
  app.route(
    "/",
    createPayStation({
      root,
      clock,
      ...vendorDeps,
      friendsList,
      stepMs: options.payStationStepMs,
    }),
  );
  app.route("/", createImages());
  app.route("/", createStatic(root));
  return app;
}

/** Moves a request to another path, keeping its method, headers and body. */
function moveRequest(request: Request, path: string): Request {
  const url = new URL(request.url);
  url.pathname = path;
  const { method, headers, body } = request;
  // Node needs `duplex` to pass a streamed body on; GET and HEAD have none.
  const init = body ? { method, headers, body, duplex: "half" } : { method, headers };
  return new Request(url, init as RequestInit);
}

export function createSandboxApp(options: SandboxOptions = {}) {
  const clock = createClock(options.now);
  const players = createPlayerRegistry(clock);
  const operations = createOperationLog(clock, players);
  const registries: Registries = {
    tokens: createTokenRegistry(clock),
    orders: createOrderRegistry(clock),
    players,
    operations,
    coupons: createCouponLedger({ clock, players, operations }),
    paymentAccounts: createPaymentAccountRegistry(),
    invites: createInviteRegistry(),
    grantFaults: createGrantFaults(),
  };
  const services = createServices(options.root ?? defaultRoot(), clock, registries, options);
  const counter = createRequestCounter(clock.now);
  const slowMs = options.slowMs ?? SLOW_FAULT_MS;
  const holdMs = options.holdMs ?? HOLD_FAULT_MS;

  /**
   * Routes a request, applying the fault its `/faults/{spec}` prefix names, if any. `incoming`
   * is Node's request under @hono/node-server, whose socket the `drop` fault closes.
   */
  async function route(request: Request, incoming?: IncomingMessage): Promise<Response> {
    const prefix = splitFaultPrefix(new URL(request.url).pathname);
    // Node's request goes along, so the game server can see the player's IP address.
    const env = { incoming };
    if (!prefix) return services.fetch(request, env);
    const parsed = parseFaultSpec(prefix.spec);
    if (!parsed.ok) return new Response(`Bad fault spec: ${parsed.error}`, { status: 400 });
    const inner = moveRequest(request, prefix.path);
    const forward = async () => services.fetch(inner, env);
    const target = classifyPath(prefix.path);
    const kind = target && faultFor(parsed.faults, target.section, target.chainId);
    const transport: FaultTransport = {
      slowMs,
      holdMs,
      drop: incoming && (() => incoming.socket.destroy()),
      gone: request.signal,
    };
    return kind && target ? answerWithFault(kind, target, forward, transport) : forward();
  }

  const app = new Hono();
  app.route("/", createTestHooks(clock, counter, registries));
  app.all("*", async (c) => {
    const url = new URL(c.req.url);
    counter.record(c.req.method, url);
    const path = splitFaultPrefix(url.pathname)?.path ?? url.pathname;
    const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
    if (!CORS_PATHS.test(path)) return route(c.req.raw, incoming);
    if (c.req.method === "OPTIONS") return withCors(new Response(null, { status: 204 }));
    return withCors(await route(c.req.raw, incoming));
  });
  return app;
}
