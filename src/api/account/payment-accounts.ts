import { type ApiError, apiError } from "../../core/errors";
import { request } from "../../core/http";
import { err, ok, type Result } from "../../core/result";
import type { ApiResult, BackendConfig, PurchaseTarget } from "../backend";
import { nonEmpty } from "../mapping";
import { buildUrl, get, languageOf, post } from "../shared";
import { tokenPurchase } from "../token-endpoint";
import {
  CHARGE_REASONS,
  ChargeSchema,
  PaymentAccountsSchema,
  RemovedSchema,
  readPaymentError,
  type WirePaymentAccount,
} from "./payment-accounts-schemas";

/*
 * The player's saved payment methods (issue 13, point 5; docs/contracts.md 2.4): merchant
 * only, through the game server, which names the player of its session and adds what only it
 * knows to a charge (the player's IP address). The Store API has no such calls (3.6), so the
 * xsolla backend has none of these.
 */

/** Brands read from a card number's first digits; the seed names none itself. */
export type CardBrand =
  | "Visa"
  | "Mastercard"
  | "American Express"
  | "Maestro"
  | "Discover"
  | "JCB"
  | "UnionPay"
  | "Diners Club";

/** A saved card or PayPal account, as the player knows it. */
export interface SavedMethod {
  type: "card" | "paypal";
  /** The account's id; with `type`, what removing or charging it names. */
  id: string;
  /** A card's brand, null when its number does not tell (and always for PayPal). */
  brand: CardBrand | null;
  /** A card's last four digits, null when its masked number does not end in them. */
  last4: string | null;
  /** "Visa ••1111" for a card, the account's name for PayPal: no translation needed. */
  label: string;
}

/**
 * Why a charge of a saved method failed, in the widget's words. "not-delivered": the game
 * server charged the method for an item but could not grant it, so the player has paid and
 * must not be sent to pay again.
 */
export type ChargeFailureReason = "declined" | "insufficient-funds" | "not-delivered" | "other";

/** What one click buys: a currency package, or an item sold for money. */
export type ChargeTarget = Extract<PurchaseTarget, { kind: "package" | "item" }>;

/** A failed charge: the ApiError for the `error` event, and why in the widget's words. */
export interface ChargeError extends ApiError {
  chargeReason: ChargeFailureReason;
}

/** What a successful charge gave: the vendor's transaction (no order the browser could read). */
export interface ChargeReceipt {
  transactionId: string;
}

/** The saved-method calls on the merchant backend, for the signed-in player. */
export interface PaymentAccountCalls {
  /** The widget was given the player's id; calls may still answer 401. */
  readonly signedIn: boolean;
  /** The player's saved cards and PayPal accounts, oldest first as the server lists them. */
  list(signal?: AbortSignal): ApiResult<SavedMethod[]>;
  /**
   * Forgets a saved method (204). Never retried: a second try of a removal whose answer was
   * lost would be refused as unknown.
   */
  remove(method: Pick<SavedMethod, "type" | "id">, signal?: AbortSignal): ApiResult<void>;
  /**
   * Charges a saved method for a currency package or an item: the browser proposes it as it
   * does for a token, and the game server prices it from its catalog, never from the browser
   * (an item it then grants itself). Never retried.
   */
  charge(
    method: Pick<SavedMethod, "type" | "id">,
    target: ChargeTarget,
    signal?: AbortSignal,
  ): Promise<Result<ChargeReceipt, ChargeError>>;
}

/**
 * Card brands by the first digits of the number (the issuer identification ranges), most
 * specific first: Discover's and UnionPay's 6s before Maestro's.
 */
const BRANDS: readonly [RegExp, CardBrand][] = [
  [/^4/, "Visa"],
  [/^(5[1-5]|222[1-9]|22[3-9]\d|2[3-6]\d\d|27[01]\d|2720)/, "Mastercard"],
  [/^3[47]/, "American Express"],
  [/^(6011|64[4-9]|65)/, "Discover"],
  [/^62/, "UnionPay"],
  [/^35(2[89]|[3-8]\d)/, "JCB"],
  [/^(30[0-5]|36|38)/, "Diners Club"],
  [/^(5[06-8]|6)/, "Maestro"],
];

