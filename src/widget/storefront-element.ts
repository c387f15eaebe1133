/**
 * `<game-storefront backend="merchant" project-id="44056" …>`: the store as a custom element,
 * for pages built by a framework that renders elements and attributes rather than calling
 * mount(). Its attributes are the data-* attributes without `data-`; it mounts when connected,
 * remounts when an attribute changes and is destroyed when removed. The handle's events reach
 * the page as the same DOM events, since mount() dispatches them on the element itself.
 */
import { OptionsError } from "../core/errors";
import { ATTRIBUTES, optionsFromAttributes } from "./data-options";
import { getMounted, mount } from "./mount";

/**
 * Mounts a store from its host's attributes (`data-*` ones by default). A bad option is
 * reported on the console rather than thrown: a studio's typo in one attribute must not break
 * the page or the other widgets.
 */
export function mountFromAttributes(host: Element, prefix?: string) {
  try {
    mount(host, optionsFromAttributes(host, prefix));
  } catch (error) {
    console.error(error instanceof OptionsError ? error.message : error);
  }
}

// The npm build may be imported where there is no DOM (a framework rendering on the server):
// defining the class must not fail there, it is only ever constructed in a browser.
const Base = (typeof HTMLElement === "undefined" ? class {} : HTMLElement) as typeof HTMLElement;

export class GameStorefrontElement extends Base {
  static observedAttributes = ATTRIBUTES;
  private queued = false;

  connectedCallback() {
    this.attributeChangedCallback();
  }

  /**
   * Mounts once at the end of the current task's microtasks, so that a framework setting five
   * attributes (or the parser upgrading an element with all of them) remounts once, not five
   * times. Connecting the element comes here too.
   */
  attributeChangedCallback() {
    if (this.queued) return;
    this.queued = true;
    queueMicrotask(() => {
      this.queued = false;
      if (!this.isConnected) return;
      // Destroyed first, so that attributes that are wrong now leave the element empty.
      getMounted(this)?.destroy();
      mountFromAttributes(this, "");
    });
  }

  disconnectedCallback() {
    getMounted(this)?.destroy();
  }
}

/**
 * Registers the element as `name` unless that name is taken (by this element or another one,
 * which is then kept); returns what the name stands for. Each name gets a subclass of its own,
 * since the registry takes a class under one name only. The npm build's way; the script-tag
 * build registers `game-storefront` itself.
 */
export function defineGameStorefront(name = "game-storefront"): CustomElementConstructor {
  if (!customElements.get(name))
    customElements.define(name, class extends GameStorefrontElement {});
  return customElements.get(name) as CustomElementConstructor;
}

declare global {
  interface HTMLElementTagNameMap {
    "game-storefront": GameStorefrontElement;
  }
}
