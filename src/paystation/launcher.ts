import { OptionsError } from "../core/errors";
import { createBridge } from "./bridge";
import { reserveWindow, wantsWindow } from "./child-window";
import { createEvents, type PayStationHandler } from "./events";
import { type Lightbox, openLightbox } from "./lightbox";
import { openChildWindow } from "./open-child-window";
import { type PayStationOptions, type ResolvedOptions, resolveOptions } from "./options";
import { paymentUrl } from "./url";

/** Who closed Pay Station: the player, the page through close(), or a failure to open. */
export type CloseReason = "user" | "api" | "error";

export interface PaymentInfo {
  email?: string;
  invoice?: number | string;
  status?: "invoice" | "delivering" | "done" | "troubled";
  userId?: string;
  virtualCurrencyAmount?: number;
  [key: string]: unknown;
}

/** The `data` of Pay Station's `status` message, passed on as it came. */
export interface StatusData {
  paymentInfo: PaymentInfo;
  [key: string]: unknown;
}

export interface CloseData {
  reason: CloseReason;
}

export interface ErrorData {
  code?: string;
  message?: string;
  [key: string]: unknown;
}

export interface PayStationEventMap {
  init: undefined;
  open: undefined;
  "open-lightbox": undefined;
  "open-window": undefined;
  load: undefined;
  close: CloseData;
  "close-lightbox": CloseData;
  "close-window": CloseData;
  status: StatusData;
  "status-invoice": StatusData;
  "status-delivering": StatusData;
  "status-done": StatusData;
  "status-troubled": StatusData;
  "user-country": { user_country?: string; [key: string]: unknown };
  /** Pay Station's first contentful paint: its message's data, passed on as it came. */
  fcp: Record<string, unknown>;
  error: ErrorData;
}

export type PayStationEventName = keyof PayStationEventMap;

export interface PayStation {
  /** Replaces the options (validated; a bad call throws and leaves no options set). */
  init(options: PayStationOptions): void;
  /** Opens Pay Station; call it inside the player's click so a child window is allowed. */
  open(): void;
  close(): void;
  isOpened(): boolean;
  /** `handler(event, data)` for one or several space-separated events; returns its removal. */
  on<K extends PayStationEventName>(
    events: K,
    handler: PayStationHandler<PayStationEventMap[K]>,
  ): () => void;
  on(events: string, handler: PayStationHandler): () => void;
  off(events?: string, handler?: PayStationHandler<never>): void;
  /** Posts a command to the open Pay Station; false when none is open. */
  sendMessage(command: string, data?: unknown): boolean;
  /** `handler(event, data)` for every message of that command from the Pay Station page. */
  onMessage(command: string, handler: PayStationHandler<Record<string, unknown>>): () => void;
  /**
   * For a page that gets its token only after the click (a request to its server): call this
   * inside the click, before anything is awaited. When these options will show Pay Station in
   * a window, it opens an empty one now, which popup blockers allow, and the next open() loads
   * Pay Station into it. close() and destroy() close it if open() never comes. A window the
   * page already opened in the click (with `reserveWindow`) may be handed over as `opened`.
   */
  reserve(
    options?: Pick<PayStationOptions, "mode" | "iframeOnly" | "childWindow">,
    opened?: Window | null,
  ): void;
  destroy(): void;
}

interface Session {
  kind: "lightbox" | "window";
  undo: (() => void)[];
  shown?: boolean;
  loaded?: boolean;
  frame?: () => Window | null;
  send?: (command: string, data?: unknown) => boolean;
}

/**
 * The vendor script version whose message protocol this launcher speaks; Pay Station reads
 * it from `widget-detected` to know what the embedding page understands.
 */
const PROTOCOL_VERSION = "1.2.5";

/**
 * One Pay Station launcher. Everything it adds to the page (nodes, listeners, timers) belongs
 * to the open session and goes when it closes, so instances never share state and reopening
 * never piles anything up.
 */