/** The brand a masked card number (`411111******1111`) starts with; null when none fits. */
export function brandOf(masked: string): CardBrand | null {
  const digits = /^\d{2,}/.exec(masked)?.[0];
  if (!digits) return null;
  return BRANDS.find(([prefix]) => prefix.test(digits))?.[1] ?? null;
}

/** The last four digits of a masked card number; null when it does not end in four. */
export function lastFourOf(masked: string): string | null {
  return /(\d{4})$/.exec(masked)?.[1] ?? null;
}

/**
 * A saved account as the widget shows it: a card as "Visa ••1111" (its payment system's name
 * when the brand is not known), a PayPal account by its name. Accounts of a type the seed does
 * not list cannot be charged by the widget, so they are left out.
 */
export function toSavedMethod(wire: WirePaymentAccount): SavedMethod | null {
  const name = nonEmpty(wire.name)?.trim() ?? null;
  const system = nonEmpty(wire.payment_system?.name)?.trim() ?? null;
  if (wire.type === "paypal") {
    return {
      type: "paypal",
      id: wire.id,
      brand: null,
      last4: null,
      label: name ?? system ?? "PayPal",
    };
  }
  if (wire.type !== "card") return null;
  const brand = name ? brandOf(name) : null;
  const last4 = name ? lastFourOf(name) : null;
  const title = brand ?? system;
  const label = last4 ? (title ? `${title} ••${last4}` : `••${last4}`) : (title ?? name ?? "••••");
  return { type: "card", id: wire.id, brand, last4, label };
}

export const toSavedMethods = (wire: WirePaymentAccount[]): SavedMethod[] =>
  wire.flatMap((account) => toSavedMethod(account) ?? []);

/**
 * Why a charge failed, in the widget's words. A 402 is the seed's "Request Failed": valid, but
 * the payment did not go through, which for a saved card is a decline unless it says more.
 */
export function chargeFailure(error: ApiError): ChargeFailureReason {
  if (error.kind !== "http") return "other";
  const code = error.code ?? "";
  const known = Object.hasOwn(CHARGE_REASONS, code)
    ? CHARGE_REASONS[code as keyof typeof CHARGE_REASONS]
    : null;
  // Charged but not granted: whatever the status, the player must not pay again.
  if (known === "not-delivered") return known;
  if (error.status !== 402) return "other";
  return known ?? "declined";
}

export function createPaymentAccountCalls(config: BackendConfig): PaymentAccountCalls {
  const user = `/merchant/v2/projects/${encodeURIComponent(config.projectId)}/users/me`;
  const url = (path: string) => buildUrl(config.apiBase, `${user}${path}`, {});
  const account = (method: Pick<SavedMethod, "type" | "id">) =>
    `/${encodeURIComponent(method.type)}/${encodeURIComponent(method.id)}`;

  return {
    signedIn: !!config.userId,
    async list(signal) {
      const result = await get(config, {
        url: url("/payment_accounts"),
        schema: PaymentAccountsSchema,
        readError: readPaymentError,
        signal,
      });
      return result.ok ? ok(toSavedMethods(result.value)) : result;
    },
    async remove(method, signal) {
      const result = await request({
        url: url(`/payment_accounts${account(method)}`),
        method: "DELETE",
        schema: RemovedSchema,
        readError: readPaymentError,
        retries: 0,
        signal,
        fetchImpl: config.fetchImpl,
        timeoutMs: config.timeoutMs,
      });
      return result.ok ? ok(undefined) : result;
    },
    async charge(method, target, signal) {
      if (target.kind === "package" ? !(target.quantity > 0) : !target.sku) {
        return err({ ...apiError("invalid-response"), chargeReason: "other" });
      }
      // The token endpoint's proposal (CONTRACTS.md §1): the game server prices an item in the
      // currency the store showed it in.
      const result = await post(config, {
        url: url(`/payments${account(method)}`),
        schema: ChargeSchema,
        readError: readPaymentError,
        body: {
          purchase: tokenPurchase(target),
          settings: { currency: config.currency, language: languageOf(config.locale) },
        },
        signal,
      });
      if (!result.ok) return err({ ...result.error, chargeReason: chargeFailure(result.error) });
      return ok({ transactionId: result.value.transaction_id });
    },
  };
}
