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
  loading: "Loading…",
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
};

type Widen<T> = {
  [K in keyof T]: T[K] extends string ? string : { [P in keyof T[K]]?: string } & { other: string };
};
export type Messages = Widen<typeof en>;
export type MessageKey = keyof Messages;
