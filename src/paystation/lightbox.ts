import type { ResolvedOptions, Size } from "./options";
import css from "./styles.css?inline";

export interface Lightbox {
  frame: () => Window | null;
  /**
   * Reveals the form and hides the spinner (calling `onLoad` the first time); with Pay
   * Station's dimensions, sizes the dialog to them unless the width or height options are set.
   */
  show(dimensions?: unknown): void;
  remove(): void;
}

// Pay Station's smallest useful size; the vendor's script uses the same floor.
const MIN_WIDTH = 600;
const MIN_HEIGHT = 500;
// Pay Station normally reports its size soon after its page loads; a page that never does
// (an error page of the host, a custom payment_url) is shown anyway after this long.
const REVEAL_AFTER_LOAD_MS = 2000;

/** The stylesheet of every dialog on the page, built by the first one and only ever read. */
let sheet: CSSStyleSheet | undefined;

/** A bare number ("740" or 740) means pixels, as in the vendor's script; "" stays empty. */
const px = (value: Size) => value + (/^[\d.]+$/.test(value as string) ? "px" : "");

/**
 * Shows Pay Station in a modal dialog over the page: its own shadow root (the page's styles
 * neither reach in nor are touched), focus moved in, kept in and given back, the page behind
 * locked (no scroll, no layout shift, inert) and everything restored by `remove()`.
 */
