import type { ApiResult, Checkout, Gift } from "../../api";
import { errorCode } from "../../core/errors";
import { addEnglish } from "../../core/i18n";
import { describeError, describeErrorForPage } from "../../core/i18n/describe-error";
import { enCheckout } from "../../core/i18n/en-checkout";
import type { PayStation } from "../../paystation";
import { confirmOrder } from "./confirm-order";
import { launcherOptions, showPayStation } from "./pay-station-session";
import { describePurchaseError } from "./purchase-error";
import type { CheckoutFlowContext, Emit, FlowSteps, PayFailure, PayHooks } from "./types";
import { windowOptions } from "./window-options";

// Its English comes with it, not with the first view (core/i18n/en-checkout.ts).
addEnglish(enCheckout);
/**
 * A purchase's steps once the player has clicked: the token's answer, Pay Station with its
 * events, the order's confirmation and a gift's thanks. A chunk of its own, fetched with the
 * launcher (when the browser is idle after the first view, or on the first click), since a
 * first view shows the store and buys nothing yet; the purchase model keeps what a click
 * must do at once (./model.ts).
 */

type PayStep = PayHooks & { sku: string; name: string; failure: "buyFailed" | "giftFailed" };

/**
 * Pay Station for a checkout that has answered, in the window the click reserved: its
 * failure for the message bar or the gift's picker, or "opened" ("busy" when the widget went).
 */
export async function finishPay(
  ctx: CheckoutFlowContext,
  launcher: PayStation,
  opened: Window | null,
  result: Awaited<ApiResult<Checkout>>,
  step: PayStep,
): Promise<"opened" | "busy" | PayFailure> {
  const { deps, pending } = ctx;
  const { sku, name, failure } = step;
  launcher.reserve(windowOptions(deps.payStationOptions), opened);
  if (!result.ok) {
    launcher.close();
    pending.value = null;
    const error = result.error;
    deps.emit("error", {
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
  await step.beforeOpen?.();
  if (ctx.isDisposed()) {
    launcher.close();
    return "busy";
  }
  openPayStation(ctx, launcher, result.value, step);
  return "opened";
}

/** Shows Pay Station for a checkout, passing its events on with the SKU, until it closes. */
function openPayStation(
  ctx: CheckoutFlowContext,
  launcher: PayStation,
  checkout: Checkout,
  step: PayStep,
) {
  const { deps, pending, notice, say } = ctx;
  const { sku, name, failure } = step;
  const emit: Emit = deps.emit;
  try {
    showPayStation(
      launcher,
      launcherOptions(checkout, deps.payStationOptions, deps.sandbox, deps.i18n(), name),
      sku,
      {
        emit,
        onDone: () => step.onDone(checkout, flow),
        onTroubled: () => say("error", (i18n) => i18n.t("paymentFailed", { name })),
        onClose(statusSeen) {
          pending.value = null;
          if (notice.peek()?.tone === "info" && !statusSeen) notice.value = null;
          // A payment that started but never said done may have gone through after all: read
          // it again. After done, the done handler has seen to that already.
          if (statusSeen && !step.isPaid()) {
            deps.onChanged();
            void ctx.loadBalance();
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

/** Pay Station said done: the friends have their gift (a gift has no order the browser reads). */
export function giftSent(ctx: CheckoutFlowContext, sku: string, chosen: Gift) {
  const [first] = chosen.friends;
  const count = chosen.friends.length;
  ctx.say("success", (i18n) =>
    count === 1 && first
      ? i18n.t("giftSent", { name: first.name })
      : i18n.plural("giftSentMany", count),
  );
  ctx.deps.emit("gift", { sku, friends: count });
  ctx.deps.onChanged();
  void ctx.loadBalance();
}

/** After Pay Station says done: check the order where the browser can, then grant. */
export async function confirm(
  ctx: CheckoutFlowContext,
  sku: string,
  name: string,
  orderId: number | null,
) {
  const { deps, say } = ctx;
  const read = deps.backend.getOrderStatus;
  if (!read || orderId === null) {
    ctx.granted(sku, name, orderId);
    return;
  }
  say("info", (i18n) => i18n.t("confirming", { name }));
  const mine = ctx.started();
  const status = await confirmOrder((signal) => read(orderId, signal), ctx.signal);
  if (ctx.isDisposed()) return;
  // A purchase started since owns the message bar; this one's outcome still reaches the page.
  const speak: typeof say = mine === ctx.started() ? say : () => {};
  if (status === "done") ctx.granted(sku, name, orderId, false, speak);
  else if (status === "canceled") speak("error", (i18n) => i18n.t("orderCanceled", { name }));
  else {
    // Paid but not confirmed in time: the order is still on its way, so say that honestly.
    speak("info", (i18n) => i18n.t("purchasePending", { name }));
    deps.onChanged();
  }
}

/** This module's steps after done, for the done hook (which confirms through them). */
const flow: FlowSteps = { giftSent, confirm };
