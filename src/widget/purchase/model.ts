import { signal } from "@preact/signals-core";
import type {
  ApiResult,
  Checkout,
  Gift,
  PurchaseBackend,
  PurchaseTarget,
  VcBalance,
} from "../../api";
import { type ApiError, errorCode } from "../../core/errors";
import type { I18n } from "../../core/i18n";
import { describeError, describeErrorForPage } from "../../core/i18n/describe-error";
import { type PayStation, reserveWindow } from "../../paystation";
import type { StorefrontEvents } from "../events";
import type { StorefrontPayStationOptions } from "../options";
import { confirmOrder } from "./confirm-order";
import { launcherOptions, showPayStation, windowOptions } from "./pay-station-session";
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
  /** Starts the same purchase again, for a failure that a second try may mend. */
  retry?: { label: (i18n: I18n) => string; run: () => void } | undefined;
}

/** Why a gift's "Continue to payment" failed, for the picker, which stays open. */
export interface GiftFailure {
  text: (i18n: I18n) => string;
  /** The server's messages about the fields it refused (a 422's `property_errors`). */
  fields: string[];
}

/** Why a purchase or gift did not reach Pay Station, with the server's words and a retry. */
type PayFailure = GiftFailure & Pick<Notice, "detail" | "retry">;

/** What a gift's "Continue to payment" came to: Pay Station opened, a failure, or nothing. */
export type GiftOutcome = "opened" | "busy" | GiftFailure;

/** The key of a gift in flight in `pending`, so that the product's Buy button is not the busy one. */
export const giftKey = (sku: string) => `gift:${sku}`;

type Emit = <K extends keyof StorefrontEvents>(name: K, payload: StorefrontEvents[K]) => void;

export interface PurchaseModelDeps {
  backend: PurchaseBackend;
  emit: Emit;
  /**
   * The launcher, loaded and made on the first purchase (or earlier, when the browser is
   * idle): most visits buy nothing. Rejects when its script cannot be loaded.
   */
  payStation: () => Promise<PayStation>;
  payStationOptions: StorefrontPayStationOptions;
  sandbox: boolean;
  /** The widget's current language, for the Pay Station dialog's name. */
  i18n: () => I18n;
  /** English, for the messages of `error` events, which the page's developers read. */
  english: I18n;
  /** Reloads what a purchase or claim may have changed: limits and the active plan. */
  onChanged: () => void;
}

export type PurchaseModel = ReturnType<typeof createPurchaseModel>;

/**
 * Buying and claiming for one widget. One purchase at a time: while one is in flight every
 * other purchase button does nothing, so a double click or an impatient player can never
 * start a second order.
 */
