import type { ApiError } from "../core/errors";
import type { I18n } from "../core/i18n";

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
    case "http": {
      const status = error.status ?? 0;
      if (status === 401) return i18n.t("errorAuth");
      if (status === 403) return i18n.t("errorForbidden");
      if (status === 404) return i18n.t("errorNotFound");
      if (status >= 500) return i18n.t("errorServer", { status });
      return i18n.t("errorRequest", { status });
    }
  }
}

/** English text for `error` events, where the page wants a message even without a server one. */
export function describeErrorForPage(error: ApiError): string {
  if (error.serverMessage) return error.serverMessage;
  const english: Record<ApiError["kind"], string> = {
    network: "The store could not be reached.",
    timeout: "The store took too long to answer.",
    "invalid-response": "The store sent an answer that does not match the contract.",
    aborted: "The request was cancelled.",
    http: `The store answered with HTTP ${error.status}.`,
  };
  return english[error.kind];
}
