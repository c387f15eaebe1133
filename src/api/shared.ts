import type { ApiError } from "../core/errors";
import { type RequestOptions, request } from "../core/http";
import type { Result } from "../core/result";
import type { BackendConfig, MoneyPrice, PerUserLimit, VcPrice } from "./backend";

/*
 * Mapping helpers and the request wrapper that both adapters share (their shared schemas are
 * in shared-schemas.ts, which only the wire chunks load). It imports only from src/core.
 */

// Mapping

/** The ISO 639-1 part of a BCP 47 tag: "pt-BR" -> "pt". */
export function languageOf(locale: string): string {
  return (locale.split(/[-_]/)[0] ?? "").toLowerCase() || "en";
}

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

// Requests

/**
 * The Store API's `Authorization: Bearer` header for the player's token. The catalog is
 * readable without one, so a token source that fails leaves a request anonymous (prices stay
 * right, per-user limits are not personal) instead of failing it; a call that needs the player
 * then answers 401.
 */
export async function authHeaders(
  config: Pick<BackendConfig, "userToken">,
): Promise<Record<string, string>> {
  try {
    const source = config.userToken;
    const token = typeof source === "function" ? await source() : source;
    return token ? { Authorization: `Bearer ${token}` } : {};
  } catch {
    return {};
  }
}

export interface GetOptions<T> {
  url: string;
  schema: RequestOptions<T>["schema"];
  readError: RequestOptions<T>["readError"];
  peek?: RequestOptions<T>["peek"];
  headers?: Record<string, string>;
  signal?: AbortSignal | undefined;
}

/** A POST of a JSON body with the configured fetch and time limit; never retried. */
export function post<T>(
  config: BackendConfig,
  options: GetOptions<T> & { body: unknown },
): Promise<Result<T, ApiError>> {
  return request({
    ...options,
    method: "POST",
    fetchImpl: config.fetchImpl,
    timeoutMs: config.timeoutMs,
  });
}

/** A GET with the configured fetch and time limit. */
export function get<T>(
  config: BackendConfig,
  options: GetOptions<T>,
): Promise<Result<T, ApiError>> {
  return request({ ...options, fetchImpl: config.fetchImpl, timeoutMs: config.timeoutMs });
}

/** Joins a base URL, a path and the query parameters that have a value. */
export function buildUrl(
  base: string,
  path: string,
  query: Record<string, string | number | undefined>,
): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== "") params.set(key, String(value));
  }
  const search = params.toString();
  return `${base.replace(/\/+$/, "")}${path}${search ? `?${search}` : ""}`;
}
