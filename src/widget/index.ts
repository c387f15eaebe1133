export { optionsFromDataset } from "./data-options";
export type {
  CatalogCounts,
  CatalogSection,
  StorefrontEventName,
  StorefrontEvents,
} from "./events";
export { getMounted, mount, type StorefrontHandle } from "./mount";
export type { StorefrontOptions, StorefrontPayStationOptions } from "./options";
export {
  defineGameStorefront,
  GameStorefrontElement,
  mountFromAttributes,
} from "./storefront-element";
