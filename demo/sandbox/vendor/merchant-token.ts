/**
 * The Merchant API's token call, `POST /merchant/v2/merchants/{merchant_id}/token` (seed
 * 002 ~lines 165-560): checks the request as the real API does and answers a 32-character
 * token that the Pay Station page accepts for 24 hours.
 */
import { Hono } from "hono";
import { getCatalog } from "../data/catalog";
import type { Catalog } from "../data/catalog-types";
import { BENCH_PROJECT_ID, MERCHANT_ID } from "../shared/config";
import { merchantError, merchantInvalid, unlessJsonContentType } from "../shared/errors";
import { readJson } from "../shared/request-body";
import { type Fulfilment, LIMIT_REACHED } from "./fulfilment";
import type { PurchaseLine, TokenGift, TokenRegistry, TokenUser } from "./paystation-tokens";
import type { PlayerRegistry } from "./player-registry";
import { checkTokenRequest, resolvePurchase } from "./token-request";

/** Projects that exist but take no payments: the token call answers 412 for them. */
const INACTIVE_PROJECTS: ReadonlySet<number> = new Set([BENCH_PROJECT_ID]);

/**
 * The items whose per-player limit the purchase would break, for whoever receives it (the
 * gift's recipient or the payer), as property errors on their `amount`.
 */
function limitErrors(
  catalog: Catalog,
  lines: PurchaseLine[],
  receiver: string,
  fulfilment: Fulfilment,
): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  lines
    .filter((line) => line.type === "virtual_item")
    .forEach((line, i) => {
      const item = catalog.items.find((candidate) => candidate.sku === line.sku);
      if (item && !fulfilment.withinLimit(catalog, receiver, item, line.quantity))
        errors[`purchase.virtual_items.items[${i}].amount`] = [LIMIT_REACHED];
    });
  return errors;
}

/**
 * Whose limits the purchase is checked against: the payer's, or the gift's one friend. With
 * several friends the receiver is chosen on the Pay Station page, which checks then.
 */
const receiverOf = (user: TokenUser, gift: TokenGift | null) => (gift ? gift.receiverId : user.id);

/** The token route, to mount under the Merchant API base, behind its Basic auth. */
export function createTokenApi({
  tokens,
  players,
  fulfilment,
}: {
  tokens: TokenRegistry;
  players: PlayerRegistry;
  fulfilment: Fulfilment;
}) {
  const app = new Hono();
  app.post("/merchants/:merchantId/token", async (c) => {
    const merchantId = c.req.param("merchantId");
    if (merchantId !== MERCHANT_ID) {
      return merchantError(
        403,
        "Forbidden",
        `The API key does not give access to merchant ${merchantId}.`,
      );
    }
    const notJson = unlessJsonContentType(c.req.header("Content-Type"));
    if (notJson) return notJson;
    const body = await readJson(c.req.raw);
    if (body === undefined)
      return merchantError(400, "Bad Request", "The request body is not valid JSON.");

    const checked = checkTokenRequest(body);
    if (!checked.ok) return merchantInvalid(checked.errors, checked.global);
    const request = checked.value;

    const catalog = getCatalog(request.projectId);
    if (!catalog) return merchantError(404, "Not Found", `Project ${request.projectId} not found.`);
    if (INACTIVE_PROJECTS.has(request.projectId)) {
      return merchantError(
        412,
        "Precondition Failed",
        `Project ${request.projectId} is not active: it takes no payments.`,
      );
    }

    const resolved = resolvePurchase(catalog, request.purchase, request.currency, request.language);
    if (!resolved.ok) return merchantInvalid(resolved.errors, resolved.global);
    const { purchase, gift } = resolved.value;
    const receiver = receiverOf(request.user, gift);
    const overLimit = receiver ? limitErrors(catalog, purchase.items, receiver, fulfilment) : {};
    if (Object.keys(overLimit).length > 0) return merchantInvalid(overLimit);
    // The token call is how the vendor learns who a game's user is.
    players.remember(catalog, request.user);

    const record = tokens.issue({
      kind: "merchant",
      sandbox: request.sandbox,
      projectId: request.projectId,
      user: request.user,
      currency: resolved.value.purchase.currency,
      language: request.language,
      size: request.size,
      purchase,
      gift,
      customParameters: request.customParameters,
      returnUrl: request.returnUrl,
      externalId: request.externalId,
    });
    return c.json({ token: record.token });
  });
  return app;
}
