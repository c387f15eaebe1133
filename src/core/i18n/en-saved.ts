/**
 * The saved payment methods' English (issue 13, point 5): the store's one-click buy and the
 * account panel's section. Both travel in chunks, which add these to the English catalog when
 * they arrive (addEnglish), so the first view carries none of them.
 */
export const enSaved = {
  // The button shows this without {name} ("Buy with Visa ••1111"), which screen readers hear
  // too: every language puts {name} where leaving it out still reads well.
  savedBuyLabel: "Buy {name} with {method}",
  savedPaypal: "PayPal ({account})",
  savedConfirmTitle: "Buy {name} for {price} with {method}?",
  savedConfirm: "Confirm",
  savedCancel: "Cancel",
  savedCharging: "Paying for {name} with {method}…",
  savedBought: "{name} is yours, paid with {method}.",
  savedDeclined: "{method} was declined, so {name} was not bought. You can pay another way.",
  savedNoFunds:
    "{method} has insufficient funds, so {name} was not bought. You can pay another way.",
  savedFailed:
    "{method} could not be charged, so {name} was not bought. {reason} You can pay another way.",
  savedPayOtherWay: "Pay for {name} another way",
  // The game server charged for an item but could not grant it: paying again would pay twice.
  savedItemNotDelivered:
    "{method} was charged for {name}, but it could not be delivered. Don’t pay again: please contact support.",
  savedMethodsTitle: "Payment methods",
  savedMethodsEmpty:
    "You have no saved payment methods. Tick “Save this card” when you pay, and next time you can buy with one click.",
  savedRemove: "Remove",
  savedRemoveLabel: "Remove {method}",
  savedRemoveTitle: "Remove {method}?",
  savedRemoveText: "You will enter its details again the next time you pay with it.",
  savedRemoved: "{method} was removed.",
  savedRemoveFailed: "{method} could not be removed. {reason}",
  savedRemoveRetry: "Try removing {method} again",
};
