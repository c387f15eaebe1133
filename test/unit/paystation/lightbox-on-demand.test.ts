// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Lightbox } from "../../../src/paystation/lightbox";

type OnDemand = typeof import("../../../src/paystation/lightbox-on-demand");

const FILE = "chunks/paystation-lightbox-abc123.js";
const options = {} as Parameters<OnDemand["openLightbox"]>[1];

/** A fresh copy of the module (it keeps its fetch between calls) and the <script> it adds. */
async function fresh() {
  vi.resetModules();
  const module: OnDemand = await import("../../../src/paystation/lightbox-on-demand");
  const tags = () => [...document.head.querySelectorAll("script")];
  return { module, tags };
}

/** What the lightbox file does when it runs: leaves its function, then its load event fires. */
function arrive(tag: HTMLScriptElement, open: unknown) {
  (self as unknown as Record<string, unknown>).__gsPayStationLightbox = open;
  tag.onload?.(new Event("load"));
}

const fakeBox = (): Lightbox & { frameWindow: Window } => {
  const frameWindow = {} as Window;
  return { frameWindow, frame: () => frameWindow, show: vi.fn(), remove: vi.fn() };
};

beforeEach(() => {
  vi.stubGlobal("__PAYSTATION_LIGHTBOX__", FILE);
});
afterEach(() => {
  vi.unstubAllGlobals();
  delete (self as unknown as Record<string, unknown>).__gsPayStationLightbox;
  document.head.replaceChildren();
});

describe("paystation.js's lightbox fetched on demand", () => {
  it("fetches the file beside the script once, however often it is asked for", async () => {
    const { module, tags } = await fresh();
    const first = module.loadLightbox();
    const second = module.loadLightbox();
    expect(tags()).toHaveLength(1);
    expect(tags()[0]?.src).toBe(new URL(FILE, location.href).href);
    const open = vi.fn();
    arrive(tags()[0] as HTMLScriptElement, open);
    await expect(first).resolves.toBe(open);
    await expect(second).resolves.toBe(open);
  });

  it("forgets a failed fetch, so that the next call fetches again", async () => {
    const { module, tags } = await fresh();
    const failed = module.loadLightbox();
    tags()[0]?.onerror?.(new Event("error"));
    await expect(failed).rejects.toThrow(/did not load/);
    void module.loadLightbox();
    expect(tags()).toHaveLength(2);
  });

  it("stands in for the dialog until the file is there, then passes everything on", async () => {
    const { module, tags } = await fresh();
    const box = fakeBox();
    const open = vi.fn(() => box);
    const onClose = vi.fn();
    const onLoad = vi.fn();
    const standIn = module.openLightbox("https://pay/", options, onClose, onLoad);
    expect(standIn.frame()).toBeNull();
    arrive(tags()[0] as HTMLScriptElement, open);
    await vi.waitFor(() =>
      expect(open).toHaveBeenCalledWith("https://pay/", options, onClose, onLoad),
    );
    expect(standIn.frame()).toBe(box.frameWindow);
    standIn.show({ width: 700 });
    expect(box.show).toHaveBeenCalledWith({ width: 700 });
    standIn.remove();
    expect(box.remove).toHaveBeenCalled();
  });

  it("draws at once once the file is there", async () => {
    const { module, tags } = await fresh();
    const box = fakeBox();
    const load = module.loadLightbox();
    arrive(tags()[0] as HTMLScriptElement, () => box);
    await load;
    expect(module.openLightbox("https://pay/", options, vi.fn(), vi.fn())).toBe(box);
  });

  it("never draws a dialog closed before the file came, nor reports its failure", async () => {
    const { module, tags } = await fresh();
    const open = vi.fn(fakeBox);
    const onFail = vi.fn();
    module.openLightbox("https://pay/", options, vi.fn(), vi.fn(), onFail).remove();
    arrive(tags()[0] as HTMLScriptElement, open);
    await module.loadLightbox();
    await Promise.resolve();
    expect(open).not.toHaveBeenCalled();
    expect(onFail).not.toHaveBeenCalled();
  });

  it("calls onFail with a message naming the file when it does not arrive", async () => {
    const { module, tags } = await fresh();
    const onFail = vi.fn();
    module.openLightbox("https://pay/", options, vi.fn(), vi.fn(), onFail);
    tags()[0]?.onerror?.(new Event("error"));
    await vi.waitFor(() => expect(onFail).toHaveBeenCalledWith(expect.stringContaining(FILE)));
  });

  it("reports a file that ran without leaving its function as a failure", async () => {
    const { module, tags } = await fresh();
    const load = module.loadLightbox();
    tags()[0]?.onload?.(new Event("load"));
    await expect(load).rejects.toThrow(/did not load/);
  });
});
