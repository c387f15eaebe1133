/**
 * The npm entry: `mount()` for studios that bundle the widget themselves, the custom element
 * (defined only when `defineGameStorefront()` is called: importing has no side effects) and
 * the public types. The script-tag bundle (embed.ts) wraps the same functions.
 */
export type {
  AdLabel,
  BackendKind,
  BonusItem,
  Group,
  Item,
  Money,
  MoneyPrice,
  PerUserLimit,
  Promotion,
  SubscriptionPlan,
  Subscriptions,
  VcBalance,
  VcPackage,
  VcPrice,
} from "./api";
export { type ApiError, type ApiErrorKind, OptionsError } from "./core/errors";
export {
  eventTypes,
  type PaymentInfo,
  type PayStation,
  type PayStationEventName,
  type PayStationOptions,
  type StatusData,
  type XPayStationWidget,
} from "./paystation";
export { installGlobal } from "./paystation/global";
export { createPayStation } from "./paystation/launcher";
export {
  type CatalogCounts,
  type CatalogSection,
  defineGameStorefront,
  GameStorefrontElement,
  mount,
  type StorefrontEventName,
  type StorefrontEvents,
  type StorefrontHandle,
  type StorefrontOptions,
  type StorefrontPayStationOptions,
} from "./widget";