export function createPurchaseModel(deps: PurchaseModelDeps) {
  const { backend, emit } = deps;
  /** The SKU whose purchase is in flight (`giftKey(sku)` for a gift). */
  const pending = signal<string | null>(null);
  const notice = signal<Notice | null>(null);
  const balance = signal<VcBalance[]>([]);
  /** Buying and claiming: only destroy() stops them, since a refresh must not lose an order. */
  const purchases = new AbortController();
  /** Reading the balance, which refresh() starts again. */
  let balanceReads = new AbortController();
  let disposed = false;
  /** How many purchases have started: a late answer to an older one keeps quiet. */
  let started = 0;

  const say = (
    tone: Notice["tone"],
    text: Notice["text"],
    detail?: string,
    retry?: Notice["retry"],
  ) => {
    notice.value = { tone, text, detail, retry };
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
    const result = await backend.getBalance(balanceReads.signal);
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

  function granted(sku: string, name: string, orderId: number | null, claim = false, speak = say) {
    speak("success", (i18n) => i18n.t("granted", { name }));
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
    started += 1;
    // Said in the status region too: the button's own busy state is not announced everywhere.
    say("info", (i18n) => i18n.t(claim ? "claiming" : "opening", { name }));
    return true;
  }

  async function claim(sku: string, name: string) {
    if (!mayStart(sku, name, true)) return;
    const result = await backend.claimFree(sku, purchases.signal);
    if (disposed) return;
    pending.value = null;
    if (result.ok) granted(sku, name, result.value, true);
    else {
      fail(sku, name, result.error, true);
      // Claimed on another device, say: show the limit as the server now counts it.
      if (result.error.reason === "limit-reached") deps.onChanged();
    }
  }

  async function buy(request: BuyRequest) {
    const { sku, name } = request;
    if (!mayStart(sku, name, false)) return;
    if (request.vc && backend.buyWithVc) {
      const result = await backend.buyWithVc(sku, request.vc.sku, purchases.signal);
      if (disposed) return;
      pending.value = null;
      if (result.ok) granted(sku, name, result.value);
      else fail(sku, name, result.error, false, request.vc.name);
      return;
    }
    let paid = false;
    const failure = await pay(
      sku,
      name,
      "buyFailed",
      backend.checkout(request.target, purchases.signal),
      {
        retry: () => void buy(request),
        onDone(checkout) {
          paid = true;
          void confirm(sku, name, checkout.orderId);
        },
        isPaid: () => paid,
      },
    );
    if (typeof failure === "object") {
      say("error", failure.text, failure.detail, failure.retry);
    }
  }

  /**
   * The Pay Station part of a purchase or a gift, started inside the player's click: the
   * token (and on a first purchase the launcher) come after an await, too late for a popup
   * blocker, so a window Pay Station will need is opened now. Answers "opened", "busy" (the
   * widget went away) or what went wrong, which a purchase shows in the message bar and a
   * gift in its picker; `beforeOpen` runs once the token is there, before Pay Station shows.
   */
  async function pay(
    sku: string,
    name: string,
    failure: "buyFailed" | "giftFailed",
    checkoutCall: ApiResult<Checkout>,
    hooks: {
      retry?: () => void;
      beforeOpen?: () => Promise<void> | void;
      onDone(checkout: Checkout): void;
      isPaid(): boolean;
    },
  ): Promise<"opened" | "busy" | PayFailure> {
    const opened = reserveWindow(windowOptions(deps.payStationOptions));
    const [launcher, result] = await Promise.all([
      deps.payStation().catch(() => null),
      checkoutCall,
    ]);
    if (disposed || !launcher || !result.ok) opened?.close();
    if (disposed) return "busy";
    if (!launcher) {
      pending.value = null;
      emit("error", { code: "chunk-load", message: "The Pay Station launcher did not load", sku });
      return {
        text: (i18n) => i18n.t(failure, { name, reason: i18n.t("payStationUnavailable") }),
        retry: hooks.retry && {
          label: (i18n) => i18n.t("retryBuy", { name }),
          run: hooks.retry,
        },
        fields: [],
      };
    }
    launcher.reserve(windowOptions(deps.payStationOptions), opened);
    if (!result.ok) {
      launcher.close();
      pending.value = null;
      const error = result.error;
      emit("error", {
        code: errorCode(error),
        message: describeErrorForPage(error, deps.english),
        sku,
      });
      return {
        text: (i18n) =>
          i18n.t(failure, {
            name,
            reason: describePurchaseError(error, i18n) ?? describeError(error, i18n),
          }),
        detail: error.serverMessage,
        // The server's own words about each field; a refusal without any still shows its message.
        fields: error.fields ?? (error.serverMessage ? [error.serverMessage] : []),
      };
    }
    await hooks.beforeOpen?.();
    if (disposed) {
      launcher.close();
      return "busy";
    }
    const checkout = result.value;
    openPayStation(
      launcher,
      checkout,
      sku,
      name,
      failure,
      () => hooks.onDone(checkout),
      hooks.isPaid,
    );
    return "opened";
  }

  /**
   * Shows Pay Station for a checkout, passing its events on with the SKU, until it closes.
   * `isPaid` tells whether done was handled, so a close after it reads nothing twice.
   */
  function openPayStation(
    launcher: PayStation,
    checkout: Checkout,
    sku: string,
    name: string,
    failure: "buyFailed" | "giftFailed",
    onDone: () => void,
    isPaid: () => boolean,
  ) {
    try {
      showPayStation(
        launcher,
        launcherOptions(checkout, deps.payStationOptions, deps.sandbox, deps.i18n(), name),
        sku,
        {
          emit,
          onDone,
          onTroubled: () => say("error", (i18n) => i18n.t("paymentFailed", { name })),
          onClose(statusSeen) {
            pending.value = null;
            if (notice.peek()?.tone === "info" && !statusSeen) notice.value = null;
            // A payment that started but never said done may have gone through after all: read
            // it again. After done, the done handler has seen to that already.
            if (statusSeen && !isPaid()) {
              deps.onChanged();
              void loadBalance();
            }
          },
        },
      );
    } catch (error) {
      // Options the launcher refuses are the studio's mistake; the page's console says which.
      launcher.close();
      pending.value = null;
      emit("error", { code: "paystation-options", message: String(error), sku });
      say("error", (i18n) => i18n.t(failure, { name, reason: i18n.t("payStationFailed") }));
    }
  }

  /**
   * A gift of one product to the friends chosen in the picker, called inside the player's
   * click on "Continue to payment". Like buy(), it reserves Pay Station's window at once; a
   * failure is answered to the picker, which stays open with the player's choices. Once the
   * token is there, `beforeOpen` takes the picker away (and gives focus back to the Gift
   * button, which the lightbox then restores when it closes) before Pay Station opens.
   */
  async function gift(
    request: BuyRequest,
    chosen: Gift,
    beforeOpen: () => Promise<void> | void,
  ): Promise<GiftOutcome> {
    const { sku, name } = request;
    const giftCheckout = backend.giftCheckout;
    if (pending.peek() !== null || disposed || !giftCheckout) return "busy";
    pending.value = giftKey(sku);
    started += 1;
    let paid = false;
    const outcome = await pay(
      sku,
      name,
      "giftFailed",
      giftCheckout(request.target, chosen, purchases.signal),
      {
        beforeOpen,
        onDone() {
          paid = true;
          giftSent(sku, chosen);
        },
        isPaid: () => paid,
      },
    );
    return typeof outcome === "object" ? { text: outcome.text, fields: outcome.fields } : outcome;
  }

  /** Pay Station said done: the friends have their gift (a gift has no order the browser reads). */
  function giftSent(sku: string, chosen: Gift) {
    const [first] = chosen.friends;
    const count = chosen.friends.length;
    say("success", (i18n) =>
      count === 1 && first
        ? i18n.t("giftSent", { name: first.name })
        : i18n.plural("giftSentMany", count),
    );
    emit("gift", { sku, friends: count });
    deps.onChanged();
    void loadBalance();
  }

  /** After Pay Station says done: check the order where the browser can, then grant. */
  async function confirm(sku: string, name: string, orderId: number | null) {
    const read = backend.getOrderStatus;
    if (!read || orderId === null) {
      granted(sku, name, orderId);
      return;
    }
    say("info", (i18n) => i18n.t("confirming", { name }));
    const mine = started;
    const status = await confirmOrder((signal) => read(orderId, signal), purchases.signal);
    if (disposed) return;
    // A purchase started since owns the message bar; this one's outcome still reaches the page.
    const speak: typeof say = mine === started ? say : () => {};
    if (status === "done") granted(sku, name, orderId, false, speak);
    else if (status === "canceled") speak("error", (i18n) => i18n.t("orderCanceled", { name }));
    else {
      // Paid but not confirmed in time: the order is still on its way, so say that honestly.
      speak("info", (i18n) => i18n.t("purchasePending", { name }));
      deps.onChanged();
    }
  }

  return {
    pending,
    notice,
    balance,
    buy,
    gift,
    claim,
    say,
    loadBalance,
    dismiss: () => {
      notice.value = null;
    },
    /** Reads the balance again (refresh()); purchases in flight go on. */
    refresh() {
      balanceReads.abort();
      balanceReads = new AbortController();
      return loadBalance();
    },
    dispose() {
      disposed = true;
      purchases.abort();
      balanceReads.abort();
    },
  };
}
