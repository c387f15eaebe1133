import type { Checkout, PurchaseBackend, PurchaseTarget, VcBalance } from "../../api";
import type { StorefrontPayStationOptions } from "../../core/config";
import { type ApiError, errorCode } from "../../core/errors";
import type { I18n } from "../../core/i18n";
import { signal } from "../../core/signal";
import type { PayStation, PayStationOptions } from "../../paystation";
import { describeError, describeErrorForPage } from "../error-message";
import type { StorefrontEvents } from "../events";
import { confirmOrder } from "./confirm-order";
import { describePurchaseError } from "./purchase-error";

/** What the player asked for, as the card that holds the button knows it. */
export interface BuyRequest {
  /** The SKU (the plan id for plans): the key of the button and of the events. */
  sku: string;
  name: string;
  target: PurchaseTarget;
  /** Pay with this virtual currency at once, without Pay Station, where the backend can. */
  vc?: { sku: string; name: string } | null;
}

/** A message for the player about the latest purchase, in whatever language is current. */
export interface Notice {
  tone: "success" | "info" | "error";
  text: (i18n: I18n) => string;
  /** The server's own words, shown as a detail. */
  detail?: string | undefined;
}

type Emit = <K extends keyof StorefrontEvents>(name: K, payload: StorefrontEvents[K]) => void;

export interface PurchaseModelDeps {
  backend: PurchaseBackend;
  emit: Emit;
  /** The launcher, made on the first purchase: most visits buy nothing. */
  payStation: () => PayStation;
  payStationOptions: StorefrontPayStationOptions;
  sandbox: boolean;
  /** The widget's current language, for the Pay Station dialog's name. */
  i18n: () => I18n;
  /** English, for the messages of `error` events, which the page's developers read. */
  english: I18n;
  /** Reloads what a purchase or claim may have changed: limits and the active plan. */
  onChanged: () => void;
}

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

export type PurchaseModel = ReturnType<typeof createPurchaseModel>;

/**
 * Buying and claiming for one widget. One purchase at a time: while one is in flight every
 * other purchase button does nothing, so a double click or an impatient player can never
 * start a second order.
 */
