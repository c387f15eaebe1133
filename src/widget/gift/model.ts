import { signal } from "@preact/signals-core";
import type { ComponentType } from "preact";
import type { Gift, PurchaseBackend } from "../../api";
import { retrying } from "../../core/lazy";
import type { GiftDialogProps } from "../../gifting";
import type { StorefrontEvents } from "../events";
import { giftKey, type PurchaseModel } from "../purchase/model";
import type { BuyRequest, GiftFailure, GiftOutcome } from "../purchase/types";

/** What the store needs of the gifting chunk (src/gifting/index.ts). */
export interface GiftingChunk {
  GiftDialog: ComponentType<GiftDialogProps>;
  /** The picker's stylesheet, as text. */
  giftStyles: string;
}

/** The gift whose picker is open, and the Gift button that opened it, for focus to go back to. */
export interface OpenGift {
  request: BuyRequest;
  opener: HTMLElement | null;
}

export interface GiftModelDeps {
  purchases: Pick<PurchaseModel, "begin" | "pay" | "flowContext" | "pending" | "notice">;
  /** The game server's friend list, which the picker pages through. */
  listFriends: NonNullable<PurchaseBackend["listFriends"]>;
  emit<K extends keyof StorefrontEvents>(name: K, payload: StorefrontEvents[K]): void;
  /** The gifting chunk: `import("../gifting")` in the builds, a fake in tests. */
  loadChunk(): Promise<GiftingChunk>;
  /** Adds the picker's stylesheet to the widget's shadow root, once it has arrived. */
  adoptStyles(css: string): void;
}

export type GiftModel = ReturnType<typeof createGiftModel>;

/** Waits for Preact to draw what a signal change asked for (it renders a little later). */
const rendered = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Gifts for one widget: loads the picker's chunk on the first click on a Gift button (or
 * earlier, when the browser is idle), holds which gift's picker is open, and hands the
 * player's choice to the purchase model, which pays for it as for a purchase.
 */
export function createGiftModel(deps: GiftModelDeps) {
  const chunk = signal<GiftingChunk | null>(null);
  const open = signal<OpenGift | null>(null);
  const submitting = signal(false);
  const error = signal<GiftFailure | null>(null);
  let disposed = false;
  /** A click on a Gift button while the chunk is still on its way: the next ones wait for it. */
  let starting = false;

  const load = retrying(() =>
    deps.loadChunk().then((loaded) => {
      if (!chunk.peek()) {
        deps.adoptStyles(loaded.giftStyles);
        chunk.value = loaded;
      }
      return loaded;
    }),
  );

  /** A click on a Gift button: the picker opens once its chunk is there. */
  async function start(request: BuyRequest, opener: HTMLElement | null) {
    if (starting || open.peek() || deps.purchases.pending.peek() !== null || disposed) return;
    starting = true;
    try {
      await load();
    } catch {
      if (disposed) return;
      // Never a dead button: the notice says what went wrong and offers the same gift again.
      deps.purchases.notice.value = {
        tone: "error",
        text: (i18n) => i18n.t("giftUnavailable", { name: request.name }),
        retry: {
          label: (i18n) => i18n.t("retryGift", { name: request.name }),
          run: () => void start(request, opener),
        },
      };
      deps.emit("error", {
        code: "chunk-load",
        message: "The gift picker did not load",
        sku: request.sku,
      });
      return;
    } finally {
      starting = false;
    }
    if (disposed) return;
    // A notice about an earlier failure to load the picker has been answered.
    if (deps.purchases.notice.peek()?.tone === "error") deps.purchases.notice.value = null;
    error.value = null;
    submitting.value = false;
    open.value = { request, opener };
  }

  /**
   * Takes the picker away, then gives focus back to the Gift button: only once the picker is
   * gone, since a modal dialog makes the rest of the page inert while it is there.
   */
  async function close() {
    const current = open.peek();
    if (!current) return;
    open.value = null;
    submitting.value = false;
    error.value = null;
    await rendered();
    if (current.opener?.isConnected) current.opener.focus();
  }

  /** "Continue to payment", inside the player's click: Pay Station's window is reserved now. */
  function submit(gift: Gift) {
    const current = open.peek();
    if (!current || submitting.peek()) return;
    submitting.value = true;
    error.value = null;
    void giftVia(deps.purchases, current.request, gift, close).then((outcome) => {
      if (open.peek() !== current) return;
      submitting.value = false;
      if (typeof outcome === "object") error.value = outcome;
    });
  }

  return {
    listFriends: deps.listFriends,
    chunk,
    open,
    submitting,
    error,
    start,
    submit,
    close,
    /** Fetches the chunk ahead of the first click; a failure waits for that click to retry. */
    prefetch: () => void load().catch(() => {}),
    dispose() {
      disposed = true;
      open.value = null;
    },
  };
}

/**
 * A gift of one product to the friends chosen in the picker, called inside the player's click
 * on "Continue to payment". Like a purchase, it reserves Pay Station's window at once; a
 * failure is answered to the picker, which stays open with the player's choices. Once the
 * token is there, `beforeOpen` takes the picker away (and gives focus back to the Gift
 * button, which the lightbox then restores when it closes) before Pay Station opens.
 */
export async function giftVia(
  purchases: GiftModelDeps["purchases"],
  request: BuyRequest,
  chosen: Gift,
  beforeOpen: () => Promise<void> | void,
): Promise<GiftOutcome> {
  const { sku, name } = request;
  const context = purchases.flowContext;
  const giftCheckout = context.deps.backend.giftCheckout;
  if (!giftCheckout || !purchases.begin(giftKey(sku))) return "busy";
  let paid = false;
  const outcome = await purchases.pay(
    sku,
    name,
    "giftFailed",
    giftCheckout(request.target, chosen, context.signal),
    {
      beforeOpen,
      onDone(_checkout, flow) {
        paid = true;
        flow.giftSent(context, sku, chosen);
      },
      isPaid: () => paid,
    },
  );
  return typeof outcome === "object" ? { text: outcome.text, fields: outcome.fields } : outcome;
}