export function openLightbox(
  url: string,
  o: ResolvedOptions["lightbox"],
  onClose: () => void,
  onLoad: () => void,
  // Drawn here at once, this dialog never fails later; dist/paystation.js's, fetched on demand
  // (lightbox-on-demand.ts), may, and calls it then.
  _onFail?: (message: string) => void,
): Lightbox {
  const doc = document;
  const html = doc.documentElement;
  const closable = !o.modal;

  // A game page is often fullscreen or has the pointer locked; either would hide the dialog
  // or keep the player from using it. Releasing a pointer that is not locked does nothing.
  if (doc.fullscreenElement) doc.exitFullscreen?.().catch(() => {});
  doc.exitPointerLock?.();

  // Everything the scroll lock needs from layout is read before the first write, so opening
  // costs one style and layout pass instead of one forced in the middle of the writes.
  const { scrollbarGutter, paddingRight } = getComputedStyle(html);
  const gap = innerWidth - html.clientWidth;

  // The element to give focus back to, also when it sits inside a shadow root (the store).
  let previous = doc.activeElement;
  while (previous?.shadowRoot?.activeElement) previous = previous.shadowRoot.activeElement;

  const host = doc.createElement("div");
  host.setAttribute("data-xpaystation-widget-lightbox", "");
  const root = host.attachShadow({ mode: "open" });
  const add = <K extends keyof HTMLElementTagNameMap>(
    tag: K,
    parent: Node,
    attributes: Record<string, string> = {},
  ) => {
    const element = doc.createElement(tag);
    for (const name in attributes) element.setAttribute(name, attributes[name] as string);
    return parent.appendChild(element);
  };

  // A constructable stylesheet works under a CSP without 'unsafe-inline', where a <style>
  // element would not, and every browser the project supports has them (Safari since 16.4).
  // Parsed once per page and only ever read: every dialog of every instance shares it.
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
  }
  root.adoptedStyleSheets = [sheet];

  // CSSOM writes are allowed by CSP where style="" attributes are not. Only custom properties
  // are set here (:host's `all: initial !important` would beat an inline z-index), and as
  // important, so a page's `div { --z: 0 !important }` cannot change them. An empty value
  // sets nothing (an empty spinnerColor leaves the spinner its default colour).
  const set = (name: string, value: unknown) =>
    host.style.setProperty(`--${name}`, `${value}`, "important");
  set("z", o.zIndex);
  set("ob", o.overlayBackground);
  set("oo", o.overlayOpacity);
  set("bg", o.contentBackground);
  set("m", px(o.contentMargin));
  set("w", px(o.width) || `${MIN_WIDTH}px`);
  set("h", px(o.height) || `${MIN_HEIGHT}px`);
  set("sc", o.spinnerColor);

  const overlay = add("div", root, { class: "overlay" });
  const dialog = add("div", root, { role: "dialog", "aria-modal": "true", "aria-label": o.label });
  const button = closable
    ? add("button", dialog, { type: "button", class: "close", "aria-label": o.closeLabel })
    : null;
  // Before the iframe, so CSS can keep the form transparent while the spinner is there.
  const spinner = add("div", dialog, {
    role: "status",
    "aria-label": o.loadingLabel,
    class: `spinner ${o.spinner}`,
  });
  for (let i = 0; i < (o.spinner === "xsolla" ? 5 : +(o.spinner === "round")); i++) {
    add("i", spinner).style.setProperty("--i", `${i}`);
  }
  const iframe = add("iframe", dialog, { src: url, title: o.frameLabel, allow: "payment" });
  const first = button ?? iframe;

  if (closable && o.closeByClick) overlay.addEventListener("click", onClose);
  button?.addEventListener("click", onClose);

  const onKey = (event: KeyboardEvent) => {
    // Under another instance's lightbox this one is inert, and the keys are that one's.
    if (host.hasAttribute("inert")) return;
    if (event.key === "Escape" && closable && o.closeByKeyboard) {
      // The game's own Escape handling (a pause menu) must not run behind the dialog.
      event.preventDefault();
      event.stopPropagation();
      onClose();
    } else if (
      event.key === "Tab" &&
      (!root.activeElement || (event.shiftKey && root.activeElement === button))
    ) {
      // Keys pressed inside the cross-origin iframe never reach us, so the trap only has to
      // wrap Shift+Tab from the close button and bring a lost focus back in.
      event.preventDefault();
      iframe.focus();
    }
  };
  const onFocus = (event: FocusEvent) => {
    // Another Pay Station dialog stacked on this one keeps its focus: pulling it back here
    // would make the two fight forever.
    if (!(event.target as Element).closest?.("[data-xpaystation-widget-lightbox]")) first.focus();
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let shown = false;
  const show = (dimensions?: unknown) => {
    // Whatever Pay Station sent: `>` and Math.max read it as a number, as Number() would.
    const { width, height } = (dimensions ?? {}) as { width: number; height: number };
    if (!o.width && width > 0) set("w", `${Math.max(MIN_WIDTH, width)}px`);
    if (!o.height && height > 0) set("h", `${Math.max(MIN_HEIGHT, height)}px`);
    if (shown) return;
    shown = true;
    clearTimeout(timer);
    spinner.remove();
    onLoad();
  };
  iframe.addEventListener("load", () => {
    clearTimeout(timer);
    timer = setTimeout(show, REVEAL_AFTER_LOAD_MS);
  });

  // Appended before anything on the page changes: with no body yet, this throws harmlessly.
  const body = doc.body;
  body.appendChild(host);
  // Lock the page: no scrolling, and the scrollbar's width added as padding so nothing moves.
  const style = html.style;
  const hadStyle = html.hasAttribute("style");
  const saved = ["overflow", "padding-right"].map(
    (name) => [name, style.getPropertyValue(name), style.getPropertyPriority(name)] as const,
  );
  style.setProperty("overflow", "hidden", "important");
  if (gap > 0 && !/stable/.test(scrollbarGutter)) {
    style.setProperty("padding-right", `calc(${paddingRight} + ${gap}px)`, "important");
  }
  // Everything else on the page becomes inert: unreachable by Tab, clicks and screen readers.
  const inert = [...body.children].filter((el) => el !== host && !el.hasAttribute("inert"));
  for (const el of inert) el.setAttribute("inert", "");
  addEventListener("keydown", onKey, true);
  addEventListener("focusin", onFocus, true);
  first.focus();

  return {
    frame: () => iframe.contentWindow,
    show,
    remove() {
      clearTimeout(timer);
      removeEventListener("keydown", onKey, true);
      removeEventListener("focusin", onFocus, true);
      host.remove();
      for (const el of inert) el.removeAttribute("inert");
      for (const [name, value, priority] of saved) {
        if (value) style.setProperty(name, value, priority);
        else style.removeProperty(name);
      }
      if (!hadStyle && !html.getAttribute("style")) html.removeAttribute("style");
      if (previous?.isConnected) (previous as HTMLElement).focus?.();
    },
  };
}
