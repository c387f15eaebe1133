/**
 * The script-tag entry. Mounts a storefront on every element with `data-game-storefront`,
 * now and whenever one is added later, destroys it when the element leaves the page, and
 * exposes the same API as the npm package on `window.GameStorefront`, and the Pay Station
 * launcher's `window.XPayStationWidget`. Registers the `<game-storefront>` element.
 */
import { installGlobalStub, loadLauncher } from "./paystation";
import { GameStorefrontElement, getMounted, mount, mountFromAttributes } from "./widget";

const ELEMENT = "game-storefront";
const SELECTOR = `[data-${ELEMENT}]`;

declare global {
  interface Window {
    GameStorefront?: typeof api;
  }
}

function mountElement(element: HTMLElement) {
  if (!getMounted(element)) mountFromAttributes(element);
}

function mountAll(root: ParentNode = document) {
  if (root instanceof HTMLElement && root.matches(SELECTOR)) mountElement(root);
  for (const element of root.querySelectorAll<HTMLElement>(SELECTOR)) mountElement(element);
}

function destroyWithin(node: Node) {
  if (!(node instanceof Element)) return;
  const hosts = node.matches(SELECTOR) ? [node] : [];
  for (const host of [...hosts, ...node.querySelectorAll(SELECTOR)]) {
    if (!host.isConnected) getMounted(host)?.destroy();
  }
}

const api = {
  version: "0.1.0",
  mount,
  /** Mounts every `[data-game-storefront]` element under `root` that has no widget yet. */
  mountAll,
  /** The handle of the widget on an element, for pages that mounted it through data-*. */
  get: (element: Element) => getMounted(element),
};

function start() {
  mountAll();
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof HTMLElement) mountAll(node);
      for (const node of record.removedNodes) destroyWithin(node);
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
}

// Loading the script twice must not mount every widget twice.
if (!window.GameStorefront) {
  window.GameStorefront = api;
  // The store's script offers the same drop-in XPayStationWidget as dist/paystation.js, unless
  // the page already has one (the vendor's or ours); its launcher loads on first use.
  if (!window.XPayStationWidget) installGlobalStub(loadLauncher);
  // <game-storefront>, unless the page already has an element of that name (kept as it is).
  if (!customElements.get(ELEMENT)) customElements.define(ELEMENT, GameStorefrontElement);
  if (document.readyState === "loading")
    document.addEventListener("DOMContentLoaded", start, { once: true });
  else start();
}
