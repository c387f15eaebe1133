import { couponsSection } from "./coupons";
import { itemsSection } from "./items";
import { paymentMethodsSection } from "./payment-methods";
import { purchasesSection } from "./purchases";
import type { AccountSection } from "./section";
import { subscriptionsSection } from "./subscriptions";

/**
 * The panel's sections, in the order the player sees them. A new section is a folder beside
 * these whose index.ts exports an AccountSection (see ./section.ts and ./items/index.ts), and
 * one line here (with its import): saved payment methods after "My purchases", the player's
 * subscriptions after "My items".
 */
export const SECTIONS: readonly AccountSection[] = [
  itemsSection,
  subscriptionsSection,
  purchasesSection,
  paymentMethodsSection,
  couponsSection,
];
