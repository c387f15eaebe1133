/**
 * The Merchant API's token call, `POST /merchant/v2/merchants/{merchant_id}/token` (seed
 * 002 ~lines 165-560): checks the request as the real API does and answers a 32-character
 * token that the Pay Station page accepts for 24 hours.
 */
import { Hono } from "hono";
import { getCatalog } from "./catalog";
import { BENCH_PROJECT_ID, MERCHANT_ID } from "./config";
import { merchantError, merchantInvalid } from "./errors";
import type { TokenRegistry } from "./paystation-tokens";
import { isJsonContentType, readJson } from "./request-body";
import { checkTokenRequest, resolvePurchase } from "./token-request";

/** Projects that exist but take no payments: the token call answers 412 for them. */
const INACTIVE_PROJECTS: ReadonlySet<number> = new Set([BENCH_PROJECT_ID]);

/** The token route, to mount under the Merchant API base, behind its Basic auth. */
export function createTokenApi(tokens: TokenRegistry) {
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
    if (!isJsonContentType(c.req.header("Content-Type"))) {
      return merchantError(
        415,
        "Unsupported Media Type",
        "Send the request body as JSON with the header Content-Type: application/json.",
      );
    }
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

    const record = tokens.issue({
      kind: "merchant",
      sandbox: request.sandbox,
      projectId: request.projectId,
      user: request.user,
      currency: resolved.value.purchase.currency,
      language: request.language,
      size: request.size,
      purchase: resolved.value.purchase,
      gift: resolved.value.gift,
      customParameters: request.customParameters,
      returnUrl: request.returnUrl,
      externalId: request.externalId,
      orderId: null,
      stepMs: null,
    });
    return c.json({ token: record.token });
  });
  return app;
}
