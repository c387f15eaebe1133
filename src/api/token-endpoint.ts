import { apiError } from "../core/errors";
import { err, ok } from "../core/result";
import { z } from "../core/zod";
import type { ApiResult, BackendConfig, Checkout, Gift, PurchaseTarget } from "./backend";
import { errorDetails, nonEmpty } from "./mapping";
import { languageOf, post } from "./shared";
import { IdSchema } from "./shared-schemas";
import { type ErrorReader, withReason } from "./store-contract";

/*
 * The game server's token endpoint (CONTRACTS.md, "The widget's token endpoint"), which both
 * backends speak: the merchant backend for every purchase, both for gifts, since only the
 * Merchant API's token carries `purchase.gift` (the Store API has no gift field). It answers
 * and fails in the Merchant API's shapes, so their schemas and reader live here too.
 */

export const MerchantErrorSchema = z.object({
  http_status_code: z.nullish(z.number()),
  message: z.nullish(z.string()),
  extended_message: z.optional(z.unknown()),
  request_id: z.nullish(IdSchema),
});
export type MerchantError = z.infer<typeof MerchantErrorSchema>;

/** The game server's token endpoint answers the Merchant API's token response as it is. */
export const MerchantTokenSchema = z.object({ token: z.string().check(z.minLength(1)) });
export type MerchantToken = z.infer<typeof MerchantTokenSchema>;

/** The Merchant API's error body, with the domain reason of a code it shares with the Store API. */
export function readMerchantError(body: unknown): ReturnType<ErrorReader> {
  const parsed = MerchantErrorSchema.safeParse(body);
  if (!parsed.success) return {};
  const { http_status_code, message, extended_message: extended, request_id } = parsed.data;
  const fallback = typeof extended === "string" ? extended : null;
  const fields = propertyErrors(extended);
  const problems = fields.length > 0 ? fields.join("; ") : null;
  const text = nonEmpty(message) ?? fallback;
  const details = withReason(
    errorDetails(
      http_status_code,
      problems ? (text ? `${text}: ${problems}` : problems) : text,
      request_id,
    ),
  );
  return fields.length > 0 ? { ...details, fields } : details;
}

/**
 * A 422's `extended_message.property_errors` (`{"settings.project_id": ["..."]}`), one line per
 * field, so the player and the page's developers see which field the server refused and why.
 */
function propertyErrors(extended: unknown): string[] {
  const errors = (extended as { property_errors?: unknown } | null)?.property_errors;
  if (typeof errors !== "object" || errors === null) return [];
  return Object.entries(errors).map(
    ([field, reasons]) => `${field}: ${Array.isArray(reasons) ? reasons.join(", ") : reasons}`,
  );
}

/** The seed's token `purchase` object for one thing (002 ~line 400). */
export function tokenPurchase(target: PurchaseTarget) {
  if (target.kind === "package") return { virtual_currency: { quantity: target.quantity } };
  if (target.kind === "plan") return { subscription: { plan_id: target.planId } };
  return { virtual_items: { items: [{ sku: target.sku, amount: 1 }] } };
}

/**
 * The seed's `purchase.gift` (004), without `giver_id`: the game server adds the player of its
 * own session, as it does for the token's `user`. An email the friend list did not give is
 * left out rather than sent empty.
 */
export function tokenGift(gift: Gift) {
  return {
    message: gift.message,
    hide_giver_from_receiver: gift.hideGiverFromReceiver,
    friends: gift.friends.map(({ id, name, email }) =>
      email === null ? { id, name } : { id, name, email },
    ),
  };
}

/**
 * `POST {tokenUrl}` with `{purchase, settings}`; the answer's token opens the Merchant API's
 * Pay Station (`/paystation2/?access_token=`). The browser never says who the player is.
 */
export async function requestToken(
  config: BackendConfig,
  purchase: object,
  signal?: AbortSignal,
): ApiResult<Checkout> {
  // A studio that did not set up a token endpoint cannot sell; say so as an error value.
  if (!config.tokenUrl) return err(apiError("not-configured"));
  const result = await post(config, {
    url: config.tokenUrl,
    schema: MerchantTokenSchema,
    readError: readMerchantError,
    body: {
      purchase,
      settings: { currency: config.currency, language: languageOf(config.locale) },
    },
    signal,
  });
  return result.ok
    ? ok({ token: result.value.token, tokenKind: "merchant", url: null, orderId: null })
    : result;
}

/** A gift of one thing to the friends the player chose, through the token endpoint. */
export function giftCheckout(
  config: BackendConfig,
  target: PurchaseTarget,
  gift: Gift,
  signal?: AbortSignal,
): ApiResult<Checkout> {
  return requestToken(config, { ...tokenPurchase(target), gift: tokenGift(gift) }, signal);
}
