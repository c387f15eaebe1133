/** The error bodies of the emulated services, in each contract's own shape. */
import { randomBytes } from "node:crypto";
import { isJsonContentType } from "./request-body";

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json" },
  });
}

/** A request id as the Merchant API gives one: random hex. */
export function requestId(): string {
  return randomBytes(16).toString("hex");
}

/** Merchant API v2: `{http_status_code, message, extended_message, request_id}`. */
export function merchantError(
  status: number,
  message: string,
  extendedMessage: string | Record<string, unknown>,
): Response {
  return json(status, {
    http_status_code: status,
    message,
    extended_message: extendedMessage,
    request_id: requestId(),
  });
}

/**
 * The Merchant API's 415 for a body sent without `Content-Type: application/json`; null when
 * the header is right.
 */
export function unlessJsonContentType(contentType: string | undefined): Response | null {
  if (isJsonContentType(contentType)) return null;
  return merchantError(
    415,
    "Unsupported Media Type",
    "Send the request body as JSON with the header Content-Type: application/json.",
  );
}

/** A 404 for a path the Merchant API (or a game server speaking its errors) does not have. */
export function noSuchMethod(request: Request): Response {
  return merchantError(
    404,
    "Not Found",
    `No such method: ${request.method} ${new URL(request.url).pathname}`,
  );
}

/**
 * The Merchant API's 422 for invalid parameters: the problems per property (paths such as
 * "settings.project_id") and about the request as a whole.
 */
export function merchantInvalid(
  propertyErrors: Record<string, string[]>,
  globalErrors: string[] = [],
): Response {
  return merchantError(422, "Invalid parameters", {
    global_errors: globalErrors,
    property_errors: propertyErrors,
  });
}

export interface PropertyError {
  property: string;
  message: string;
}

/**
 * Store API v2 (and the subscriptions API): `{statusCode, errorCode, errorMessage, transactionId}`,
 * the message prefixed with the service code and the error code as the real one is.
 */
export function storeError(
  status: number,
  errorCode: number,
  message: string,
  extended?: PropertyError[],
): Response {
  return json(status, {
    statusCode: status,
    errorCode,
    errorMessage: `[0401-${errorCode}]: ${message}`,
    ...(extended ? { errorMessageExtended: extended } : {}),
    transactionId: randomBytes(16).toString("hex"),
  });
}
