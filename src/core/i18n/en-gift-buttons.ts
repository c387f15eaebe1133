/**
 * The Gift buttons' English, in the store's gift chunk (widget/gift/feature.tsx) rather than
 * the first view's script: the chunk adds it to the English catalog when it arrives.
 */
export const enGiftButtons = {
  giftLabel: "Gift {name}",
  giftUnavailable:
    "The gift window for {name} could not be loaded. Check your connection and try again.",
  retryGift: "Try gifting {name} again",
};
