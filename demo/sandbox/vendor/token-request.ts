/**
 * The Merchant API token request (seed 002 ~lines 165-500): its schema, checked with the
 * API's own messages, and the purchase it describes, looked up in the catalog. The test
 * hooks reuse the purchase part to mint tokens directly.
 */

import { localize } from "../data/catalog";
import type { Catalog } from "../data/catalog-types";
import { type PropertyErrors, type Schema, validate } from "../shared/json-schema";
import { isObject } from "../shared/request-body";
import { CURRENCIES, pricingFor } from "./money";
import type {
  PurchaseLine,
  TokenGift,
  TokenPurchase,
  TokenUser,
  UiSize,
} from "./paystation-tokens";

/** At most this many friends in one gift (seed 004). */
export const MAX_GIFT_FRIENDS = 100;

/** The seed's `{value, hidden, allow_modify}` wrapper of a user or description field. */
const wrapped = (schema: Schema): Schema => ({
  type: "object",
  properties: { value: schema, hidden: { type: "boolean" }, allow_modify: { type: "boolean" } },
  required: ["value"],
});

const text: Schema = { type: "string" };

export const PURCHASE_SCHEMA: Schema = {
  type: "object",
  properties: {
    virtual_currency: {
      type: "object",
      properties: { quantity: { type: "number", exclusiveMinimum: 0 }, currency: text },
      required: ["quantity"],
    },
    virtual_items: {
      type: "object",
      properties: {
        currency: text,
        items: {
          type: "array",
          minItems: 1,
          items: {
            type: "object",
            properties: {
              sku: { type: "string", minLength: 1 },
              amount: { type: "integer", minimum: 1 },
            },
            required: ["sku", "amount"],
          },
        },
        available_groups: { type: "array" },
      },
      required: ["items"],
    },
    subscription: {
      type: "object",
      properties: {
        plan_id: { type: "string", minLength: 1 },
        product_id: text,
        currency: text,
        trial_days: { type: "integer", minimum: 0 },
      },
      required: ["plan_id"],
    },
    checkout: {
      type: "object",
      properties: {
        currency: { type: "string", pattern: /^[A-Z]{3}$/ },
        amount: { type: "number", exclusiveMinimum: 0 },
      },
      required: ["currency", "amount"],
    },
    description: wrapped(text),
    gift: {
      type: "object",
      properties: {
        giver_id: { type: "string", minLength: 1 },
        message: text,
        // The seed calls it a string ("true"), the contract and SDKs a boolean: take both.
        hide_giver_from_receiver: { type: ["boolean", "string"] },
        friends: {
          type: "array",
          minItems: 1,
          maxItems: MAX_GIFT_FRIENDS,
          items: {
            type: "object",
            properties: { id: { type: "string", minLength: 1 }, name: text, email: text },
            required: ["id"],
          },
        },
      },
      // Without friends, Pay Station asks the game for the giver's friend list (seed 004).
      required: ["giver_id"],
    },
  },
};

export const TOKEN_REQUEST_SCHEMA: Schema = {
  type: "object",
  properties: {
    user: {
      type: "object",
      properties: {
        id: wrapped({ type: "string", minLength: 1 }),
        name: wrapped(text),
        email: wrapped(text),
        country: wrapped({ type: "string", pattern: /^[A-Z]{2}$/ }),
        attributes: { type: "object" },
      },
      required: ["id"],
    },
    settings: {
      type: "object",
      properties: {
        project_id: { type: "integer", minimum: 1 },
        external_id: text,
        language: { type: "string", pattern: /^[a-z]{2}$/ },
        currency: { type: "string", pattern: /^[A-Z]{3}$/ },
        mode: { type: "string", enum: ["sandbox"] },
        return_url: text,
        payment_method: { type: "integer" },
        ui: {
          type: "object",
          properties: {
            size: { type: "string", enum: ["small", "medium", "large"] },
            theme: { type: "string", enum: ["default", "dark"] },
            version: { type: "string", enum: ["desktop", "mobile"] },
          },
        },
      },
      required: ["project_id"],
    },
    purchase: PURCHASE_SCHEMA,
    custom_parameters: { type: "object" },
  },
  required: ["user", "settings"],
};

