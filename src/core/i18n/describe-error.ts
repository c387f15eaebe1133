import type { ApiError } from "../errors";
import type { I18n } from "./index";

/** The player-facing sentence for an API error, in the widget's language. */
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
 * The text of `error` events: the server's own message when it sent one, otherwise the same
 * sentence a player sees, in English, since the page's developers read it in their console.
 */
export function describeErrorForPage(error: ApiError, english: I18n): string {
  return error.serverMessage ?? describeError(error, english);
}
