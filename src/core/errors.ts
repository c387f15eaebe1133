/**
 * Every way a call to a backend can fail, as one value type. The widget translates `kind`
 * (and for HTTP errors the status) into a message for the player; `serverMessage` is the
 * text the server sent, shown as a detail and passed to the page in `error` events.
 */
export type ApiErrorKind =
  /** The server answered with an error status (its error JSON, when it sent one, is parsed). */
  | "http"
  /** No answer: offline, DNS, CORS, connection refused. */
  | "network"
  /** The server took longer than the widget's time limit. */
  | "timeout"
  /** The answer was not what the contract says: bad JSON, truncated, wrong shape. */
  | "invalid-response"
  /** The request was cancelled by the widget (destroy, refresh, a newer request). */
  | "aborted"
  /** The widget was not given what the call needs (a merchant store without `tokenUrl`). */
  | "not-configured";

/**
 * Why a refused request was refused, when the player needs words of their own for it. Each
 * adapter maps its contract's codes to these, so nothing above `api/` reads a vendor code.
 */
export type ApiErrorReason =
  /** Not enough virtual currency for an item priced in it. */
  | "not-enough-vc"
  /** The player has reached the item's per-player limit. */
  | "limit-reached"
  /** A claim of something that is not free. */
  | "not-free"
  /** A reward chain's step that does not exist (Store errorCode 9911). */
  | "no-such-step"
  /** A reward chain's step the player has claimed already (9912). */
  | "already-claimed"
  /** Too few value points for a reward chain's step (9913). */
  | "not-enough-points";

export interface ApiError {
  kind: ApiErrorKind;
  reason?: ApiErrorReason;
  /** HTTP status for `http` errors. */
  status?: number;
  /**
   * The server's own error code: an `errorCode` (Store API) or the status as text (Merchant
   * API). Passed on to the page in `error` events; the widget decides on `reason` instead.
   */
  code?: string;
  /** The server's human-readable message, when it sent one. Never rendered as HTML. */
  serverMessage?: string;
  /** The request id the server gave, useful when a studio contacts support. */
  requestId?: string;
  /**
   * The server's messages about the fields it refused ("purchase.gift.friends: at most 100"),
   * from a Merchant 422's `property_errors`, so a form can show them beside its own text.
   */
  fields?: string[];
}

export function apiError(kind: ApiErrorKind, details: Omit<ApiError, "kind"> = {}): ApiError {
  return { kind, ...details };
}

/** A short stable code for events and logs: "http-500", "timeout", "invalid-response". */
export function errorCode(error: ApiError): string {
  if (error.kind !== "http") return error.kind;
  // The Merchant API repeats the status as its code, which says nothing new.
  const code = error.code && error.code !== String(error.status) ? `-${error.code}` : "";
  return `http-${error.status}${code}`;
}

/** Thrown for options a studio got wrong; the message names the option and what it accepts. */
export class OptionsError extends Error {
  constructor(option: string, expected: string, got: unknown) {
    const shown =
      typeof got === "string"
        ? JSON.stringify(got)
        : typeof got === "function"
          ? "a function"
          : String(got);
    super(`game-storefront: option "${option}" ${expected} (got ${shown}).`);
    this.name = "OptionsError";
  }
}
