/**
 * The query and header checks the Store API and the subscriptions API share: paging, locale,
 * country and the optional player token. Problems answer in the Store error shape.
 */
import { DEMO_USER_ID } from "./config";
import { storeError } from "./errors";
import { type Pricing, pricingForCountry } from "./money";

export const MAX_LIMIT = 50;

export interface StoreQuery {
  limit: number;
  offset: number;
  /** ISO 639-1 language taken from `locale`. */
  language: string;
  pricing: Pricing;
  /** The signed-in player, or null for an anonymous caller. */
  userId: string | null;
}

function unprocessable(property: string, message: string): Response {
  return storeError(422, 1102, "Unprocessable Entity", [{ property, message }]);
}

function integer(raw: string | undefined, fallback: number): number | null {
  if (raw === undefined || raw === "") return fallback;
  return /^\d{1,9}$/.test(raw) ? Number(raw) : null;
}

/** Any non-empty bearer token is the demo player; a header of another form is refused. */
export function playerFromHeader(header: string | undefined): string | null | Response {
  if (header === undefined) return null;
  const token = /^Bearer\s+(\S+)$/.exec(header.trim())?.[1];
  if (!token)
    return storeError(401, 1501, "Authorization failed: the Authorization header is malformed");
  return DEMO_USER_ID;
}

export function parseStoreQuery(
  query: (name: string) => string | undefined,
  authorization: string | undefined,
): StoreQuery | Response {
  const userId = playerFromHeader(authorization);
  if (userId instanceof Response) return userId;
  const limit = integer(query("limit"), MAX_LIMIT);
  if (limit === null || limit < 1 || limit > MAX_LIMIT) {
    return unprocessable("limit", `The property limit should be an integer from 1 to ${MAX_LIMIT}`);
  }
  const offset = integer(query("offset"), 0);
  if (offset === null)
    return unprocessable("offset", "The property offset should be a non-negative integer");
  const locale = query("locale") || "en";
  if (!/^[a-z]{2}([-_][A-Za-z]{2})?$/.test(locale)) {
    return unprocessable(
      "locale",
      "The property locale should be a two-letter ISO 639-1 language code",
    );
  }
  const country = query("country");
  if (country && !/^[A-Za-z]{2}$/.test(country)) {
    return unprocessable("country", "The property country should be a two-letter ISO 3166-1 code");
  }
  return {
    limit,
    offset,
    language: locale.slice(0, 2),
    pricing: pricingForCountry(country?.toUpperCase()),
    userId,
  };
}

/** One page of a list, as `{has_more, items}`. */
export function page<T>(all: T[], query: StoreQuery, render: (value: T, index: number) => unknown) {
  const slice = all.slice(query.offset, query.offset + query.limit);
  return {
    has_more: query.offset + query.limit < all.length,
    items: slice.map((value, index) => render(value, query.offset + index)),
  };
}
