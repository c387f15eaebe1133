import { signal } from "@preact/signals-core";
import type { Money } from "../../api";
import type {
  ChargeError,
  ChargeTarget,
  PaymentAccountCalls,
  SavedMethod,
} from "../../api/account/payment-accounts";
import { errorCode } from "../../core/errors";
import type { I18n } from "../../core/i18n";
import { describeError, describeErrorForPage } from "../../core/i18n/describe-error";
// Not through ../../paystation's index: a chunk importing the first view's re-export of this
// makes rolldown split the first view's script into shared chunks.
import { wantsWindow } from "../../paystation/child-window";
import { methodName } from "../../ui/saved-method-name";
import type { PurchaseModel } from "../purchase/model";
import type { BuyRequest, Emit } from "../purchase/types";
import { windowOptions } from "../purchase/window-options";

/**
 * A package, or an item sold for money, that the player may buy with one click: what the Buy
 * button buys, and its price.
 */
export interface OneClickRequest extends BuyRequest {
  target: ChargeTarget;
  price: Money;
}

/** The purchase whose confirmation is open, with the method it would charge. */
export interface OpenCharge {
  request: OneClickRequest;
  method: SavedMethod;
}

export interface SavedModelDeps {
  calls: PaymentAccountCalls;
  purchases: Pick<PurchaseModel, "begin" | "buy" | "say" | "pending" | "flowContext">;
  emit: Emit;
}

export type SavedModel = ReturnType<typeof createSavedModel>;

/** The key of a one-click purchase in `pending`, so that the package's Buy button is not the busy one. */
export const oneClickKey = (sku: string) => `saved:${sku}`;

/** What a refused charge tells the player, before they pay another way. */
function refusal(error: ChargeError, method: SavedMethod, name: string) {
  return (i18n: I18n) => {
    const params = { method: methodName(method, i18n), name };
    if (error.chargeReason === "declined") return i18n.t("savedDeclined", params);
    if (error.chargeReason === "insufficient-funds") return i18n.t("savedNoFunds", params);
    return i18n.t("savedFailed", { ...params, reason: describeError(error, i18n) });
  };
}

/**
 * One-click buying of currency packages and items sold for money with the player's first saved
 * method (merchant only; the game server charges an item's price and then grants it): the saved
 * methods, read once when the store starts (and again on refresh, or when the player removes
 * one in any widget of the project on the page), the confirmation that is open, and the charge,
 * which keeps the store's one-purchase-at-a-time rule. A charge that fails sends the player to
 * Pay Station for the same thing; one the game server took but could not deliver does not, as
 * the player has paid.
 */
export function createSavedModel(deps: SavedModelDeps) {
  const { calls, purchases, emit } = deps;
  const methods = signal<SavedMethod[]>([]);
  const open = signal<OpenCharge | null>(null);
  let reads = new AbortController();
  let disposed = false;

  /** Reads the saved methods; a failure leaves the store without one-click buttons, and says so. */
  async function load() {
    const result = await calls.list(reads.signal);
    if (disposed) return;
    if (result.ok) methods.value = result.value;
    else if (result.error.kind !== "aborted") {
      methods.value = [];
      emit("error", {
        code: errorCode(result.error),
        message: describeErrorForPage(result.error, purchases.flowContext.deps.english),
        section: "payment-methods",
      });
    }
  }

  /** A click on "Buy with Visa ••1111": the confirmation opens (nothing is charged yet). */
  function start(request: OneClickRequest) {
    const method = methods.peek()[0];
    if (!method || open.peek() || purchases.pending.peek() !== null || disposed) return;
    open.value = { request, method };
  }

  /** Cancel or Escape: the dialog goes and gives the focus back to the button. */
  function cancel() {
    open.value = null;
  }

  /** "Confirm": charges the saved method for the package, then says how it went. */
  async function confirm() {
    const current = open.peek();
    if (!current) return;
    open.value = null;
    const { request, method } = current;
    const { sku, name } = request;
    if (!purchases.begin(oneClickKey(sku))) return;
    purchases.say("info", (i18n) =>
      i18n.t("savedCharging", { name, method: methodName(method, i18n) }),
    );
    const context = purchases.flowContext;
    const result = await calls.charge(method, request.target, context.signal);
    if (context.isDisposed()) return;
    purchases.pending.value = null;
    if (result.ok) {
      // The same `purchase` event, balance reload and limits as a Pay Station purchase; the
      // notice names the method. Merchant purchases have no order the browser reads.
      context.granted(sku, name, null, false, (tone) =>
        purchases.say(tone, (i18n) =>
          i18n.t("savedBought", { name, method: methodName(method, i18n) }),
        ),
      );
      return;
    }
    const error = result.error;
    emit("error", {
      code: errorCode(error),
      message: describeErrorForPage(error, context.deps.english),
      sku,
    });
    // Paid but not delivered: paying again would charge twice, so the player is told to ask
    // the studio, with the server's words (which name the transaction).
    if (error.chargeReason === "not-delivered") {
      purchases.say(
        "error",
        (i18n) => i18n.t("savedItemNotDelivered", { name, method: methodName(method, i18n) }),
        error.serverMessage,
      );
      return;
    }
    // A refusal the text names needs no detail ("Request Failed"); another failure shows it.
    const detail = error.chargeReason === "other" ? error.serverMessage : undefined;
    payAnotherWay(request, refusal(error, method, name), detail);
  }

  /**
   * Pay Station for the same package. The lightbox may open now, after the charge's await; a
   * window of its own may not (popup blockers want it inside a click), so then the player's
   * next click opens it, from the notice.
   */
  function payAnotherWay(request: BuyRequest, text: (i18n: I18n) => string, detail?: string) {
    const retry = {
      label: (i18n: I18n) => i18n.t("savedPayOtherWay", { name: request.name }),
      run: () => void purchases.buy(request),
    };
    if (wantsWindow(windowOptions(purchases.flowContext.deps.payStationOptions))) {
      purchases.say("error", text, detail, retry);
      return;
    }
    // buy() says "Opening payment…" before its first await: the refusal is said after it.
    void purchases.buy(request);
    purchases.say("error", text, detail);
  }

  return {
    methods,
    open,
    load,
    start,
    cancel,
    confirm,
    /** Reads the saved methods again (the store's refresh()). */
    refresh() {
      reads.abort();
      reads = new AbortController();
      return load();
    },
    dispose() {
      disposed = true;
      reads.abort();
      open.value = null;
    },
  };
}
