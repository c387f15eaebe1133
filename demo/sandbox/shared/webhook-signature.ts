/**
 * The webhook signature both sides of the sandbox use: Xsolla signs a webhook with
 * `Authorization: Signature <sha1(json_body + secret_key)>` (seed 004; CONTRACTS.md section 4),
 * and the game's listener recomputes it over the raw body it received.
 */
import { createHash, timingSafeEqual } from "node:crypto";

/** The lower-case hex SHA-1 of the body followed by the project's secret key. */
export function signWebhook(body: string, secret: string): string {
  return createHash("sha1")
    .update(body + secret, "utf8")
    .digest("hex");
}

/** The `Authorization` header value for a body. */
export function signatureHeader(body: string, secret: string): string {
  return `Signature ${signWebhook(body, secret)}`;
}

/**
 * Whether an `Authorization` header carries the body's signature. The comparison takes the
 * same time wherever the strings differ, so the answer time tells nothing about the secret.
 */
export function signatureMatches(header: string | undefined, body: string, secret: string) {
  const given = /^Signature\s+([0-9a-fA-F]{40})$/.exec(header?.trim() ?? "")?.[1];
  if (!given) return false;
  const expected = Buffer.from(signWebhook(body, secret), "utf8");
  return timingSafeEqual(Buffer.from(given.toLowerCase(), "utf8"), expected);
}
