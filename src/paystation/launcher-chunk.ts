/**
 * What the store's script loads on demand (as its own chunk): the launcher with its lightbox,
 * child window and message bridge, and the `XPayStationWidget` API over it. Fetched when a
 * player first buys, when the page first calls `XPayStationWidget`, or when the browser is
 * idle after the first view.
 */
export { createWidgetApi } from "./global";
export { createPayStation } from "./launcher";
export { resolveOptions } from "./options";
