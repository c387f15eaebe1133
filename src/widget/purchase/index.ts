export { Balance } from "./balance";
export { type BuyRequest, createPurchaseModel, type Notice, type PurchaseModel } from "./model";
export { PurchaseButton } from "./purchase-button";
export { PurchaseNotice } from "./purchase-notice";