export function createPayStation(options?: PayStationOptions): PayStation {
  const events = createEvents();
  const messages = createEvents();
  const emit = events.emit;
  let opts: ResolvedOptions | null = options === undefined ? null : resolveOptions(options);
  let session: Session | null = null;
  /** A window opened by reserve(), waiting for open() to load Pay Station. */
  let reserved: Window | null = null;
  const dropReserved = () => {
    if (reserved && !reserved.closed) reserved.close();
    reserved = null;
  };

  const finish = (reason: CloseReason) => {
    const s = session;
    if (!s) return;
    // Cleared first, so a close handler sees isOpened() false and may open again.
    session = null;
    for (const undo of s.undo.reverse()) undo();
    emit("close", { reason });
    if (s.shown) emit(`close-${s.kind}`, { reason });
  };

  function open() {
    if (session) {
      session.frame?.()?.focus();
      return;
    }
    if (!opts)
      throw new OptionsError("access_token", "is required: call init(options) first", opts);
    const o = opts;
    const url = paymentUrl(o);
    const origin = new URL(url).origin;
    const s: Session = { kind: "lightbox", undo: [] };
    const live = () => session === s;
    const loaded = () => {
      if (!s.loaded) {
        s.loaded = true;
        emit("load");
      }
    };
    session = s;
    emit("open");
    // Every emit runs the page's handlers, which may close or destroy us in the middle.
    if (!live()) return;
    let box: Lightbox | undefined;
    try {
      if (wantsWindow(o)) {
        const child = openChildWindow(url, o.childWindow.target, () => finish("user"), reserved);
        reserved = null;
        if (child) {
          s.kind = "window";
          s.undo.push(child.remove);
          s.frame = child.frame;
        } else {
          emit("error", { code: "popup-blocked", message: "The browser blocked the window" });
          if (!live()) return;
        }
      }
      if (!s.frame) {
        dropReserved();
        // dist/paystation.js fetches its lightbox on demand (lightbox-on-demand.ts), which
        // may then fail after open() has returned.
        box = openLightbox(
          url,
          o.lightbox,
          () => finish("user"),
          loaded,
          (message) => {
            emit("error", { code: "open-failed", message });
            finish("error");
          },
        );
        s.undo.push(box.remove);
        s.frame = box.frame;
      }
      const bridge = createBridge(s.frame, origin, (command, data) => {
        messages.emit(command, data);
        if (!live()) return;
        if (command === "dimensions") box ? box.show(data.dimensions) : loaded();
        else if (command === "widget-detection") {
          // A child window has no dimensions to wait for: its first word means it loaded.
          if (!box) loaded();
          s.send?.("widget-detected", {
            version: PROTOCOL_VERSION,
            ...(box ? { lightBoxOptions: o.lightbox } : { childWindowOptions: o.childWindow }),
          });
        } else if (command === "status") {
          emit(command, data);
          const status = (data.paymentInfo as PaymentInfo | undefined)?.status;
          if (/^(invoice|delivering|done|troubled)$/.test(status as string))
            emit(`status-${status}`, data);
        } else if (command === "close" || command === "widget-close") {
          // Even a modal lightbox closes: Pay Station's own close button is then the only way
          // out, and it knows the lightbox is modal from `widget-detected`.
          finish("user");
        } else if (command === "user-country" || command === "fcp" || command === "error")
          emit(command, data);
      });
      s.undo.push(bridge.dispose);
      s.send = bridge.send;
    } catch (error) {
      emit("error", { code: "open-failed", message: String(error) });
      finish("error");
      return;
    }
    s.shown = true;
    emit(`open-${s.kind}`);
  }

  return {
    init(options) {
      // Cleared first: after a failed init, open() must not use the previous purchase's token.
      opts = null;
      opts = resolveOptions(options);
      emit("init");
    },
    open,
    close() {
      dropReserved();
      finish("api");
    },
    isOpened: () => !!session,
    on: events.on,
    off: events.off,
    sendMessage: (command, data) => !!session?.send?.(command, data),
    onMessage: messages.on,
    reserve(options = {}, opened) {
      if (session || reserved) {
        if (opened && opened !== reserved) opened.close();
        return;
      }
      reserved = opened === undefined ? reserveWindow(options) : opened;
    },
    destroy() {
      dropReserved();
      finish("api");
      events.off();
      messages.off();
      opts = null;
    },
  };
}
