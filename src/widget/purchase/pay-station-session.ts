import type { Checkout } from "../../api";
import type { I18n } from "../../core/i18n";
import type { PayStation, PayStationOptions } from "../../paystation";
import type { StorefrontEvents } from "../events";
import type { StorefrontPayStationOptions } from "../options";

/** The Pay Station events the storefront passes on to the page, with the SKU added. */
const FORWARDED = [
  "open",
  "load",
  "close",
  "status",
  "status-invoice",
  "status-delivering",
  "status-done",
  "status-troubled",
  "error",
] as const;

type Forwarded = (typeof FORWARDED)[number];

export interface PayStationSessionHooks {
  /** Passes an event on to the page. */
  emit<K extends Forwarded>(name: K, payload: StorefrontEvents[K]): void;
  onDone(): void;
  onTroubled(): void;
  /** Pay Station closed; `statusSeen` when it had got as far as a payment status. */
  onClose(statusSeen: boolean): void;
}

/**
 * Shows Pay Station for one checkout through the widget's launcher, passing its events on
 * with the SKU, until it closes; then its listeners go. Throws when the launcher refuses the
 * options, after removing them.
 */
export function showPayStation(
  launcher: PayStation,
  options: PayStationOptions,
  sku: string,
  hooks: PayStationSessionHooks,
): void {
  const removers: (() => void)[] = [];
  const stop = () => {
    for (const remove of removers.splice(0)) remove();
  };
  let done = false;
  let statusSeen = false;
  for (const event of FORWARDED) {
    removers.push(
      launcher.on(event, (_event: unknown, data?: unknown) => {
        hooks.emit(event, { ...(data as object), sku } as StorefrontEvents[typeof event]);
        if (event === "status") statusSeen = true;
        else if (event === "status-done" && !done) {
          done = true;
          hooks.onDone();
        } else if (event === "status-troubled") hooks.onTroubled();
        else if (event === "close") {
          stop();
          hooks.onClose(statusSeen);
        }
      }),
    );
  }
  try {
    launcher.init(options);
    launcher.open();
  } catch (error) {
    stop();
    throw error;
  }
}

/** The launcher's options for one checkout: the backend's URL, the studio's page, or the vendor's. */
export function launcherOptions(
  checkout: Checkout,
  studio: StorefrontPayStationOptions,
  sandbox: boolean,
  i18n: I18n,
  name: string,
): PayStationOptions {
  const { url, ...rest } = studio;
  const base = {
    ...rest,
    lightbox: {
      ...rest.lightbox,
      label: i18n.t("payDialog", { name }),
      closeLabel: i18n.t("payClose"),
      loadingLabel: i18n.t("payLoading"),
      frameLabel: i18n.t("payFrame"),
    },
  } as PayStationOptions;
  const store = checkout.tokenKind === "store";
  if (checkout.url) return { ...base, payment_url: checkout.url };
  const token = checkout.token ?? "";
  if (url) {
    const page = new URL(url);
    page.searchParams.set(store ? "token" : "access_token", token);
    return { ...base, payment_url: page.href };
  }
  return { ...base, access_token: token, sandbox, paystationVersion: store ? 4 : 2 };
}
