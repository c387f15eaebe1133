import type { ApiErrorReason } from "../core/errors";
import type { ErrorDetails } from "../core/http";
import { ok } from "../core/result";
import { z } from "../core/zod";
import type { ApiResult, BackendConfig } from "./backend";
import { errorDetails } from "./mapping";
import { buildUrl, post } from "./shared";
import { IdSchema } from "./shared-schemas";

/*
 * The parts of the Store API's contract that both adapters speak: its error body and its
 * free-item claim. The xsolla backend calls the Store API itself; the merchant backend calls
 * the same paths below the game server, which adds the player's identity.
 */

export const StoreErrorSchema = z.object({
  statusCode: z.nullish(z.number()),
  errorCode: z.nullish(IdSchema),
  errorMessage: z.nullish(z.string()),
  transactionId: z.nullish(IdSchema),
});
export type StoreError = z.infer<typeof StoreErrorSchema>;

/** `POST /free/item/{sku}` and `POST /payment/item/{sku}/virtual/{vc_sku}`. */
export const StoreOrderIdSchema = z.object({ order_id: z.number() });
export type StoreOrderId = z.infer<typeof StoreOrderIdSchema>;

export type ErrorReader = (body: unknown) => ErrorDetails;

/**
 * The vendor's error codes that a player needs their own words for, as domain reasons
 * (CONTRACTS.md section 3, seed 001). A reached limit says "[0401-1460]" in older messages.
 */
export function storeReason(
  code: string | undefined,
  message: string | undefined,
): ApiErrorReason | undefined {
  if (code === "5006") return "not-enough-vc";
  if (code === "1460" || message?.includes("[0401-1460]")) return "limit-reached";
  if (code === "1411") return "not-free";
  return undefined;
}

/** Adds the domain reason to error details read from any contract's error body. */
export function withReason(details: ReturnType<typeof errorDetails>): ReturnType<ErrorReader> {
  const reason = storeReason(details.code, details.serverMessage);
  return reason ? { ...details, reason } : details;
}

/** The Store API's error body (`errorCode`, `errorMessage`, `transactionId`). */
export const readStoreError: ErrorReader = (body) => {
  const parsed = StoreErrorSchema.safeParse(body);
  if (!parsed.success) return {};
  const { errorCode, errorMessage, transactionId } = parsed.data;
  return withReason(errorDetails(errorCode, errorMessage, transactionId));
};

/** The Store API's claim of a free item: `POST {base}/v2/project/{project}/free/item/{sku}`. */
export async function claimFreeItem(
  config: BackendConfig,
  base: string,
  sku: string,
  headers: Record<string, string>,
  signal?: AbortSignal,
  readError: ErrorReader = readStoreError,
): ApiResult<number> {
  const result = await post(config, {
    url: buildUrl(
      base,
      `/v2/project/${encodeURIComponent(config.projectId)}/free/item/${encodeURIComponent(sku)}`,
      {},
    ),
    schema: StoreOrderIdSchema,
    readError,
    headers,
    body: { quantity: 1 },
    signal,
  });
  return result.ok ? ok(result.value.order_id) : result;
}
