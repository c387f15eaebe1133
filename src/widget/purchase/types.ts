import type { Signal } from "@preact/signals-core";
import type { Checkout, Gift, PurchaseBackend, PurchaseTarget } from "../../api";
import type { I18n } from "../../core/i18n";
import type { PayStation } from "../../paystation";
import type { StorefrontEvents } from "../events";
import type { StorefrontPayStationOptions } from "../options";

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
export type PayFailure = GiftFailure & Pick<Notice, "detail" | "retry">;

/** What a gift's "Continue to payment" came to: Pay Station opened, a failure, or nothing. */
export type GiftOutcome = "opened" | "busy" | GiftFailure;

export type Emit = <K extends keyof StorefrontEvents>(
  name: K,
  payload: StorefrontEvents[K],
) => void;

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

/** What the flow shares with the purchase model that started it. */
export interface CheckoutFlowContext {
  deps: PurchaseModelDeps;
  pending: Signal<string | null>;
  notice: Signal<Notice | null>;
  say(tone: Notice["tone"], text: Notice["text"], detail?: string, retry?: Notice["retry"]): void;
  granted(
    sku: string,
    name: string,
    orderId: number | null,
    claim?: boolean,
    speak?: CheckoutFlowContext["say"],
  ): void;
  loadBalance(): Promise<void>;
  /** Buying and claiming: aborted only when the widget goes. */
  signal: AbortSignal;
  isDisposed(): boolean;
  /** How many purchases have started: a late answer to an older one keeps quiet. */
  started(): number;
}

/** The flow's steps after Pay Station says done (./checkout-flow.ts). */
export interface FlowSteps {
  confirm(
    ctx: CheckoutFlowContext,
    sku: string,
    name: string,
    orderId: number | null,
  ): Promise<void>;
  giftSent(ctx: CheckoutFlowContext, sku: string, chosen: Gift): void;
}

export interface PayHooks {
  retry?: () => void;
  /** Runs once the token is there, before Pay Station shows (a gift's picker goes away). */
  beforeOpen?: () => Promise<void> | void;
  onDone(checkout: Checkout, flow: FlowSteps): void;
  /** Whether done was handled, so a close after it reads nothing twice. */
  isPaid(): boolean;
}
