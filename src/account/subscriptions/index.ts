/**
 * "My subscriptions" (issue 13, point 6), a section of the account panel: it travels in the
 * account view's chunk, never in the store's first view.
 */
import { addEnglish } from "../../core/i18n";
import { enSubscriptions } from "../../core/i18n/en-subscriptions";
import { defineSection } from "../section";
import { createSubscriptionsModel } from "./model";
import { subscriptionsStyles } from "./styles";
import { SubscriptionsSection } from "./subscriptions-section";

// Its English comes with it (core/i18n/en-subscriptions.ts), before anything of it is drawn.
addEnglish(enSubscriptions);

export type {
  ChangeState,
  SubscriptionList,
  SubscriptionsModel,
  SubscriptionsModelDeps,
} from "./model";
export { createSubscriptionsModel, SubscriptionsSection, subscriptionsStyles };

/** "My subscriptions": the player's plans, and cancelling or stopping their renewal. */
export const subscriptionsSection = defineSection({
  id: "subscriptions",
  create: createSubscriptionsModel,
  View: SubscriptionsSection,
  styles: subscriptionsStyles,
});
