import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { installGlobal, type XPayStationWidget } from "../../../src/paystation/global";
import { lightboxHost, stubFrames, stubScreen } from "./fakes";

let widget: XPayStationWidget;

function opener(html = "Buy Credits") {
  const button = document.createElement("button");
  button.setAttribute("data-xpaystation-widget-open", "");
  const label = document.createElement("span");
  label.textContent = html;
  button.append(label);
  document.body.append(button);
  return { button, label };
}

beforeEach(() => {
  stubFrames();
  stubScreen(false);
  widget = installGlobal();
});

afterEach(() => {
  widget.destroy();
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

describe("window.XPayStationWidget", () => {
  it("has the vendor script's API and event types", () => {
    expect(window.XPayStationWidget).toBe(widget);
    for (const name of [
      "init",
      "open",
      "close",
      "on",
      "off",
      "isOpened",
      "sendMessage",
      "onMessage",
    ]) {
      expect(typeof widget[name as keyof XPayStationWidget]).toBe("function");
    }
  });

  it("offers every event type of the vendor's script, under the same constants", () => {
    // App.eventTypes of xsolla/paystation-embed's src/app.js (commit 54bfd9e).
    expect(widget.eventTypes).toEqual({
      INIT: "init",
      OPEN: "open",
      OPEN_WINDOW: "open-window",
      OPEN_LIGHTBOX: "open-lightbox",
      LOAD: "load",
      CLOSE: "close",
      CLOSE_WINDOW: "close-window",
      CLOSE_LIGHTBOX: "close-lightbox",
      STATUS: "status",
      STATUS_INVOICE: "status-invoice",
      STATUS_DELIVERING: "status-delivering",
      STATUS_TROUBLED: "status-troubled",
      STATUS_DONE: "status-done",
      USER_COUNTRY: "user-country",
      FCP: "fcp",
      ERROR: "error",
    });
  });

  it("on() and off() ignore event names that are not a string, as the vendor's script does", () => {
    const opened = vi.fn();
    widget.on("open", opened);
    const missing = (widget.eventTypes as Record<string, string>).NOT_IN_THIS_VERSION;
    for (const names of [missing, null, 42, ["open"], { open: true }])
      expect(() => widget.on(names as never, opened)).not.toThrow();
    for (const names of [42, ["open"], { open: true }])
      expect(() => widget.off(names as never, opened)).not.toThrow();
    // The vendor's example page subscribes, then calls init: init must still run.
    const inited = vi.fn();
    widget.on("init", inited);
    widget.init({ access_token: "t" });
    widget.open();
    expect(inited).toHaveBeenCalledOnce();
    // Those on() calls added nothing, and those off() calls removed nothing.
    expect(opened).toHaveBeenCalledOnce();
  });

  it("is installed once, however often the script runs", () => {
    expect(installGlobal()).toBe(widget);
  });

  it("runs the seed's snippet: init, then a click on the button opens Pay Station", () => {
    const { button } = opener();
    const opened = vi.fn();
    widget.on(widget.eventTypes.OPEN, opened);
    widget.init({ access_token: "abcdef1234567890abcdef1234567890" });
    button.click();
    expect(opened).toHaveBeenCalledOnce();
    expect(widget.isOpened()).toBe(true);
    expect(lightboxHost()).not.toBeNull();
  });

  it("takes handlers registered before and after init", () => {
    const before = vi.fn();
    widget.on("init open", before);
    widget.init({ access_token: "t" });
    const after = vi.fn();
    widget.on("open", after);
    widget.open();
    expect(before).toHaveBeenCalledTimes(2);
    expect(after).toHaveBeenCalledOnce();
  });

  it("opens when the click lands on a child of the opener, or on an opener added later", () => {
    widget.init({ access_token: "t" });
    opener().label.click();
    expect(widget.isOpened()).toBe(true);
    widget.close();
    const late = opener("Later");
    late.label.click();
    expect(widget.isOpened()).toBe(true);
  });

  it("opens from an opener inside an open shadow root", () => {
    widget.init({ access_token: "t" });
    const host = document.createElement("div");
    document.body.append(host);
    const button = document.createElement("button");
    button.setAttribute("data-xpaystation-widget-open", "");
    host.attachShadow({ mode: "open" }).append(button);
    button.click();
    expect(widget.isOpened()).toBe(true);
  });

  it("ignores clicks elsewhere", () => {
    widget.init({ access_token: "t" });
    const other = document.createElement("button");
    document.body.append(other);
    other.click();
    expect(widget.isOpened()).toBe(false);
  });

  it("does not stack click listeners when init runs again, and uses the new options", () => {
    const { button } = opener();
    const opened = vi.fn();
    widget.on("open", opened);
    widget.init({ access_token: "first" });
    widget.init({ access_token: "second" });
    widget.init({ access_token: "third" });
    button.click();
    expect(opened).toHaveBeenCalledOnce();
    const src = lightboxHost()?.shadowRoot?.querySelector("iframe")?.getAttribute("src");
    expect(src).toContain("access_token=third");
  });

  it("throws from a bad init and works after a good one", () => {
    const { button } = opener();
    expect(() =>
      widget.init({ access_token: "t", childWindow: { target: "_top" as "_self" } }),
    ).toThrow('option "childWindow.target"');
    widget.init({ access_token: "t" });
    button.click();
    expect(widget.isOpened()).toBe(true);
  });

  it("removes its click listener and the global on destroy", () => {
    const { button } = opener();
    widget.init({ access_token: "t" });
    widget.destroy();
    button.click();
    expect(lightboxHost()).toBeNull();
    expect(window.XPayStationWidget).toBeUndefined();
  });
});
