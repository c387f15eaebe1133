export { Balance } from "./balance";
export {
  type BuyRequest,
  createPurchaseModel,
  type GiftFailure,
  type GiftOutcome,
  giftKey,
  type Notice,
  type PurchaseModel,
} from "./model";
export { PurchaseButton } from "./purchase-button";
export { PurchaseNotice } from "./purchase-notice";
