export type { SavedFeature, SavedFeatureDeps } from "./types";

/**
 * One-click buying with a saved method, a chunk of its own: fetched once the first view is
 * drawn by a merchant store with a signed-in player, and never by any other.
 */
export const loadSavedFeature = () => import("./feature");
