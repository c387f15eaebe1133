/**
 * Test hooks for Pay Station, outside the emulated services (no auth, not counted):
 * `POST /__sandbox/paystation/tokens` mints a token for the demo project directly (with the
 * value the test names, for pages that carry a token of their own, such as the vendor's
 * example page; minting a value again replaces its record), and
 * `GET /__sandbox/paystation/tokens/{token}` shows a token's record with its payments.
 */
import { Hono } from "hono";
import { getCatalog } from "../data/catalog";
import type { Catalog } from "../data/catalog-types";
import { DEMO_USER_ID } from "../data/players";
import type { Clock } from "../shared/clock";
import { DEMO_PROJECT_ID } from "../shared/config";
import { merchantInvalid } from "../shared/errors";
import { type Schema, validate } from "../shared/json-schema";
import { payStationOriginFor } from "../shared/paystation-origin";
import { readOptionalJson } from "../shared/request-body";
import type { OrderLine, OrderRegistry } from "../vendor/orders";
import type { PurchaseLine, TokenKind, TokenRegistry, UiSize } from "../vendor/paystation-tokens";
import { payStationUrl } from "../vendor/paystation-tokens";
import { checkPurchase, resolvePurchase } from "../vendor/token-request";

export const HOOKS_BASE = "/__sandbox/paystation";

const MINT_SCHEMA: Schema = {
  type: "object",
  properties: {
    purchase: { type: "object" },
    expired: { type: "boolean" },
    kind: { type: "string", enum: ["merchant", "store"] },
    sandbox: { type: "boolean" },
    user: {
      type: "object",
      properties: {
        id: { type: "string", minLength: 1 },
        name: { type: "string" },
        email: { type: "string" },
        country: { type: "string", pattern: /^[A-Z]{2}$/ },
      },
    },
    currency: { type: "string", pattern: /^[A-Z]{3}$/ },
    language: { type: "string", pattern: /^[a-z]{2}$/ },
    size: { type: "string", enum: ["small", "medium", "large"] },
    stepMs: { type: "integer", minimum: 0 },
    token: { type: "string", pattern: /^[A-Za-z0-9_-]{8,100}$/ },
  },
};

interface MintRequest {
  purchase?: unknown;
  expired?: boolean;
  kind?: TokenKind;
  sandbox?: boolean;
  user?: { id?: string; name?: string; email?: string; country?: string };
  currency?: string;
  language?: string;
  size?: UiSize;
  stepMs?: number;
  token?: string;
}

/** What a minted token buys unless the test says otherwise: the 500 Gold package. */
const DEFAULT_PURCHASE = { virtual_currency: { quantity: 500 } };

/** A token's purchase line as a Store order line: a currency package is one bundle. */
function orderLine(catalog: Catalog, line: PurchaseLine): OrderLine {
  const { sku, amount } = line;
  if (line.type !== "virtual_currency")
    return { sku, type: "virtual_good", quantity: line.quantity, amount };
  const pack = catalog.packages.find((candidate) => candidate.sku === sku);
  const quantity = pack ? Math.max(1, Math.round(line.quantity / pack.quantity)) : 1;
  return { sku, type: "bundle", quantity, amount };
}

export function createPayStationHooks(
  clock: Clock,
  registries: { tokens: TokenRegistry; orders: OrderRegistry },
) {
  const { tokens, orders } = registries;
  const app = new Hono().basePath(HOOKS_BASE);
  // The demo project always exists.
  const catalog = getCatalog(DEMO_PROJECT_ID);
  if (!catalog) throw new Error("The demo project's catalog is missing");

  app.post("/tokens", async (c) => {
    const body = await readOptionalJson(c.req.raw);
    const errors = validate(body, MINT_SCHEMA);
    if (Object.keys(errors).length > 0) return merchantInvalid(errors);
    const request = body as MintRequest;

    const checked = checkPurchase(request.purchase ?? DEFAULT_PURCHASE);
    if (!checked.ok) return merchantInvalid(checked.errors);
    const language = request.language ?? "en";
    const resolved = resolvePurchase(catalog, checked.value, request.currency ?? "USD", language);
    if (!resolved.ok) return merchantInvalid(resolved.errors, resolved.global);
    const { purchase, gift } = resolved.value;

    const kind = request.kind ?? "merchant";
    // The Store buys with virtual currency without Pay Station (payment/item/{sku}/virtual),
    // so its orders are always paid with money.
    if (kind === "store" && purchase.virtualPrice) {
      return merchantInvalid({
        kind: ["A store token is paid with money; mint a merchant token for virtual currency"],
      });
    }
    const user = { id: DEMO_USER_ID, ...request.user };
    const order =
      kind === "store"
        ? orders.create({
            projectId: DEMO_PROJECT_ID,
            userId: user.id,
            payment: "real",
            currency: purchase.currency,
            items: purchase.items.map((line) => orderLine(catalog, line)),
            sandbox: request.sandbox ?? true,
          })
        : null;
    const record = tokens.issue(
      {
        kind,
        // An expired token is one whose 24 hours ended just now.
        ...(request.expired ? { expiresAt: clock.now() } : {}),
        sandbox: request.sandbox ?? true,
        projectId: DEMO_PROJECT_ID,
        user,
        currency: purchase.currency,
        language,
        size: request.size ?? "medium",
        purchase,
        gift,
        orderId: order?.orderId ?? null,
        stepMs: request.stepMs ?? null,
      },
      request.token,
    );
    return c.json({
      token: record.token,
      url: payStationUrl(payStationOriginFor(c.req.url), record.token, kind),
      kind,
      order_id: record.orderId,
    });
  });

  app.get("/tokens/:token", (c) => {
    const found = tokens.find(c.req.param("token"));
    if (found.state === "unknown") return c.json({ error: "No such token" }, 404);
    const order = found.record.orderId === null ? null : orders.get(found.record.orderId);
    return c.json({ state: found.state, ...found.record, order: order ?? null });
  });

  return app;
}
