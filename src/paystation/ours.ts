/**
 * Marks our `XPayStationWidget` (the standalone script's or the store's), so that loading
 * either script twice, or both, keeps one instance. Symbol.for: the same across bundles.
 */
export const OURS = Symbol.for("game-storefront.paystation");
