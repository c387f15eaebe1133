export { ItemsSection } from "./items-section";
export { type CatalogCache, type CatalogModel, createCatalogModel } from "./model";
export { PackagesSection } from "./packages-section";
export { PlansSection } from "./plans-section";
export { PromotionBanner } from "./promotion-banner";
