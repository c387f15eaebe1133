/**
 * Opening and closing Pay Station a hundred times leaves the page as it was: no extra nodes,
 * no lightbox left behind, no listener on window or document, no frame, no inert element and
 * the root element's style as before.
 */
import { expect, test } from "./fixtures";
import { openLauncherDemo } from "./paystation/helpers";

const CYCLES = 100;
/** Every this many cycles, wait for Pay Station to load, so its messages are handled too. */
const LOAD_EVERY = 25;

interface PageCensus {
  nodes: number;
  lightboxes: number;
  inert: number;
  rootStyle: string | null;
  listeners: Record<string, number>;
}

declare global {
  interface Window {
    __listeners?: () => Record<string, number>;
  }
}

test(`opening and closing ${CYCLES} times leaves no extra nodes or listeners`, async ({ page }) => {
  // Counts the listeners on window and document by type, as the browser keeps them: adding the
  // same listener twice is one, removing one that is not there changes nothing.
  await page.addInitScript(() => {
    type Entry = { where: string; type: string; listener: unknown; capture: boolean };
    const live: Entry[] = [];
    const where = (target: unknown) =>
      target === window ? "window" : target === document ? "document" : null;
    const capture = (options: unknown) =>
      typeof options === "boolean" ? options : !!(options as { capture?: boolean })?.capture;
    const find = (entry: Omit<Entry, "where"> & { where: string }) =>
      live.findIndex(
        (e) =>
          e.where === entry.where &&
          e.type === entry.type &&
          e.listener === entry.listener &&
          e.capture === entry.capture,
      );
    const proto = EventTarget.prototype;
    const add = proto.addEventListener;
    const remove = proto.removeEventListener;
    proto.addEventListener = function (this: EventTarget, type, listener, options) {
      const self = this ?? window;
      const at = where(self);
      if (at && listener) {
        const entry = { where: at, type, listener, capture: capture(options) };
        if (find(entry) < 0) live.push(entry);
      }
      return add.call(self, type, listener, options);
    };
    proto.removeEventListener = function (this: EventTarget, type, listener, options) {
      const self = this ?? window;
      const at = where(self);
      if (at && listener) {
        const index = find({ where: at, type, listener, capture: capture(options) });
        if (index >= 0) live.splice(index, 1);
      }
      return remove.call(self, type, listener, options);
    };
    window.__listeners = () => {
      const counts: Record<string, number> = {};
      for (const { where, type } of live)
        counts[`${where} ${type}`] = (counts[`${where} ${type}`] ?? 0) + 1;
      return counts;
    };
  });
  await openLauncherDemo(page, { mode: "lightbox" });
  // The cycles below look for the dialog right after open(): they start once paystation.js's
  // lightbox file (fetched when the browser is idle after init) is there, as a click finds it.
  await page.waitForFunction(() => "__gsPayStationLightbox" in window);

  const census = () =>
    page.evaluate(
      (): PageCensus => ({
        // The demo's event log grows by design; everything else must come back.
        nodes: [...document.querySelectorAll("*")].filter((el) => !el.closest("#event-log li"))
          .length,
        lightboxes: document.querySelectorAll("[data-xpaystation-widget-lightbox]").length,
        inert: document.querySelectorAll("[inert]").length,
        rootStyle: document.documentElement.getAttribute("style"),
        listeners: window.__listeners?.() ?? {},
      }),
    );
  const before = await census();
  expect(before.lightboxes).toBe(0);
  expect(before.listeners["document click"], "the opener's delegated click listener").toBe(1);

  const { shown, whileOpen } = await page.evaluate(
    async ({ cycles, loadEvery }) => {
      const widget = window.XPayStationWidget;
      if (!widget) throw new Error("no XPayStationWidget");
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      let shown = 0;
      let whileOpen: Record<string, number> = {};
      for (let i = 1; i <= cycles; i += 1) {
        const loaded =
          i % loadEvery === 0
            ? new Promise<void>((resolve) => {
                const off = widget.on("load", () => {
                  off();
                  resolve();
                });
              })
            : null;
        widget.open();
        if (i === 1) whileOpen = window.__listeners?.() ?? {};
        const hosts = document.querySelectorAll("[data-xpaystation-widget-lightbox]");
        if (hosts.length !== 1) throw new Error(`cycle ${i}: ${hosts.length} lightboxes`);
        const dialog = hosts[0]?.shadowRoot?.querySelector('[role="dialog"]');
        await frame();
        if (dialog && dialog.getBoundingClientRect().width > 0) shown += 1;
        await loaded;
        widget.close();
        if (widget.isOpened()) throw new Error(`cycle ${i}: still open after close()`);
      }
      return { shown, whileOpen };
    },
    { cycles: CYCLES, loadEvery: LOAD_EVERY },
  );
  expect(shown, "every cycle showed its dialog").toBe(CYCLES);
  // The count does see the launcher's own listeners while it is open.
  for (const type of ["window message", "window keydown", "window focusin"])
    expect(whileOpen[type] ?? 0, type).toBe((before.listeners[type] ?? 0) + 1);

  expect(await census()).toEqual(before);
  expect(page.frames(), "no Pay Station frame is left").toHaveLength(1);
  // The log keeps its last 200 entries: the last cycles, each logged in full.
  const log = await page
    .locator("#event-log li")
    .evaluateAll((items) => items.slice(-9).map((item) => (item as HTMLElement).dataset.event));
  expect(log).toEqual([
    ...["open", "open-lightbox", "close", "close-lightbox"],
    ...["open", "open-lightbox", "load", "close", "close-lightbox"],
  ]);
});