// The wire shapes, as far as the schema has checked them.
type Valued<T> = { value: T };
type WirePurchase = {
  virtual_currency?: { quantity: number };
  virtual_items?: { items: { sku: string; amount: number }[] };
  subscription?: { plan_id: string };
  checkout?: { currency: string; amount: number };
  description?: Valued<string>;
  gift?: {
    giver_id: string;
    message?: string;
    hide_giver_from_receiver?: boolean | string;
    friends?: { id: string; name?: string; email?: string }[];
  };
};
type WireTokenRequest = {
  user: {
    id: Valued<string>;
    name?: Valued<string>;
    email?: Valued<string>;
    country?: Valued<string>;
  };
  settings: {
    project_id: number;
    external_id?: string;
    language?: string;
    currency?: string;
    mode?: "sandbox";
    return_url?: string;
    ui?: { size?: UiSize };
  };
  purchase?: WirePurchase;
  custom_parameters?: Record<string, unknown>;
};

export interface TokenRequest {
  user: TokenUser;
  projectId: number;
  language: string;
  currency: string;
  sandbox: boolean;
  size: UiSize;
  returnUrl: string | null;
  externalId: string | null;
  purchase: WirePurchase;
  customParameters: Record<string, unknown>;
}

/** A check's outcome: the value, or errors per property and about the request as a whole. */
export type Checked<T> =
  | { ok: true; value: T }
  | { ok: false; errors: PropertyErrors; global?: string[] };

/** A currency the sandbox prices in; others are refused rather than silently priced in USD. */
function checkCurrency(currency: string | undefined, path: string, errors: PropertyErrors) {
  if (currency && /^[A-Z]{3}$/.test(currency) && !CURRENCIES[currency]) {
    errors[path] = [
      `Currency ${currency} is not supported; use one of ${Object.keys(CURRENCIES).join(", ")}`,
    ];
  }
}

