import { signal } from "@preact/signals-core";
import type { ApiResult, Checkout, VcBalance } from "../../api";
import { type ApiError, errorCode } from "../../core/errors";
import { describeError, describeErrorForPage } from "../../core/i18n/describe-error";
import { retrying } from "../../core/lazy";
import { reserveWindow } from "../../paystation";
import { describePurchaseError } from "./purchase-error";
import type {
  BuyRequest,
  CheckoutFlowContext,
  Notice,
  PayFailure,
  PayHooks,
  PurchaseModelDeps,
} from "./types";
import { windowOptions } from "./window-options";

export type { BuyRequest, GiftFailure, GiftOutcome, Notice, PurchaseModelDeps } from "./types";

/** The purchase's steps after the click, with the launcher: a chunk of its own. */
const checkoutFlow = retrying(() => import("./checkout-flow"));

/** The key of a gift in flight in `pending`, so that the product's Buy button is not the busy one. */
export const giftKey = (sku: string) => `gift:${sku}`;

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
  /** Why the balance could not be read, after its retries; its Reload reads only it again. */
  const balanceError = signal<ApiError | null>(null);
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
    if (result.ok) {
      balance.value = result.value;
      balanceError.value = null;
    } else if (result.error.kind !== "aborted") {
      balanceError.value = result.error;
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
    begin(sku);
    // Said in the status region too: the button's own busy state is not announced everywhere.
    say("info", (i18n) => i18n.t(claim ? "claiming" : "opening", { name }));
    return true;
  }

  /**
   * Starts the purchase (or gift) under `key`, unless one is in flight or the widget went:
   * from now on every other purchase button does nothing until it ends.
   */
  function begin(key: string): boolean {
    if (pending.peek() !== null || disposed) return false;
    pending.value = key;
    started += 1;
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
        onDone(checkout, flow) {
          paid = true;
          void flow.confirm(flowContext, sku, name, checkout.orderId);
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
   * blocker, so a window Pay Station will need is opened now. The rest of it travels in its
   * own chunk (./checkout-flow), fetched with the launcher: a first view buys nothing yet.
   * Answers "opened", "busy" (the widget went away) or what went wrong, which a purchase
   * shows in the message bar and a gift in its picker.
   */
  async function pay(
    sku: string,
    name: string,
    failure: "buyFailed" | "giftFailed",
    checkoutCall: ApiResult<Checkout>,
    hooks: PayHooks,
  ): Promise<"opened" | "busy" | PayFailure> {
    const opened = reserveWindow(windowOptions(deps.payStationOptions));
    const [launcher, flow, result] = await Promise.all([
      deps.payStation().catch(() => null),
      checkoutFlow().catch(() => null),
      checkoutCall,
    ]);
    if (disposed || !launcher || !flow || !result.ok) opened?.close();
    if (disposed) return "busy";
    if (!launcher || !flow) {
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
    return flow.finishPay(flowContext, launcher, opened, result, { sku, name, failure, ...hooks });
  }

  const flowContext: CheckoutFlowContext = {
    deps,
    pending,
    notice,
    say,
    granted,
    loadBalance,
    signal: purchases.signal,
    isDisposed: () => disposed,
    started: () => started,
  };

  return {
    pending,
    notice,
    balance,
    balanceError,
    buy,
    claim,
    begin,
    pay,
    flowContext,
    say,
    loadBalance,
    /** Fetches the steps after a click (the launcher is the storefront's to fetch). */
    prefetch: () => void checkoutFlow().catch(() => {}),
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
