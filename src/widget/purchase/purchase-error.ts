import type { ApiError } from "../../core/errors";
import type { I18n } from "../../core/i18n";

/**
 * The reasons a purchase or claim fails that deserve their own words (CONTRACTS.md section 3
 * and seed 001); null for the rest, which read like any other failed request.
 */
export function describePurchaseError(
  error: ApiError,
  i18n: I18n,
  currency?: string,
): string | null {
  if (error.code === "5006") {
    return i18n.t("notEnoughVc", { currency: currency ?? i18n.t("vcFallbackName") });
  }
  if (isLimitReached(error)) return i18n.t("limitReached");
  if (error.code === "1411") return i18n.t("notFree");
  return null;
}

/** A limit reached says "[0401-1460]" in its message; newer answers also use errorCode 1460. */
export function isLimitReached(error: ApiError): boolean {
  return error.code === "1460" || !!error.serverMessage?.includes("[0401-1460]");
}
