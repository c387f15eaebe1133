import { createPayStation, type PayStation, type PayStationEventName } from "./launcher";

type Constant<S extends string> = S extends `${infer A}-${infer B}`
  ? `${Uppercase<A>}_${Constant<B>}`
  : Uppercase<S>;
export type EventTypes = { [K in PayStationEventName as Constant<K>]: K };

/**
 * The vendor's `App.eventTypes` ({INIT: "init", OPEN_WINDOW: "open-window", …}), every one of
 * them (pages subscribe to each by its constant), built from the names to keep the script
 * small; the type above spells every entry out.
 */
export const eventTypes = /* @__PURE__ */ Object.fromEntries(
  "init open open-window open-lightbox load close close-window close-lightbox status status-invoice status-delivering status-troubled status-done user-country fcp error"
    .split(" ")
    .map((name) => [name.toUpperCase().replace(/-/g, "_"), name]),
) as EventTypes;

export type XPayStationWidget = PayStation & { eventTypes: EventTypes };

declare global {
  interface Window {
    XPayStationWidget?: XPayStationWidget;
  }
}

const OPENER = "data-xpaystation-widget-open";
// Marks our global, so loading the script twice (or with the storefront) keeps one instance.
const OURS = Symbol.for("game-storefront.paystation");

/**
 * Installs `window.XPayStationWidget`, the vendor script's API over one launcher: the seed's
 * snippet (`XPayStationWidget.init(options)` and a `<button data-xpaystation-widget-open>`)
 * works unchanged. Handlers may be added before or after `init`; `destroy()` uninstalls it.
 */
export function installGlobal(): XPayStationWidget {
  const existing = window.XPayStationWidget;
  if (existing && OURS in existing) return existing;
  const ps = createPayStation();
  // One delegated listener finds the opener also when the click lands on a child of it or
  // inside a shadow root (the path crosses open shadow roots), and for openers added later.
  const onClick = (event: Event) => {
    if (event.composedPath().some((node) => (node as Element).hasAttribute?.(OPENER))) {
      event.preventDefault();
      ps.open();
    }
  };
  // Typed by assertion: the marker is no part of the public type.
  const api = {
    ...ps,
    [OURS]: 1,
    eventTypes,
    init(options) {
      ps.init(options);
      // The same function twice is one listener: init again never stacks clicks.
      document.addEventListener("click", onClick);
    },
    destroy() {
      ps.destroy();
      document.removeEventListener("click", onClick);
      if (window.XPayStationWidget === api) delete window.XPayStationWidget;
    },
  } as XPayStationWidget;
  window.XPayStationWidget = api;
  return api;
}
