export type { CatalogCounts, CatalogSection } from "./catalog";
export { optionsFromDataset } from "./data-options";
export type { StorefrontEventName, StorefrontEvents } from "./events";
export { getMounted, mount, type StorefrontHandle } from "./mount";
