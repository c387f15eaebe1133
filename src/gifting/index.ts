/**
 * The gifting feature: a chunk of its own, fetched on the first click on a Gift button (or
 * when the browser is idle after the first view, when gifting is on).
 */
import { addEnglish } from "../core/i18n";
import { enGifting } from "../core/i18n/en-gifting";

// Its English comes with it, not with the first view (core/i18n/en-gifting.ts).
addEnglish(enGifting);

export type { GiftDialogProps } from "./contract";
export { GiftDialog } from "./gift-dialog";
export { GIFT_MESSAGE_LIMIT } from "./gift-message";
export { giftStyles } from "./styles";
