import type { ApiError } from "../../core/errors";
import type { I18n } from "../../core/i18n";

/**
 * The reasons a purchase or claim fails that deserve their own words (the adapters map the
 * vendor's codes to them); null for the rest, which read like any other failed request.
 */
export function describePurchaseError(
  error: ApiError,
  i18n: I18n,
  currency?: string,
): string | null {
  switch (error.reason) {
    case "not-enough-vc":
      return i18n.t("notEnoughVc", { currency: currency ?? i18n.t("vcFallbackName") });
    case "limit-reached":
      return i18n.t("limitReached");
    case "not-free":
      return i18n.t("notFree");
    default:
      return null;
  }
}
