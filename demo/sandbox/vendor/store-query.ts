/**
 * The query and header checks the Store API and the subscriptions API share: paging, locale,
 * country and the optional player token. Problems answer in the Store error shape.
 */
import { DEMO_USER_ID } from "../data/players";
import { storeError } from "../shared/errors";
import { type Schema, validate } from "../shared/json-schema";
import { readOptionalJson } from "../shared/request-body";
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

/**
 * The player a Store bearer token stands for. The sandbox has no Xsolla Login: `<id>-token`
 * is player `id` (`demo-player-2-token` is demo-player-2), any other non-empty token is the
 * demo player, and a header of another form is refused.
 */
export function playerFromHeader(header: string | undefined): string | null | Response {
  if (header === undefined) return null;
  const token = /^Bearer\s+(\S+)$/.exec(header.trim())?.[1];
  if (!token)
    return storeError(401, 1501, "Authorization failed: the Authorization header is malformed");
  return /^([\w.-]+)-token$/.exec(token)?.[1] ?? DEMO_USER_ID;
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

/**
 * An optional JSON request body checked against a schema: none is `{}`; a body that is not
 * JSON or breaks the schema answers 422 errorCode 1102 with the problems per property.
 */
export async function readStoreBody(request: Request, schema: Schema): Promise<unknown> {
  const body = await readOptionalJson(request);
  if (body === undefined) {
    return storeError(422, 1102, "Unprocessable Entity", [
      { property: "body", message: "The request body is not valid JSON" },
    ]);
  }
  const errors = validate(body, schema);
  if (Object.keys(errors).length === 0) return body;
  const extended = Object.entries(errors).flatMap(([property, messages]) =>
    messages.map((message) => ({ property, message })),
  );
  return storeError(422, 1102, "Unprocessable Entity", extended);
}

/** The signed-in player, or the Store's 401 errorCode 1501 for an anonymous caller. */
export function requirePlayer(query: StoreQuery): string | Response {
  return query.userId ?? storeError(401, 1501, "Authorization failed: no user token was given");
}
