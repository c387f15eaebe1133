/**
 * The Store API's `POST /v2/project/{project_id}/payment/item/{item_sku}`: a signed-in player
 * asks to pay for one item or currency package with money. It creates an order ("new") and a
 * Pay Station token for it, which opens as `/paystation4/?token=...`.
 */
import { localize } from "../data/catalog";
import { storeError } from "../shared/errors";
import type { Schema } from "../shared/json-schema";
import { type Fulfilment, LIMIT_REACHED } from "./fulfilment";
import { CURRENCIES, pricingFor } from "./money";
import type { OrderRegistry } from "./orders";
import type { TokenRegistry, UiSize } from "./paystation-tokens";
import { readStoreBody, requirePlayer } from "./store-query";
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
  deps: { tokens: TokenRegistry; orders: OrderRegistry; fulfilment: Fulfilment },
): Promise<Response> {
  const userId = requirePlayer(ctx.query);
  if (userId instanceof Response) return userId;
  const body = await readStoreBody(request, BODY_SCHEMA);
  if (body instanceof Response) return body;
  const wire = body as PaymentBody;

  const { catalog } = ctx;
  const item = catalog.items.find((candidate) => candidate.sku === sku);
  const pack = catalog.packages.find((candidate) => candidate.sku === sku);
  if (!item && !pack) return storeError(404, 4001, `Item with sku ${sku} not found`);
  const usd = item ? (item.free ? undefined : item.usd) : pack?.usd;
  const name = item?.name ?? pack?.name;
  if (usd === undefined || !name)
    return storeError(422, 1411, `Item ${sku} is not purchasable for money`);
  const quantity = wire.quantity ?? 1;
  if (item && !deps.fulfilment.withinLimit(catalog, userId, item, quantity))
    return storeError(422, 1460, LIMIT_REACHED);

  const pricing = wire.currency ? pricingFor(wire.currency) : ctx.query.pricing;
  const decimals = CURRENCIES[pricing.currency]?.decimals ?? 2;
  const language = wire.locale?.slice(0, 2) ?? ctx.query.language;
  const amount = Number((pricing.convert(usd) * quantity).toFixed(decimals));
  const lineName = localize(name, language);
  const sandbox = wire.sandbox ?? false;

  const order = deps.orders.create({
    projectId: catalog.projectId,
    userId,
    payment: "real",
    currency: pricing.currency,
    items: [{ sku, type: pack ? "bundle" : "virtual_good", quantity, amount }],
    sandbox,
  });
  const record = deps.tokens.issue({
    kind: "store",
    sandbox,
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
      virtualPrice: null,
    },
    returnUrl: wire.settings?.return_url ?? null,
    orderId: order.orderId,
  });
  return new Response(JSON.stringify({ token: record.token, order_id: order.orderId }), {
    headers: { "Content-Type": "application/json" },
  });
}
