/**
 * A purchase's English after the click (what Pay Station is called, how the order went), in
 * the purchase flow's chunk (widget/purchase/checkout-flow.ts) rather than the first view's
 * script: the chunk adds it to the English catalog when it arrives (addEnglish in ./index.ts).
 */
export const enCheckout = {
  giftSent: "Gift sent to {name}.",
  giftSentMany: { one: "Gift sent to {count} friend.", other: "Gift sent to {count} friends." },
  confirming: "Payment received. Confirming your order for {name}…",
  purchasePending: "Your payment went through. {name} will arrive shortly.",
  paymentFailed: "The payment for {name} did not go through. You were not charged.",
  orderCanceled: "The order for {name} was canceled.",
  payStationFailed: "The payment page could not be opened.",
  payDialog: "Pay for {name}",
  payClose: "Close payment",
  payLoading: "Loading payment form",
  payFrame: "Payment form",
};
