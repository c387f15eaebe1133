/**
 * The npm entry: `mount()` for studios that bundle the widget themselves, and the public
 * types. The script-tag bundle (embed.ts) wraps the same function.
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
export {
  OptionsError,
  type StorefrontOptions,
  type StorefrontPayStationOptions,
} from "./core/config";
export type { ApiError, ApiErrorKind } from "./core/errors";
export {
  createPayStation,
  eventTypes,
  installGlobal,
  type PaymentInfo,
  type PayStation,
  type PayStationEventName,
  type PayStationOptions,
  type StatusData,
  type XPayStationWidget,
} from "./paystation";
export {
  type CatalogCounts,
  type CatalogSection,
  mount,
  type StorefrontEventName,
  type StorefrontEvents,
  type StorefrontHandle,
} from "./widget";
