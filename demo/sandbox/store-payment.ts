/**
 * The Store API's `POST /v2/project/{project_id}/payment/item/{item_sku}`: a signed-in player
 * asks to pay for one item or currency package with money. It creates an order ("new") and a
 * Pay Station token for it, which opens as `/paystation4/?token=...`.
 */
import { localize } from "./catalog";
import { CURRENCIES } from "./config";
import { storeError } from "./errors";
import { type Schema, validate } from "./json-schema";
import { pricingFor } from "./money";
import type { OrderRegistry } from "./orders";
import type { TokenRegistry, UiSize } from "./paystation-tokens";
import { readOptionalJson } from "./request-body";
import type { StoreContext } from "./store-render";

const BODY_SCHEMA: Schema = {
  type: "object",
  properties: {
    sandbox: { type: "boolean" },
    quantity: { type: "integer", minimum: 1 },
    locale: { type: "string", pattern: /^[a-z]{2}([-_][A-Za-z]{2})?$/ },
    currency: { type: "string", enum: Object.keys(CURRENCIES) },
    settings: {
      type: "object",
      properties: {
        return_url: { type: "string" },
        ui: {
          type: "object",
          properties: { size: { type: "string", enum: ["small", "medium", "large"] } },
        },
      },
    },
  },
};

interface PaymentBody {
  sandbox?: boolean;
  quantity?: number;
  locale?: string;
  currency?: string;
  settings?: { return_url?: string; ui?: { size?: UiSize } };
}

export async function payForItem(
  ctx: StoreContext,
  sku: string,
  request: Request,
  registries: { tokens: TokenRegistry; orders: OrderRegistry },
): Promise<Response> {
  const userId = ctx.query.userId;
  if (!userId) return storeError(401, 1501, "Authorization failed: no user token was given");

  const body = await readOptionalJson(request);
  if (body === undefined) {
    return storeError(422, 1102, "Unprocessable Entity", [
      { property: "body", message: "The request body is not valid JSON" },
    ]);
  }
  const errors = validate(body, BODY_SCHEMA);
  if (Object.keys(errors).length > 0) {
    const extended = Object.entries(errors).flatMap(([property, messages]) =>
      messages.map((message) => ({ property, message })),
    );
    return storeError(422, 1102, "Unprocessable Entity", extended);
  }
  const wire = body as PaymentBody;

  const { catalog } = ctx;
  const item = catalog.items.find((candidate) => candidate.sku === sku);
  const pack = catalog.packages.find((candidate) => candidate.sku === sku);
  if (!item && !pack) return storeError(404, 4001, `Item with sku ${sku} not found`);
  const usd = item ? (item.free ? undefined : item.usd) : pack?.usd;
  const name = item?.name ?? pack?.name;
  if (usd === undefined || !name)
    return storeError(422, 1411, `Item ${sku} is not purchasable for money`);

  const pricing = wire.currency ? pricingFor(wire.currency) : ctx.query.pricing;
  const decimals = CURRENCIES[pricing.currency]?.decimals ?? 2;
  const language = wire.locale?.slice(0, 2) ?? ctx.query.language;
  const quantity = wire.quantity ?? 1;
  const amount = Number((pricing.convert(usd) * quantity).toFixed(decimals));
  const lineName = localize(name, language);

  const order = registries.orders.create({
    projectId: catalog.projectId,
    userId,
    currency: pricing.currency,
    items: [{ sku, quantity, amount }],
  });
  const record = registries.tokens.issue({
    kind: "store",
    sandbox: wire.sandbox ?? false,
    projectId: catalog.projectId,
    user: { id: userId },
    currency: pricing.currency,
    language,
    size: wire.settings?.ui?.size ?? "medium",
    purchase: {
      description: quantity > 1 ? `${lineName} × ${quantity}` : lineName,
      amount,
      currency: pricing.currency,
      items: [
        {
          type: pack ? "virtual_currency" : "virtual_item",
          sku,
          name: lineName,
          quantity: pack ? pack.quantity * quantity : quantity,
          amount,
        },
      ],
      virtualCurrencyAmount: pack ? pack.quantity * quantity : null,
    },
    gift: null,
    customParameters: {},
    returnUrl: wire.settings?.return_url ?? null,
    externalId: null,
    orderId: order.orderId,
    stepMs: null,
  });
  return new Response(JSON.stringify({ token: record.token, order_id: order.orderId }), {
    headers: { "Content-Type": "application/json" },
  });
}