export function checkTokenRequest(body: unknown): Checked<TokenRequest> {
  const errors = validate(body, TOKEN_REQUEST_SCHEMA);
  if (isObject(body) && isObject(body.settings)) {
    checkCurrency(body.settings.currency as string | undefined, "settings.currency", errors);
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const wire = body as WireTokenRequest;
  const { user, settings } = wire;
  return {
    ok: true,
    value: {
      user: {
        id: user.id.value,
        ...(user.name ? { name: user.name.value } : {}),
        ...(user.email ? { email: user.email.value } : {}),
        ...(user.country ? { country: user.country.value } : {}),
      },
      projectId: settings.project_id,
      language: settings.language ?? "en",
      currency: settings.currency ?? "USD",
      sandbox: settings.mode === "sandbox",
      size: settings.ui?.size ?? "medium",
      returnUrl: settings.return_url ?? null,
      externalId: settings.external_id ?? null,
      purchase: wire.purchase ?? {},
      customParameters: wire.custom_parameters ?? {},
    },
  };
}

/** Checks a bare purchase object (the test hook's), with paths under `purchase.`. */
export function checkPurchase(purchase: unknown): Checked<WirePurchase> {
  const errors = validate(purchase, PURCHASE_SCHEMA, "purchase");
  return Object.keys(errors).length > 0
    ? { ok: false, errors }
    : { ok: true, value: purchase as WirePurchase };
}

export interface ResolvedPurchase {
  purchase: TokenPurchase;
  gift: TokenGift | null;
}

/**
 * Looks the purchase up in the catalog: names in `language`, prices in `currency`. Anything
 * the project does not sell is a property error, as the real API answers it. Items sold only
 * for virtual currency are priced in it: Pay Station takes it from the player's balance.
 */
export function resolvePurchase(
  catalog: Catalog,
  wire: WirePurchase,
  currency: string,
  language: string,
): Checked<ResolvedPurchase> {
  const errors: PropertyErrors = {};
  const pricing = pricingFor(currency);
  const decimals = CURRENCIES[pricing.currency]?.decimals ?? 2;
  const round = (amount: number) => Number(amount.toFixed(decimals));
  const lines: PurchaseLine[] = [];

  const vc = wire.virtual_currency;
  if (vc) {
    const pack = catalog.packages.find((candidate) => candidate.quantity === vc.quantity);
    if (!pack) {
      const sold = catalog.packages.map((candidate) => candidate.quantity).join(", ");
      errors["purchase.virtual_currency.quantity"] = [
        `No package of ${vc.quantity} ${localize(catalog.currency.name, "en")} is sold in project ${catalog.projectId}${sold ? `; packages: ${sold}` : ""}`,
      ];
    } else {
      lines.push({
        type: "virtual_currency",
        sku: pack.sku,
        name: localize(pack.name, language),
        quantity: pack.quantity,
        amount: pricing.convert(pack.usd),
      });
    }
  }

  const findItem = (sku: string) => catalog.items.find((candidate) => candidate.sku === sku);
  // Pay Station takes one kind of payment per token: money, or the player's virtual currency.
  // A token that asks for both is refused rather than paid in part.
  const paysWithMoney =
    Boolean(wire.virtual_currency || wire.subscription || wire.checkout) ||
    (wire.virtual_items?.items ?? []).some(({ sku }) => {
      const item = findItem(sku);
      return item !== undefined && !item.free && item.usd !== undefined;
    });
  const currencyName = localize(catalog.currency.name, language);

  wire.virtual_items?.items.forEach(({ sku, amount }, i) => {
    const item = findItem(sku);
    const path = `purchase.virtual_items.items[${i}].sku`;
    const quoted = JSON.stringify(sku);
    if (!item) errors[path] = [`Item with sku ${quoted} not found`];
    else if (item.free) errors[path] = [`Item ${quoted} is not purchasable for money`];
    else if (item.usd !== undefined)
      lines.push({
        type: "virtual_item",
        sku,
        name: localize(item.name, language),
        quantity: amount,
        amount: round(pricing.convert(item.usd) * amount),
      });
    else if (item.vc === undefined) errors[path] = [`Item ${quoted} is not for sale`];
    else if (paysWithMoney)
      errors[path] = [
        `Item ${quoted} is sold only for ${localize(catalog.currency.name, "en")} and cannot be paid together with money in one token; request a token for it alone`,
      ];
    else
      lines.push({
        type: "virtual_item",
        sku,
        name: localize(item.name, language),
        quantity: amount,
        amount: 0,
        virtualPrice: { sku: catalog.currency.sku, name: currencyName, amount: item.vc * amount },
      });
  });

  const planId = wire.subscription?.plan_id;
  if (planId !== undefined) {
    const plan = catalog.plans.find((candidate) => candidate.merchantId === planId);
    if (!plan)
      errors["purchase.subscription.plan_id"] = [`Plan ${JSON.stringify(planId)} not found`];
    else
      lines.push({
        type: "subscription",
        sku: plan.merchantId,
        name: localize(plan.name, language),
        quantity: 1,
        amount: pricing.convert(plan.usd),
      });
  }

  const checkout = wire.checkout;
  if (checkout) {
    if (checkout.currency !== pricing.currency) {
      errors["purchase.checkout.currency"] = [
        `The checkout currency must be the token's currency, ${pricing.currency}`,
      ];
    } else {
      const name = wire.description?.value ?? "Checkout";
      lines.push({
        type: "checkout",
        sku: "checkout",
        name,
        quantity: 1,
        amount: round(checkout.amount),
      });
    }
  }

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  if (lines.length === 0) {
    return {
      ok: false,
      errors: {},
      global: [
        "The sandbox Pay Station needs a purchase: virtual_currency, virtual_items, subscription or checkout",
      ],
    };
  }

  const gift = wire.gift;
  // Mixed tokens are refused above, so either every line has a virtual price or none has.
  const paidInCurrency = lines.every((line) => line.virtualPrice !== undefined);
  return {
    ok: true,
    value: {
      purchase: {
        description: wire.description?.value ?? lines.map((line) => line.name).join(", "),
        amount: round(lines.reduce((sum, line) => sum + line.amount, 0)),
        currency: pricing.currency,
        items: lines,
        virtualCurrencyAmount:
          lines.find((line) => line.type === "virtual_currency")?.quantity ?? null,
        virtualPrice: paidInCurrency
          ? {
              sku: catalog.currency.sku,
              name: currencyName,
              amount: lines.reduce((sum, line) => sum + (line.virtualPrice?.amount ?? 0), 0),
            }
          : null,
      },
      gift: gift
        ? {
            giverId: gift.giver_id,
            message: gift.message ?? "",
            hideGiverFromReceiver: String(gift.hide_giver_from_receiver ?? true) !== "false",
            friends: gift.friends ?? [],
            receiverId: gift.friends?.length === 1 ? (gift.friends[0]?.id ?? null) : null,
          }
        : null,
    },
  };
}
