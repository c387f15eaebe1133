/**
 * What the store's script loads on demand (as its own chunk): the launcher with its lightbox,
 * child window and message bridge, and the `XPayStationWidget` API over it. Fetched when a
 * player first buys, when the page first calls `XPayStationWidget`, or when the browser is
 * idle after the first view.
 */
import { OptionsError } from "../core/errors";
import { type PayStationOptions, resolveOptions } from "./options";

export { createWidgetApi } from "./global";
export { createPayStation } from "./launcher";

/**
 * The first mistake in a store's `lightbox` and `childWindow` options, as the store's studio
 * wrote them ("paystation.lightbox.width ..."), or null: their checks travel with the launcher
 * so that every page does not pay for them.
 */
export function launcherOptionsMistake(
  options: Pick<PayStationOptions, "lightbox" | "childWindow">,
): string | null {
  try {
    resolveOptions({ ...options, payment_url: "https://localhost/" }, "paystation.");
  } catch (error) {
    if (error instanceof OptionsError) return error.message;
  }
  return null;
}
