import { type EventTypes, eventTypes } from "./event-types";
import { createPayStation, type PayStation } from "./launcher";
import { listenForOpeners } from "./openers";
import { OURS } from "./ours";

export type XPayStationWidget = PayStation & { eventTypes: EventTypes };

declare global {
  interface Window {
    XPayStationWidget?: XPayStationWidget;
  }
}

/**
 * The vendor script's API over one launcher: `init(options)` also makes every
 * `data-xpaystation-widget-open` element open Pay Station, unless `openers` is false (the
 * store's first view listens for them itself before this has loaded). `destroy()` also
 * uninstalls it when it is `window.XPayStationWidget` (the store's stub never is this object).
 */
export function createWidgetApi(openers = true): XPayStationWidget {
  const ps = createPayStation();
  let stopOpeners: (() => void) | null = null;
  const api: XPayStationWidget = {
    ...ps,
    eventTypes,
    init(options) {
      ps.init(options);
      if (openers) stopOpeners ??= listenForOpeners(ps.open);
    },
    destroy() {
      ps.destroy();
      stopOpeners?.();
      stopOpeners = null;
      if (window.XPayStationWidget === api) delete window.XPayStationWidget;
    },
  };
  return api;
}

/**
 * Installs `window.XPayStationWidget`: the seed's snippet (`XPayStationWidget.init(options)`
 * and a `<button data-xpaystation-widget-open>`) works unchanged. Handlers may be added before
 * or after `init`; `destroy()` uninstalls it.
 */
export function installGlobal(): XPayStationWidget {
  const existing = window.XPayStationWidget;
  if (existing && OURS in existing) return existing;
  const api = createWidgetApi();
  Object.defineProperty(api, OURS, { value: true });
  window.XPayStationWidget = api;
  return api;
}
