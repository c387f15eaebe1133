import type { ApiError } from "../core/errors";
import type { I18n } from "../core/i18n";
import { describeError } from "../core/i18n/describe-error";

/**
 * Why a call failed, for the player: a refusal's own words when the server sent any (Hive's
 * `result_message` for a `result_code` other than 200), else the translated sentence.
 */
export function failureReason(error: ApiError, i18n: I18n): string {
  if (error.kind === "http" && error.serverMessage) return error.serverMessage;
  return describeError(error, i18n);
}

/** The `error` event's message: the server's own words when it sent any, else English. */
export function describeErrorForPage(error: ApiError, english: I18n): string {
  return error.serverMessage ?? describeError(error, english);
}
