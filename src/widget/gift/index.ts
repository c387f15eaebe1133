export { GiftButton } from "./gift-button";
export { GiftHost } from "./gift-host";
export { createGiftModel, type GiftingChunk, type GiftModel } from "./model";
