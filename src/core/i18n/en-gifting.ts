/**
 * The gift picker's English, in the gifting chunk rather than the first view's script: the
 * chunk adds it to the English catalog when it arrives (addEnglish in ./index.ts).
 */
export const enGifting = {
  giftDialogTitle: "Gift {name}",
  giftClose: "Close",
  giftSearch: "Search friends",
  giftFriends: "Friends",
  giftChosen: { one: "{count} friend chosen", other: "{count} friends chosen" },
  giftTooMany: "You can choose up to {max} friends.",
  giftEmpty: "Your friend list is empty",
  giftNoMatch: "No friends match “{query}”",
  giftLoadFailed: "Your friends could not be loaded.",
  giftRetry: "Try again",
  giftLoadMore: "Load more friends",
  giftMessage: "Message",
  giftMessageCount: "{used}/{max}",
  giftMessageLeft: { one: "{count} character left", other: "{count} characters left" },
  giftAnonymous: "Send anonymously",
  giftContinue: "Continue to payment",
};
