import { z } from "../core/zod";
import { errorDetails, nonEmpty } from "./mapping";
import { IdSchema } from "./shared-schemas";
import { type ErrorReader, withReason } from "./store-contract";

/*
 * The Merchant API's error shape, which the game server answers in too (its token endpoint,
 * its friend list, Hive's invite calls through it). It travels with zod in the chunk every
 * first view fetches (scripts/build.mjs), so that each chunk reading it needs no other file.
 */

export const MerchantErrorSchema = z.object({
  http_status_code: z.nullish(z.number()),
  message: z.nullish(z.string()),
  extended_message: z.optional(z.unknown()),
  request_id: z.nullish(IdSchema),
});
export type MerchantError = z.infer<typeof MerchantErrorSchema>;

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
