/**
 * The Gift buttons' English and a failed gift's message, in the store's gift chunk
 * (widget/gift/feature.tsx) rather than the first view's script: the chunk adds it to the
 * English catalog when it arrives, before any gift can start.
 */
export const enGiftButtons = {
  gift: "Gift",
  giftFailed: "Couldn't send {name} as a gift. {reason}",
  giftLabel: "Gift {name}",
  giftUnavailable:
    "The gift window for {name} could not be loaded. Check your connection and try again.",
  retryGift: "Try gifting {name} again",
};
