import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { OptionsError } from "../../../src/core/errors";
import { createPayStation, type PayStation } from "../../../src/paystation/launcher";
import {
  type FakeWindow,
  fakeWindow,
  lightbox,
  lightboxHost,
  PS_ORIGIN,
  post,
  stubFrames,
  stubScreen,
} from "./fakes";

let frameOf: ReturnType<typeof stubFrames>;
const instances: PayStation[] = [];

function create(options: Parameters<typeof createPayStation>[0] = { access_token: "abc" }) {
  const ps = createPayStation(options);
  instances.push(ps);
  return ps;
}

/** Every event an instance emits, as "name" or "name:json(data)". */
function record(ps: PayStation) {
  const seen: string[] = [];
  ps.on(
    "init open open-lightbox open-window load close close-lightbox close-window status status-invoice status-delivering status-done status-troubled user-country fcp error",
    (event, data) =>
      seen.push(data === undefined ? event.type : `${event.type}:${JSON.stringify(data)}`),
  );
  return seen;
}

const frame = () => frameOf(lightbox().iframe) as FakeWindow;

beforeEach(() => {
  frameOf = stubFrames();
  stubScreen(false);
});

afterEach(() => {
  for (const ps of instances.splice(0)) ps.destroy();
  vi.unstubAllGlobals();
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe("createPayStation", () => {
  it("throws one clear error for bad options before anything is shown", () => {
    expect(() =>
      createPayStation({ access_token: "t", lightbox: { spinner: "x" as "round" } }),
    ).toThrow('option "lightbox.spinner"');
    expect(lightboxHost()).toBeNull();
  });

  it("refuses to open without options, and opens after a later valid init", () => {
    const ps = createPayStation();
    instances.push(ps);
    expect(() => ps.open()).toThrow(OptionsError);
    expect(ps.isOpened()).toBe(false);
    expect(() => ps.init({ access_token: "" })).toThrow('option "access_token" is required');
    ps.init({ access_token: "good" });
    ps.open();
    expect(ps.isOpened()).toBe(true);
    expect(lightbox().iframe?.getAttribute("src")).toBe(
      "https://secure.xsolla.com/paystation2/?access_token=good",
    );
  });

  it("forgets the previous options when init fails, so an old token is never opened", () => {
    const ps = create({ access_token: "old" });
    expect(() => ps.init({ access_token: "new", mode: "popup" as "window" })).toThrow();
    expect(() => ps.open()).toThrow(OptionsError);
  });

  it("emits init on init, and open then open-lightbox on open", () => {
    const ps = create();
    const seen = record(ps);
    ps.init({ access_token: "t" });
    ps.open();
    expect(seen).toEqual(["init", "open", "open-lightbox"]);
    expect(ps.isOpened()).toBe(true);
  });

  it("does nothing on a second open while open", () => {
    const ps = create();
    ps.open();
    ps.open();
    expect(document.querySelectorAll("[data-xpaystation-widget-lightbox]")).toHaveLength(1);
  });

  it("emits close {reason: api} then close-lightbox on close(), and can open again", () => {
    const ps = create();
    const seen = record(ps);
    ps.open();
    ps.close();
    expect(seen.slice(2)).toEqual(['close:{"reason":"api"}', 'close-lightbox:{"reason":"api"}']);
    expect(ps.isOpened()).toBe(false);
    expect(lightboxHost()).toBeNull();
    ps.open();
    expect(ps.isOpened()).toBe(true);
  });

  it("lets a close handler open again", () => {
    const ps = create();
    ps.open();
    const once = vi.fn(() => ps.open());
    ps.on("close", once);
    ps.close();
    expect(once).toHaveBeenCalledOnce();
    expect(ps.isOpened()).toBe(true);
  });

  it("reports a failure to build the lightbox as error and close {reason: error}", () => {
    const ps = create();
    const seen = record(ps);
    vi.spyOn(HTMLElement.prototype, "attachShadow").mockImplementation(() => {
      throw new Error("no shadow DOM here");
    });
    ps.open();
    expect(seen).toEqual([
      "open",
      'error:{"code":"open-failed","message":"Error: no shadow DOM here"}',
      'close:{"reason":"error"}',
    ]);
    expect(ps.isOpened()).toBe(false);
    vi.mocked(HTMLElement.prototype.attachShadow).mockRestore();
    ps.open();
    expect(ps.isOpened()).toBe(true);
  });

  it("destroy() closes, removes its nodes and forgets its handlers", () => {
    const ps = create();
    const handler = vi.fn();
    ps.on("close", handler);
    ps.open();
    ps.destroy();
    expect(handler).toHaveBeenCalledWith(
      { type: "close", detail: { reason: "api" } },
      {
        reason: "api",
      },
    );
    expect(lightboxHost()).toBeNull();
    expect(document.body.children).toHaveLength(0);
    expect(() => ps.open()).toThrow(OptionsError);
  });

  it("keeps several instances independent", () => {
    const a = create({ access_token: "a" });
    const b = create({ access_token: "b" });
    const seenA = record(a);
    const seenB = record(b);
    a.open();
    expect(b.isOpened()).toBe(false);
    b.open();
    a.close();
    expect(b.isOpened()).toBe(true);
    expect(seenB).toEqual(["open", "open-lightbox"]);
    expect(seenA).toContain('close:{"reason":"api"}');
    expect(document.querySelectorAll("[data-xpaystation-widget-lightbox]")).toHaveLength(1);
  });

  it("leaves no listeners, nodes or timers behind after a hundred open/close cycles", () => {
    const counts = new Map<EventTarget, number>();
    for (const target of [window, document]) {
      const add = target.addEventListener.bind(target);
      const remove = target.removeEventListener.bind(target);
      vi.spyOn(target, "addEventListener").mockImplementation((...args) => {
        counts.set(target, (counts.get(target) ?? 0) + 1);
        add(...args);
      });
      vi.spyOn(target, "removeEventListener").mockImplementation((...args) => {
        counts.set(target, (counts.get(target) ?? 0) - 1);
        remove(...args);
      });
    }
    vi.useFakeTimers();
    const ps = create();
    const nodes = document.getElementsByTagName("*").length;
    for (let i = 0; i < 100; i++) {
      ps.open();
      post(frame(), { command: "dimensions", data: { dimensions: { width: 740, height: 760 } } });
      lightbox().iframe?.dispatchEvent(new Event("load"));
      i % 2 ? ps.close() : post(frame(), { command: "close" });
    }
    expect(counts.get(window)).toBe(0);
    expect(counts.get(document) ?? 0).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
    expect(document.getElementsByTagName("*").length).toBe(nodes);
  });
});

describe("the message bridge", () => {
  it("fires load once, on the first dimensions, and hides the spinner", () => {
    const ps = create();
    const seen = record(ps);
    ps.open();
    expect(lightbox().spinner).not.toBeNull();
    const dimensions = { command: "dimensions", data: { dimensions: { width: 740, height: 760 } } };
    post(frame(), dimensions);
    post(frame(), dimensions);
    expect(seen.filter((name) => name === "load")).toHaveLength(1);
    expect(lightbox().spinner).toBeNull();
  });

  it("emits status, then the matching status-* with the same payload", () => {
    const ps = create();
    const seen = record(ps);
    const calls: unknown[] = [];
    ps.on("status status-done", (_event, data) => calls.push(data));
    ps.open();
    const data = {
      paymentInfo: {
        email: "p@example.com",
        invoice: 42,
        status: "done",
        userId: "u1",
        virtualCurrencyAmount: 100,
      },
    };
    post(frame(), { command: "status", data });
    expect(seen.slice(2)).toEqual([
      `status:${JSON.stringify(data)}`,
      `status-done:${JSON.stringify(data)}`,
    ]);
    expect(calls).toEqual([data, data]);
  });

  it.each(["invoice", "delivering", "troubled"])("emits status-%s", (status) => {
    const ps = create();
    const seen = record(ps);
    ps.open();
    post(frame(), { command: "status", data: { paymentInfo: { status } } });
    expect(seen.at(-1)).toMatch(new RegExp(`^status-${status}:`));
  });

  it("emits only status for an unknown or missing payment status", () => {
    const ps = create();
    const seen = record(ps);
    ps.open();
    post(frame(), { command: "status", data: { paymentInfo: { status: "weird" } } });
    post(frame(), { command: "status" });
    expect(seen.slice(2).map((entry) => entry.split(":")[0])).toEqual(["status", "status"]);
  });

  it("ignores messages from another window", () => {
    const ps = create();
    const seen = record(ps);
    ps.open();
    post(fakeWindow(), { command: "status", data: { paymentInfo: { status: "done" } } });
    post(window, { command: "close" });
    expect(seen).toEqual(["open", "open-lightbox"]);
  });

  it("ignores messages from another origin, even from the right window", () => {
    const ps = create();
    const seen = record(ps);
    ps.open();
    for (const origin of ["https://evil.example", "http://secure.xsolla.com", "null", ""]) {
      post(frame(), { command: "close" }, origin);
    }
    expect(seen).toEqual(["open", "open-lightbox"]);
    expect(ps.isOpened()).toBe(true);
  });

  it("ignores malformed messages without throwing", () => {
    const ps = create();
    const raw = vi.fn();
    ps.onMessage("status", raw);
    ps.open();
    const source = frame();
    for (const data of [
      "not json",
      "42",
      "null",
      '"close"',
      "[]",
      '{"data":{}}',
      '{"command":""}',
    ]) {
      expect(() => post(source, data)).not.toThrow();
    }
    window.dispatchEvent(
      new MessageEvent("message", {
        source: source as never,
        origin: PS_ORIGIN,
        data: { command: "close" },
      }),
    );
    post(source, '{"command":"status","data":"done"}');
    post(source, '{"command":"status","data":[1]}');
    expect(raw).not.toHaveBeenCalled();
    expect(ps.isOpened()).toBe(true);
  });

  it("checks the origin of payment_url when one is given", () => {
    const ps = create({ payment_url: "http://localhost:8787/paystation2/?access_token=x" });
    const seen = record(ps);
    ps.open();
    post(frame(), { command: "close" });
    expect(ps.isOpened()).toBe(true);
    post(frame(), { command: "close" }, "http://localhost:8787");
    expect(seen).toContain('close:{"reason":"user"}');
  });

  it("closes with reason user on close and widget-close", () => {
    for (const command of ["close", "widget-close"]) {
      const ps = create();
      const seen = record(ps);
      ps.open();
      post(frame(), { command });
      expect(seen.slice(2)).toEqual([
        'close:{"reason":"user"}',
        'close-lightbox:{"reason":"user"}',
      ]);
      expect(lightboxHost()).toBeNull();
    }
  });

  it("answers widget-detection with widget-detected, posted with the exact origin", () => {
    const ps = create({ access_token: "t", lightbox: { modal: true } });
    ps.open();
    post(frame(), { command: "widget-detection" });
    expect(frame().postMessage).toHaveBeenCalledOnce();
    const [message, origin] = frame().postMessage.mock.calls[0] as [string, string];
    expect(origin).toBe(PS_ORIGIN);
    expect(JSON.parse(message)).toEqual({
      command: "widget-detected",
      data: {
        version: expect.any(String),
        lightBoxOptions: expect.objectContaining({ modal: true }),
      },
    });
  });

  it("re-emits user-country, fcp and error with Pay Station's data as their detail", () => {
    const ps = create();
    const seen = record(ps);
    const details: unknown[] = [];
    ps.on("user-country fcp", (event) => details.push(event.detail));
    ps.open();
    post(frame(), { command: "user-country", data: { user_country: "DE" } });
    post(frame(), { command: "fcp", data: { fcp: 412 } });
    post(frame(), { command: "error", data: { code: "0004-0001", message: "Token expired" } });
    expect(seen.slice(2)).toEqual([
      'user-country:{"user_country":"DE"}',
      'fcp:{"fcp":412}',
      'error:{"code":"0004-0001","message":"Token expired"}',
    ]);
    expect(details).toEqual([{ user_country: "DE" }, { fcp: 412 }]);
  });

  it("sendMessage posts JSON to the frame with the exact origin, and onMessage gets raw commands", () => {
    const ps = create({ access_token: "t", sandbox: true });
    const fcp = vi.fn();
    ps.onMessage("fcp", fcp);
    expect(ps.sendMessage("ping", { a: 1 })).toBe(false);
    ps.open();
    expect(ps.sendMessage("ping", { a: 1 })).toBe(true);
    expect(frame().postMessage).toHaveBeenCalledWith(
      '{"command":"ping","data":{"a":1}}',
      "https://sandbox-secure.xsolla.com",
    );
    post(frame(), { command: "fcp", data: { time: 12 } }, "https://sandbox-secure.xsolla.com");
    expect(fcp).toHaveBeenCalledWith({ type: "fcp", detail: { time: 12 } }, { time: 12 });
  });

  it("stops listening once closed", () => {
    const ps = create();
    const seen = record(ps);
    ps.open();
    const old = frame();
    ps.close();
    post(old, { command: "status", data: { paymentInfo: { status: "done" } } });
    expect(seen.filter((entry) => entry.startsWith("status"))).toEqual([]);
  });
});

describe("the child window", () => {
  function stubPopup(popup: FakeWindow | null = fakeWindow()) {
    const open = vi.spyOn(window, "open").mockReturnValue(popup as unknown as Window);
    return { popup, open };
  }

  it("opens a centred 820x840 window in mode window, synchronously", () => {
    const { open } = stubPopup();
    const ps = create({ access_token: "t", mode: "window" });
    const seen = record(ps);
    ps.open();
    expect(open).toHaveBeenCalledOnce();
    const [url, target, features] = open.mock.calls[0] as [string, string, string];
    expect(url).toBe("https://secure.xsolla.com/paystation2/?access_token=t");
    expect(target).toBe("_blank");
    expect(features).toMatch(/^width=820,height=840,left=-?\d+,top=-?\d+$/);
    expect(seen).toEqual(["open", "open-window"]);
    expect(lightboxHost()).toBeNull();
  });

  it("is chosen in auto mode on a small or touch screen, never with iframeOnly", () => {
    stubScreen(true);
    const { open } = stubPopup();
    const ps = create({ access_token: "t" });
    ps.open();
    expect(open).toHaveBeenCalledOnce();
    ps.close();
    const frameOnly = create({ access_token: "t", iframeOnly: true, mode: "window" });
    frameOnly.open();
    expect(open).toHaveBeenCalledOnce();
    expect(lightboxHost()).not.toBeNull();
  });

  it("reserves a window inside the click and loads Pay Station into it on open()", () => {
    const reserved = Object.assign(fakeWindow(), { location: { href: "about:blank" } });
    const { open } = stubPopup(reserved);
    const ps = create({ access_token: "t", mode: "window" });
    ps.reserve({ mode: "window" });
    expect(open).toHaveBeenCalledOnce();
    expect(open.mock.calls[0]?.[0]).toBe("about:blank");
    ps.open();
    expect(open).toHaveBeenCalledOnce();
    expect(reserved.location.href).toBe("https://secure.xsolla.com/paystation2/?access_token=t");
    expect(ps.isOpened()).toBe(true);
  });

  it("reserves nothing for a lightbox, and closes a reserved window that open() never used", () => {
    const { popup, open } = stubPopup();
    const ps = create({ access_token: "t" });
    ps.reserve({ mode: "lightbox" });
    ps.reserve({ mode: "window", childWindow: { target: "_self" } });
    expect(open).not.toHaveBeenCalled();
    ps.reserve({ mode: "window" });
    expect(open).toHaveBeenCalledOnce();
    ps.close();
    expect(popup?.closed).toBe(true);
  });

  it("falls back to the lightbox with a popup-blocked error when the window is blocked", () => {
    stubPopup(null);
    const ps = create({ access_token: "t", mode: "window" });
    const seen = record(ps);
    ps.open();
    expect(seen).toEqual([
      "open",
      'error:{"code":"popup-blocked","message":"The browser blocked the window"}',
      "open-lightbox",
    ]);
    expect(lightboxHost()).not.toBeNull();
  });

  it("bridges the window's messages and answers with childWindowOptions", () => {
    const { popup } = stubPopup();
    const ps = create({ access_token: "t", mode: "window" });
    const seen = record(ps);
    ps.open();
    post(fakeWindow(), { command: "widget-detection" });
    post(popup, { command: "widget-detection" }, "https://evil.example");
    expect(popup?.postMessage).not.toHaveBeenCalled();
    post(popup, { command: "widget-detection" });
    expect(popup?.postMessage).toHaveBeenCalledWith(
      JSON.stringify({
        command: "widget-detected",
        data: { version: "1.2.5", childWindowOptions: { target: "_blank" } },
      }),
      PS_ORIGIN,
    );
    post(popup, { command: "status", data: { paymentInfo: { status: "done" } } });
    expect(seen.map((entry) => entry.split(":")[0])).toEqual([
      "open",
      "open-window",
      "load",
      "status",
      "status-done",
    ]);
  });

  it("notices the player closing the window within 500 ms", () => {
    vi.useFakeTimers();
    const { popup } = stubPopup();
    const ps = create({ access_token: "t", mode: "window" });
    const seen = record(ps);
    ps.open();
    popup?.close();
    vi.advanceTimersByTime(500);
    expect(seen.slice(2)).toEqual(['close:{"reason":"user"}', 'close-window:{"reason":"user"}']);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("closes the window on close() with reason api", () => {
    vi.useFakeTimers();
    const { popup } = stubPopup();
    const ps = create({ access_token: "t", mode: "window" });
    const seen = record(ps);
    ps.open();
    ps.close();
    expect(popup?.closed).toBe(true);
    expect(seen.at(-1)).toBe('close-window:{"reason":"api"}');
    expect(vi.getTimerCount()).toBe(0);
  });

  it("brings the open window forward on a second open", () => {
    const { popup, open } = stubPopup();
    const ps = create({ access_token: "t", mode: "window" });
    ps.open();
    ps.open();
    expect(open).toHaveBeenCalledOnce();
    expect(popup?.focus).toHaveBeenCalled();
  });
});
