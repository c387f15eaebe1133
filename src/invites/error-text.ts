import type { ApiError } from "../core/errors";
import type { I18n } from "../core/i18n";

/**
 * The player-facing sentence for a failed call, in the given language. The store has the
 * same words (widget/error-message.ts), but a feature may not import the widget, so the panel
 * keeps its own copy of this small switch over the shared catalog keys.
 */
export function describeError(error: ApiError, i18n: I18n): string {
  switch (error.kind) {
    case "network":
    case "aborted":
      return i18n.t("errorNetwork");
    case "timeout":
      return i18n.t("errorTimeout");
    case "invalid-response":
      return i18n.t("errorInvalid");
    case "not-configured":
      return i18n.t("noTokenUrl");
    case "http": {
      const status = error.status ?? 0;
      if (status === 401) return i18n.t("errorAuth");
      if (status >= 500) return i18n.t("errorServer", { status });
      return i18n.t("errorRequest", { status });
    }
  }
}

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
