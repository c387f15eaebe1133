/**
 * The signature of Xsolla's requests to the game's webhook URL that carry their parameters in
 * the query, such as the friend list request (seed 004, "서명 생성"; CONTRACTS.md section 4):
 * sort the received parameters by name, concatenate their values, append the project's secret
 * key, and hash the string with SHA-1; the result travels as `sign`. Both sides of the sandbox
 * use it: the emulated vendor signs, the game server checks.
 */
import { createHash, timingSafeEqual } from "node:crypto";

/** The parameter that carries the signature, left out of what is signed. */
export const SIGN_PARAMETER = "sign";

/** The lower-case hex SHA-1 of the parameters' values, sorted by name, and the secret key. */
export function signParameters(
  parameters: URLSearchParams | Record<string, string>,
  secret: string,
): string {
  const entries = [
    ...(parameters instanceof URLSearchParams ? parameters : Object.entries(parameters)),
  ].filter(([name]) => name !== SIGN_PARAMETER);
  // By name, as the seed says; a name given twice keeps its values in the order received.
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const text = entries.map(([, value]) => value).join("") + secret;
  return createHash("sha1").update(text, "utf8").digest("hex");
}

/**
 * Whether the parameters carry their own signature in `sign`. The comparison takes the same
 * time wherever the strings differ, so the answer time tells nothing about the secret.
 */
export function parametersSignatureMatches(parameters: URLSearchParams, secret: string): boolean {
  const given = parameters.get(SIGN_PARAMETER)?.trim().toLowerCase() ?? "";
  if (!/^[0-9a-f]{40}$/.test(given)) return false;
  const expected = Buffer.from(signParameters(parameters, secret), "utf8");
  return timingSafeEqual(Buffer.from(given, "utf8"), expected);
}