export function createPurchaseModel(deps: PurchaseModelDeps) {
  const { backend, emit } = deps;
  /** The SKU whose purchase is in flight. */
  const pending = signal<string | null>(null);
  const notice = signal<Notice | null>(null);
  const balance = signal<VcBalance[]>([]);
  let controller = new AbortController();
  let disposed = false;

  const say = (tone: Notice["tone"], text: Notice["text"], detail?: string) => {
    notice.value = { tone, text, detail };
  };

  function fail(sku: string, name: string, error: ApiError, claim = false, currency?: string) {
    say(
      "error",
      (i18n) =>
        i18n.t(claim ? "claimFailed" : "buyFailed", {
          name,
          reason: describePurchaseError(error, i18n, currency) ?? describeError(error, i18n),
        }),
      error.serverMessage,
    );
    emit("error", {
      code: errorCode(error),
      message: describeErrorForPage(error, deps.english),
      sku,
    });
  }

  async function loadBalance() {
    if (!backend.signedIn) return;
    const result = await backend.getBalance(controller.signal);
    if (disposed) return;
    if (result.ok) balance.value = result.value;
    else if (result.error.kind !== "aborted") {
      emit("error", {
        code: errorCode(result.error),
        message: describeErrorForPage(result.error, deps.english),
        section: "balance",
      });
    }
  }

  function granted(sku: string, name: string, orderId: number | null, claim = false) {
    say("success", (i18n) => i18n.t("granted", { name }));
    if (claim && orderId !== null) emit("claim", { sku, orderId });
    else emit("purchase", { sku, orderId });
    deps.onChanged();
    void loadBalance();
  }

  /** True when the player may start a purchase now; otherwise says why. */
  function mayStart(sku: string, name: string, claim: boolean): boolean {
    if (pending.peek() !== null || disposed) return false;
    if (!backend.signedIn) {
      say("info", (i18n) => i18n.t(claim ? "signInToClaim" : "signInToBuy", { name }));
      emit("login-required", { sku });
      return false;
    }
    pending.value = sku;
    notice.value = null;
    return true;
  }

  async function claim(sku: string, name: string) {
    if (!mayStart(sku, name, true)) return;
    const result = await backend.claimFree(sku, controller.signal);
    if (disposed) return;
    pending.value = null;
    if (result.ok) granted(sku, name, result.value, true);
    else {
      fail(sku, name, result.error, true);
      // Claimed on another device, say: show the limit as the server now counts it.
      if (describePurchaseError(result.error, deps.english)) deps.onChanged();
    }
  }

  async function buy(request: BuyRequest) {
    const { sku, name } = request;
    if (!mayStart(sku, name, false)) return;
    if (request.vc && backend.buyWithVc) {
      const result = await backend.buyWithVc(sku, request.vc.sku, controller.signal);
      if (disposed) return;
      pending.value = null;
      if (result.ok) granted(sku, name, result.value);
      else fail(sku, name, result.error, false, request.vc.name);
      return;
    }
    const result = await backend.checkout(request.target, controller.signal);
    if (disposed) return;
    if (!result.ok) {
      pending.value = null;
      fail(sku, name, result.error);
      return;
    }
    openPayStation(request, result.value);
  }

  function openPayStation({ sku, name }: BuyRequest, checkout: Checkout) {
    const launcher = deps.payStation();
    const removers: (() => void)[] = [];
    let paid = false;
    for (const event of FORWARDED) {
      removers.push(
        launcher.on(event, (_event: unknown, data?: unknown) => {
          emit(event, { ...(data as object), sku } as never);
          if (event === "status-done" && !paid) {
            paid = true;
            void confirm(sku, name, checkout.orderId);
          } else if (event === "status-troubled") {
            say("error", (i18n) => i18n.t("paymentFailed", { name }));
          } else if (event === "close") {
            for (const remove of removers) remove();
            pending.value = null;
          }
        }),
      );
    }
    try {
      launcher.init(launcherOptions(checkout, deps, name));
      launcher.open();
    } catch (error) {
      // Options the launcher refuses are the studio's mistake; the page's console says which.
      for (const remove of removers) remove();
      pending.value = null;
      emit("error", { code: "paystation-options", message: String(error), sku });
      say("error", (i18n) => i18n.t("buyFailed", { name, reason: i18n.t("payStationFailed") }));
    }
  }

  /** After Pay Station says done: check the order where the browser can, then grant. */
  async function confirm(sku: string, name: string, orderId: number | null) {
    const read = backend.getOrderStatus;
    if (!read || orderId === null) {
      granted(sku, name, orderId);
      return;
    }
    say("info", (i18n) => i18n.t("confirming", { name }));
    const status = await confirmOrder((signal) => read(orderId, signal), controller.signal);
    if (disposed) return;
    if (status === "done") granted(sku, name, orderId);
    else if (status === "canceled") say("error", (i18n) => i18n.t("orderCanceled", { name }));
    else {
      // Paid but not confirmed in time: the order is still on its way, so say that honestly.
      say("info", (i18n) => i18n.t("purchasePending", { name }));
      deps.onChanged();
    }
  }

  return {
    pending,
    notice,
    balance,
    buy,
    claim,
    loadBalance,
    dismiss: () => {
      notice.value = null;
    },
    /** Drops the balance and reads it again (refresh()). */
    refresh() {
      controller.abort();
      controller = new AbortController();
      return loadBalance();
    },
    dispose() {
      disposed = true;
      controller.abort();
    },
  };
}

/** The launcher's options for one checkout: the backend's URL, the studio's page, or the vendor's. */
function launcherOptions(
  checkout: Checkout,
  deps: Pick<PurchaseModelDeps, "payStationOptions" | "sandbox" | "i18n">,
  name: string,
): PayStationOptions {
  const { url, ...rest } = deps.payStationOptions;
  const label = deps.i18n().t("payDialog", { name });
  const base = {
    ...rest,
    lightbox: { ...rest.lightbox, label },
  } as PayStationOptions;
  const store = checkout.tokenKind === "store";
  if (checkout.url) return { ...base, payment_url: checkout.url };
  const token = checkout.token ?? "";
  if (url) {
    const page = new URL(url);
    page.searchParams.set(store ? "token" : "access_token", token);
    return { ...base, payment_url: page.href };
  }
  return { ...base, access_token: token, sandbox: deps.sandbox, paystationVersion: store ? 4 : 2 };
}
