export type { GiftingChunk, GiftModel, GiftModelDeps } from "./model";
export type { GiftFeature } from "./types";

/** The gift model and its components: a chunk, fetched only by a store that offers gifts. */
export const loadGiftFeature = () => import("./feature");
