import type { I18n } from "../core/i18n";

/**
 * How the player sees a saved method, in the store's one-click buttons and in the account
 * panel alike: "Visa ••1111", or "PayPal (their name)"; a PayPal account without a name of its
 * own is labelled "PayPal", which is shown once, not twice. Only chunks use it: import it by
 * this file, not through ./index.
 */
export function methodName(method: { type: string; label: string }, i18n: I18n): string {
  return method.type === "paypal" && method.label !== "PayPal"
    ? i18n.t("savedPaypal", { account: method.label })
    : method.label;
}
