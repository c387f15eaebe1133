import type { ApiError } from "../core/errors";
import type { MoneyPrice, PerUserLimit, VcPrice } from "./backend";

/*
 * Mapping helpers that both adapters and the features' schemas share, for answers once they
 * are checked. Only chunks use them: the build puts this file in the core-zod chunk with the
 * shared schemas (scripts/build.mjs), so the first view's script does not carry it. It imports
 * only from src/core.
 */

/** Empty strings from the server mean "nothing", so they become null. */
export function nonEmpty(text: string | null | undefined): string | null {
  return text?.trim() ? text : null;
}

/**
 * Protocol-relative URLs ("//cdn...") would take the embedding page's scheme; force https.
 * Anything but an http(s) URL (a `javascript:` or `data:` link, markup, a relative path that
 * would load from the studio's page) is no image the widget shows: null.
 */
export function absoluteUrl(url: string | null | undefined): string | null {
  const value = nonEmpty(url)?.trim();
  if (!value) return null;
  if (value.startsWith("//")) return `https:${value}`;
  return /^https?:\/\/[^\s<>"]+$/i.test(value) ? value : null;
}

export function positiveOrNull(value: number | null | undefined): number | null {
  return value != null && value > 0 ? value : null;
}

/** A price before a discount is worth showing only when it is really higher. */
export function higherOrNull(current: number, before: number | null | undefined): number | null {
  return before != null && before > current ? before : null;
}

export function toDate(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  return validDate(new Date(iso));
}

/** A date, or null for one out of range (seconds from a server that sent 1e308 of them). */
export function validDate(date: Date): Date | null {
  return Number.isNaN(date.getTime()) ? null : date;
}

/** A money price that keeps `beforeDiscount` only when it is higher than the current amount. */
export function money(
  amount: number,
  before: number | null | undefined,
  currency: string,
): MoneyPrice {
  const previous = higherOrNull(amount, before);
  return {
    current: { amount, currency },
    beforeDiscount: previous === null ? null : { amount: previous, currency },
  };
}

/** A money price, or null when the amount is zero or missing (the thing is not sold for money). */
export function moneyPrice(
  amount: number | null | undefined,
  before: number | null | undefined,
  currency: string,
): MoneyPrice | null {
  return amount == null || amount <= 0 ? null : money(amount, before, currency);
}

export function vcPrice(
  amount: number | null | undefined,
  before: number | null | undefined,
  currency: VcPrice["currency"],
): VcPrice | null {
  if (amount == null || amount <= 0) return null;
  return { amount, beforeDiscount: higherOrNull(amount, before), currency };
}

/**
 * Both contracts call a thing free when it is flagged so or has neither a money nor a VC
 * price. A free thing shows no price at all, even if the server left a stale one in place.
 */
export function pricing(
  isFreeFlag: boolean | null | undefined,
  price: MoneyPrice | null,
  vc: VcPrice | null,
): { price: MoneyPrice | null; vcPrice: VcPrice | null; isFree: boolean } {
  const isFree = isFreeFlag === true || (price === null && vc === null);
  return isFree ? { price: null, vcPrice: null, isFree } : { price, vcPrice: vc, isFree };
}

/** The parsed `limits` (shared-schemas.ts LimitsSchema), written out so this file imports no schema. */
type Limits = { per_user?: { total: number; available: number } | null } | null | undefined;

export function toLimit(limits: Limits): PerUserLimit | null {
  const perUser = limits?.per_user;
  return perUser ? { total: perUser.total, available: perUser.available } : null;
}

/** Error details for an ApiError, leaving out what the server did not send. */
export function errorDetails(
  code: string | number | null | undefined,
  message: string | null | undefined,
  requestId: string | null | undefined,
): Pick<ApiError, "code" | "serverMessage" | "requestId"> {
  const serverMessage = nonEmpty(message);
  return {
    ...(code != null && { code: String(code) }),
    ...(serverMessage !== null && { serverMessage }),
    ...(requestId != null && { requestId }),
  };
}
