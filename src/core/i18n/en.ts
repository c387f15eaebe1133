import type { enAccount } from "./en-account";
import type { enCheckout } from "./en-checkout";
import type { enGiftButtons } from "./en-gift-buttons";
import type { enGifting } from "./en-gifting";
import type { enInvites } from "./en-invites";
import type { enRewards } from "./en-rewards";
import type { enSaved } from "./en-saved";
import type { enSubscriptions } from "./en-subscriptions";

/**
 * English, the reference catalog: every other locale must have the same keys (the type
 * checker enforces it). `{name}` is replaced by a parameter; plural forms are objects keyed
 * by Intl.PluralRules categories, with `other` always present.
 */
export const en = {
  sectionItems: "Items",
  sectionPackages: "Virtual currency",
  sectionPlans: "Subscriptions",
  sectionPromotion: "Promotion",
  sectionGroups: "Item groups",
  groupsButton: "Groups: {name}",
  loading: "Loading…",
  vpReward: "+{amount} {name}",
  sectionRewards: "Rewards",
  sectionInvites: "Invites",
  accountPanel: "Account",
  backToStore: "Back to the store",
  sectionBalance: "Balance",
  promotionEndsIn: "Ends in {time}",
  promotionEnded: "This promotion has ended",
  countdownDays: "{days}d {time}",
  free: "Free",
  originalPrice: "Original price:",
  currentPrice: "Price:",
  vcPrice: "{amount} {currency}",
  vcFallbackName: "coins",
  bonusVc: "+{amount} bonus",
  bonusItems: "Bonus: {items}",
  bonusItem: "{name} ×{quantity}",
  quantityBefore: "Usually {quantity}",
  limitLeft: { one: "{count} left", other: "{count} left" },
  limitNone: "Limit reached",
  pricePerPeriod: "{price} / {period}",
  periodDay: { one: "day", other: "{count} days" },
  periodMonth: { one: "month", other: "{count} months" },
  periodLifetime: "lifetime",
  trial: { one: "{count}-day free trial", other: "{count}-day free trial" },
  activePlan: "Your plan",
  nextCharge: "Next charge on {date}",
  emptyItems: "There is nothing in this group yet.",
  emptyPackages: "No currency packages are on sale right now.",
  emptyPlans: "No subscription plans are available right now.",
  emptyGroups: "The store has no items yet.",
  sectionError: "Couldn't load {section}.",
  retry: "Reload {section}",
  errorNetwork: "The store could not be reached. Check your connection.",
  errorTimeout: "The store took too long to answer.",
  errorInvalid: "The store sent an answer that could not be read.",
  errorServer: "The store had a problem on its side (error {status}).",
  errorAuth: "Your session has expired. Please sign in again.",
  errorRequest: "The store did not accept the request (error {status}).",
  errorDetail: "Server said: {message}",
  showMore: "Show {count} more items",
  buy: "Buy",
  buyLabel: "Buy {name}",
  claim: "Claim",
  claimLabel: "Claim {name}",
  subscribe: "Subscribe",
  subscribeLabel: "Subscribe to {name}",
  subscribed: "Subscribed",
  subscribedLabel: "Subscribed to {name}",
  working: "Please wait…",
  balance: "Balance: {amounts}",
  dismiss: "Dismiss message",
  signInToBuy: "Sign in to the game to buy {name}.",
  signInToClaim: "Sign in to the game to claim {name}.",
  granted: "{name} is yours.",
  buyFailed: "Couldn't buy {name}. {reason}",
  claimFailed: "Couldn't claim {name}. {reason}",
  notEnoughVc: "You don't have enough {currency}.",
  notFree: "This item is not free.",
  limitReached: "You have reached the limit for this item.",
  noTokenUrl: "This store is not set up to take payments yet.",
  payStationUnavailable:
    "The payment window could not be loaded. Check your connection and try again.",
  retryBuy: "Try buying {name} again",
  opening: "Opening payment for {name}…",
  claiming: "Claiming {name}…",
  busyLabel: "{label}: please wait…",
  offline:
    "You are offline. Prices are from your last visit; buying returns when you are back online.",
  offlineNoCache: "You are offline. The store will load when you are back online.",
};

type Widen<T> = {
  [K in keyof T]: T[K] extends string ? string : { [P in keyof T[K]]?: string } & { other: string };
};
/**
 * Every text of the product: the store's (above, in the first view's script) and those of the
 * features that load on demand, whose English comes with their chunks (en-checkout.ts,
 * en-gift-buttons.ts, en-gifting.ts, en-rewards.ts, en-invites.ts, en-saved.ts; see addEnglish in ./index.ts). The other languages' catalogs hold them all.
 */
export type Messages = Widen<
  typeof en &
    typeof enCheckout &
    typeof enGiftButtons &
    typeof enGifting &
    typeof enRewards &
    typeof enInvites &
    typeof enAccount &
    typeof enSubscriptions &
    typeof enSaved
>;
export type MessageKey = keyof Messages;
