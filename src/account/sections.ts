import { couponsSection } from "./coupons";
import { itemsSection } from "./items";
import { purchasesSection } from "./purchases";
import type { AccountSection } from "./section";

/**
 * The panel's sections, in the order the player sees them. A new section is a folder beside
 * these whose index.ts exports an AccountSection made with defineSection (see ./section.ts and
 * ./items/index.ts), imported above and named on one line below, at its marked place: each
 * place has lines of its own around it, so that sections added at the same time merge cleanly.
 */
export const SECTIONS: readonly AccountSection[] = [
  itemsSection,
  // My subscriptions (src/account/subscriptions) go here.
  purchasesSection,
  // Saved payment methods (src/account/payment-methods) go here.
  couponsSection,
];
