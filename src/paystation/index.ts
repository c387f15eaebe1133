/**
 * The Pay Station launcher. What the store's first view needs is imported from here (option
 * checks, the reserved window, the event names, the `XPayStationWidget` that waits for the
 * launcher); the launcher itself comes through `loadLauncher()`, a chunk of its own in the
 * store's script. dist/paystation.js (standalone.ts) and the npm build take it whole.
 */

export { reserveWindow } from "./child-window";
export { type EventTypes, eventTypes } from "./event-types";
export type { PayStationEvent, PayStationHandler } from "./events";
export type { XPayStationWidget } from "./global";
export { installGlobalStub } from "./global-stub";
export type {
  CloseData,
  CloseReason,
  ErrorData,
  PaymentInfo,
  PayStation,
  PayStationEventMap,
  PayStationEventName,
  StatusData,
} from "./launcher";
export type {
  ChildWindowOptions,
  LightboxOptions,
  OpenMode,
  PayStationOptions,
  Size,
  Spinner,
  WindowTarget,
} from "./options";

/** The launcher and the `XPayStationWidget` API over it, loaded on demand. */
export const loadLauncher = () => import("./launcher-chunk");
export type LauncherChunk = Awaited<ReturnType<typeof loadLauncher>>;
