import { z } from "../../core/zod";
import { readMerchantError } from "../merchant-error";
import { IdSchema } from "../shared-schemas";

/*
 * The Merchant API's saved payment accounts (docs/contracts.md 2.4), as the game server passes
 * them on: their schemas and error body. The mapping to saved methods is in ./payment-accounts.ts.
 */

export const PaymentAccountSchema = z.object({
  type: z.string(),
  id: IdSchema,
  name: z.nullish(z.string()),
  payment_system: z.nullish(z.object({ name: z.nullish(z.string()) })),
});
export const PaymentAccountsSchema = z.array(PaymentAccountSchema);
export type WirePaymentAccount = z.infer<typeof PaymentAccountSchema>;

/** A charge's answer: 201 `{"transaction_id": int}`. */
export const ChargeSchema = z.object({ transaction_id: IdSchema });

/** Removal answers 204 with no body; whatever comes with it is not read. */
export const RemovedSchema = z.unknown();

/**
 * The sandbox's `extended_message.reason` of a refused charge (docs/contracts.md 4), and the
 * game server's of an item it charged for but could not grant (2.4).
 */
export const CHARGE_REASONS = {
  declined: "declined",
  insufficient_funds: "insufficient-funds",
  not_delivered: "not-delivered",
} as const;

/** The Merchant error body, with a refused charge's reason as its code. */
export function readPaymentError(body: unknown) {
  const details = readMerchantError(body);
  const extended = (body as { extended_message?: { reason?: unknown } } | null)?.extended_message;
  const reason = typeof extended === "object" ? extended?.reason : undefined;
  return typeof reason === "string" && Object.hasOwn(CHARGE_REASONS, reason)
    ? { ...details, code: reason }
    : details;
}
