/**
 * The Pay Station launcher, usable alone (dist/paystation.js installs the global) or from the
 * storefront, which opens purchases through `createPayStation`.
 */
export type {
  PayStationEvent,
  PayStationHandler,
} from "./events";
export { type EventTypes, eventTypes, installGlobal, type XPayStationWidget } from "./global";
export {
  type CloseData,
  type CloseReason,
  createPayStation,
  type ErrorData,
  type PaymentInfo,
  type PayStation,
  type PayStationEventMap,
  type PayStationEventName,
  type StatusData,
} from "./launcher";
export {
  type ChildWindowOptions,
  type LightboxOptions,
  type OpenMode,
  type PayStationOptions,
  resolveOptions as resolvePayStationOptions,
  type Size,
  type Spinner,
  type WindowTarget,
} from "./options";
