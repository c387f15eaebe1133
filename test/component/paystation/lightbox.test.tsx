import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { PayStationOptions } from "../../../src/paystation";
import { createPayStation, type PayStation } from "../../../src/paystation/launcher";
import { key, lightbox, lightboxHost, post, stubFrames, stubScreen } from "./fakes";

let frameOf: ReturnType<typeof stubFrames>;
let ps: PayStation | undefined;

function open(lightboxOptions: PayStationOptions["lightbox"] = {}) {
  ps = createPayStation({ access_token: "t", lightbox: lightboxOptions });
  ps.open();
  return ps;
}

beforeEach(() => {
  frameOf = stubFrames();
  stubScreen(false);
});

afterEach(() => {
  ps?.destroy();
  ps = undefined;
  vi.unstubAllGlobals();
  vi.useRealTimers();
  document.body.replaceChildren();
  document.documentElement.removeAttribute("style");
});

describe("the Pay Station lightbox", () => {
  it("renders an overlay and a labelled dialog with the form, a spinner and a close button", () => {
    open();
    const host = lightboxHost();
    expect(host?.parentElement).toBe(document.body);
    expect(host?.shadowRoot?.mode).toBe("open");
    const { overlay, dialog, iframe, spinner, button } = lightbox();
    expect(overlay).not.toBeNull();
    expect(dialog?.getAttribute("aria-modal")).toBe("true");
    expect(dialog?.getAttribute("aria-label")).toBe("Payment");
    expect(iframe?.getAttribute("title")).toBe("Payment form");
    expect(iframe?.getAttribute("allow")).toBe("payment");
    expect(iframe?.getAttribute("src")).toBe(
      "https://secure.xsolla.com/paystation2/?access_token=t",
    );
    expect(spinner?.getAttribute("aria-label")).toBe("Loading payment form");
    expect(spinner?.querySelectorAll("i")).toHaveLength(5);
    expect(button?.getAttribute("aria-label")).toBe("Close payment");
    expect(button?.type).toBe("button");
  });

  it("takes its label, spinner and look from the options, through CSS custom properties", () => {
    open({
      label: "Kasse",
      spinner: "round",
      spinnerColor: "#ff0",
      zIndex: 5000,
      overlayOpacity: 0.8,
      overlayBackground: "#123456",
      contentBackground: "#222",
      contentMargin: 0,
      width: "740",
      height: "",
    });
    const host = lightboxHost() as HTMLElement;
    const prop = (name: string) => host.style.getPropertyValue(name);
    expect(lightbox().dialog?.getAttribute("aria-label")).toBe("Kasse");
    expect(lightbox().spinner?.className).toBe("spinner round");
    expect(lightbox().spinner?.querySelectorAll("i")).toHaveLength(1);
    expect([prop("--z"), prop("--oo"), prop("--ob"), prop("--bg"), prop("--sc")]).toEqual([
      "5000",
      "0.8",
      "#123456",
      "#222",
      "#ff0",
    ]);
    expect([prop("--m"), prop("--w"), prop("--h")]).toEqual(["0px", "740px", "500px"]);
    expect(host.style.getPropertyPriority("--z")).toBe("important");
    // Nothing is written as a style attribute string a CSP would block: CSSOM only.
    expect(lightbox().root?.querySelector("[style]:not(i)")).toBeNull();
  });

  it("follows Pay Station's dimensions unless the size is set", () => {
    open();
    const host = lightboxHost() as HTMLElement;
    post(frameOf(lightbox().iframe), {
      command: "dimensions",
      data: { dimensions: { width: 820, height: 900 } },
    });
    expect(host.style.getPropertyValue("--w")).toBe("820px");
    expect(host.style.getPropertyValue("--h")).toBe("100%");
    post(frameOf(lightbox().iframe), {
      command: "dimensions",
      data: { dimensions: { width: 300, height: "x" } },
    });
    expect(host.style.getPropertyValue("--w")).toBe("600px");
  });

  it("shows the form after its page loads even when no dimensions come", () => {
    vi.useFakeTimers();
    const loaded = vi.fn();
    ps = createPayStation({ access_token: "t" });
    ps.on("load", loaded);
    ps.open();
    lightbox().iframe?.dispatchEvent(new Event("load"));
    vi.advanceTimersByTime(1999);
    expect(lightbox().spinner).not.toBeNull();
    vi.advanceTimersByTime(1);
    expect(lightbox().spinner).toBeNull();
    expect(loaded).toHaveBeenCalledOnce();
  });

  it("moves focus to the close button and gives it back on close", () => {
    const opener = document.createElement("button");
    document.body.append(opener);
    opener.focus();
    open();
    expect(lightbox().root?.activeElement).toBe(lightbox().button);
    ps?.close();
    expect(document.activeElement).toBe(opener);
  });

  it("gives focus back to an element inside another shadow root", () => {
    const store = document.createElement("div");
    document.body.append(store);
    const buy = document.createElement("button");
    store.attachShadow({ mode: "open" }).append(buy);
    buy.focus();
    open();
    ps?.close();
    expect(store.shadowRoot?.activeElement).toBe(buy);
  });

  it("focuses the iframe when modal, which has no close button", () => {
    open({ modal: true });
    expect(lightbox().button).toBeNull();
    expect(lightbox().root?.activeElement).toBe(lightbox().iframe);
  });

  it("wraps Shift+Tab from the close button to the form", () => {
    open();
    const event = key("Tab", { shiftKey: true }, lightbox().button as HTMLElement);
    expect(event.defaultPrevented).toBe(true);
    expect(lightbox().root?.activeElement).toBe(lightbox().iframe);
  });

  it("pulls focus that leaves for the page back into the dialog", () => {
    const outside = document.createElement("input");
    document.body.append(outside);
    open();
    outside.removeAttribute("inert");
    outside.focus();
    expect(lightbox().root?.activeElement).toBe(lightbox().button);
  });

  it("closes on Escape, stopping the game from seeing it", () => {
    open();
    const seen = vi.fn();
    ps?.on("close", seen);
    const gameHandler = vi.fn();
    document.addEventListener("keydown", gameHandler);
    const event = key("Escape");
    expect(event.defaultPrevented).toBe(true);
    expect(gameHandler).not.toHaveBeenCalled();
    expect(seen).toHaveBeenCalledWith(expect.anything(), { reason: "user" });
    expect(lightboxHost()).toBeNull();
    document.removeEventListener("keydown", gameHandler);
  });

  it("closes on a click on the overlay and on the close button", () => {
    open();
    lightbox().overlay?.click();
    expect(ps?.isOpened()).toBe(false);
    ps?.open();
    lightbox().dialog?.click();
    expect(ps?.isOpened()).toBe(true);
    lightbox().button?.click();
    expect(ps?.isOpened()).toBe(false);
  });

  it("honours closeByKeyboard and closeByClick set to false", () => {
    open({ closeByKeyboard: false, closeByClick: false });
    key("Escape");
    lightbox().overlay?.click();
    expect(ps?.isOpened()).toBe(true);
  });

  it("cannot be closed by the player when modal, only by Pay Station or the page", () => {
    open({ modal: true });
    expect(key("Escape").defaultPrevented).toBe(false);
    lightbox().overlay?.click();
    expect(ps?.isOpened()).toBe(true);
    post(frameOf(lightbox().iframe), { command: "close" });
    expect(ps?.isOpened()).toBe(false);
  });

  it("locks the page's scrolling without a shift and restores its styles exactly", () => {
    const html = document.documentElement;
    vi.spyOn(html, "clientWidth", "get").mockReturnValue(window.innerWidth - 15);
    html.style.setProperty("padding-right", "4px");
    const before = html.getAttribute("style");
    open();
    expect(html.style.getPropertyValue("overflow")).toBe("hidden");
    expect(html.style.getPropertyValue("padding-right")).toBe("calc(19px)");
    ps?.close();
    expect(html.getAttribute("style")).toBe(before);
  });

  it("leaves no style attribute on a page that had none", () => {
    const html = document.documentElement;
    vi.spyOn(html, "clientWidth", "get").mockReturnValue(window.innerWidth - 17);
    open();
    ps?.close();
    expect(html.hasAttribute("style")).toBe(false);
  });

  it("adds no padding when the page has no scrollbar", () => {
    vi.spyOn(document.documentElement, "clientWidth", "get").mockReturnValue(window.innerWidth);
    open();
    expect(document.documentElement.style.getPropertyValue("padding-right")).toBe("");
  });

  it("makes the rest of the page inert and restores it, keeping what was inert already", () => {
    const main = document.createElement("main");
    const aside = document.createElement("aside");
    aside.setAttribute("inert", "");
    document.body.append(main, aside);
    open();
    expect(main.hasAttribute("inert")).toBe(true);
    expect(lightboxHost()?.hasAttribute("inert")).toBe(false);
    ps?.close();
    expect(main.hasAttribute("inert")).toBe(false);
    expect(aside.hasAttribute("inert")).toBe(true);
  });

  it("leaves fullscreen and releases the pointer lock before showing", () => {
    const exitFullscreen = vi.fn(() => Promise.resolve());
    const exitPointerLock = vi.fn();
    const locked = { configurable: true, get: () => document.body };
    Object.defineProperties(document, {
      exitFullscreen: { configurable: true, value: exitFullscreen },
      exitPointerLock: { configurable: true, value: exitPointerLock },
      fullscreenElement: locked,
      pointerLockElement: locked,
    });
    try {
      open();
      expect(exitFullscreen).toHaveBeenCalled();
      expect(exitPointerLock).toHaveBeenCalled();
    } finally {
      for (const name of [
        "exitFullscreen",
        "exitPointerLock",
        "fullscreenElement",
        "pointerLockElement",
      ]) {
        delete (document as unknown as Record<string, unknown>)[name];
      }
    }
  });

  it("uses a constructable stylesheet where the browser has one", () => {
    const adopted: unknown[] = [];
    Object.defineProperty(ShadowRoot.prototype, "adoptedStyleSheets", {
      configurable: true,
      get: () => adopted,
      set: (sheets: unknown[]) => adopted.push(...sheets),
    });
    try {
      open();
      expect(adopted).toHaveLength(1);
      expect(lightbox().root?.querySelector("style")).toBeNull();
    } finally {
      delete (ShadowRoot.prototype as { adoptedStyleSheets?: unknown }).adoptedStyleSheets;
    }
  });

  it("removes its node, listeners and focus trap on close", () => {
    const outside = document.createElement("input");
    document.body.append(outside);
    open();
    ps?.close();
    expect(lightboxHost()).toBeNull();
    outside.focus();
    expect(document.activeElement).toBe(outside);
    expect(key("Escape").defaultPrevented).toBe(false);
  });
});

describe("two lightboxes at once", () => {
  it("lets only the top one take Escape and restores the page after both close", () => {
    const main = document.createElement("main");
    document.body.append(main);
    const below = createPayStation({ access_token: "a" });
    const above = createPayStation({ access_token: "b" });
    below.open();
    above.open();
    key("Escape");
    expect(above.isOpened()).toBe(false);
    expect(below.isOpened()).toBe(true);
    key("Escape");
    expect(below.isOpened()).toBe(false);
    expect(main.hasAttribute("inert")).toBe(false);
    expect(document.documentElement.hasAttribute("style")).toBe(false);
    below.destroy();
    above.destroy();
  });
});
