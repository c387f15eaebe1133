import { vi } from "vitest";

export const PS_ORIGIN = "https://secure.xsolla.com";

/** A stand-in for a Pay Station window (an iframe's contentWindow or a popup). */
export interface FakeWindow {
  postMessage: ReturnType<typeof vi.fn>;
  focus: ReturnType<typeof vi.fn>;
  close: () => void;
  closed: boolean;
}

export function fakeWindow(): FakeWindow {
  const win: FakeWindow = {
    postMessage: vi.fn(),
    focus: vi.fn(),
    closed: false,
    close: () => {
      win.closed = true;
    },
  };
  return win;
}

/**
 * jsdom gives iframes inside a shadow root no contentWindow; every iframe gets a fake one, the
 * same for its whole life, so tests can post from it and read what was sent to it.
 */
export function stubFrames() {
  const frames = new WeakMap<HTMLIFrameElement, FakeWindow>();
  vi.spyOn(HTMLIFrameElement.prototype, "contentWindow", "get").mockImplementation(function (
    this: HTMLIFrameElement,
  ) {
    let win = frames.get(this);
    if (!win) {
      win = fakeWindow();
      frames.set(this, win);
    }
    return win as unknown as Window;
  });
  return (iframe: HTMLIFrameElement | null | undefined) =>
    iframe ? (frames.get(iframe) ?? (iframe.contentWindow as unknown as FakeWindow)) : undefined;
}

/** Posts a message to the page as if `source` sent it. */
export function post(source: unknown, data: unknown, origin = PS_ORIGIN) {
  window.dispatchEvent(
    new MessageEvent("message", {
      source: source as Window,
      origin,
      data: typeof data === "string" ? data : JSON.stringify(data),
    }),
  );
}

export const lightboxHost = () =>
  document.querySelector<HTMLElement>("[data-xpaystation-widget-lightbox]");

/** The lightbox's parts, looked up inside its shadow root the way a browser test would. */
export function lightbox() {
  const root = lightboxHost()?.shadowRoot;
  return {
    root,
    overlay: root?.querySelector<HTMLElement>(".overlay"),
    dialog: root?.querySelector<HTMLElement>("[role=dialog]"),
    iframe: root?.querySelector("iframe"),
    spinner: root?.querySelector<HTMLElement>("[role=status]"),
    button: root?.querySelector("button"),
  };
}

export function key(key: string, init: KeyboardEventInit = {}, target: EventTarget = document) {
  const event = new KeyboardEvent("keydown", {
    key,
    bubbles: true,
    composed: true,
    cancelable: true,
    ...init,
  });
  target.dispatchEvent(event);
  return event;
}

/** Reports small screens (or not) to the launcher's "auto" mode. */
export function stubScreen(small: boolean) {
  vi.stubGlobal(
    "matchMedia",
    vi.fn(() => ({ matches: small }) as MediaQueryList),
  );
}
