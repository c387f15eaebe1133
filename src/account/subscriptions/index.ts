/**
 * "My subscriptions" (issue 13, point 6), a section of the account view: it travels in the
 * account view's chunk, never in the store's first view.
 */
import { addEnglish } from "../../core/i18n";
import { enSubscriptions } from "../../core/i18n/en-subscriptions";

// Its English comes with it (core/i18n/en-subscriptions.ts), before anything of it is drawn.
addEnglish(enSubscriptions);

export {
  createSubscriptionCalls,
  type SubscriptionCalls,
} from "../../api/account/subscriptions";
export {
  createSubscriptionsModel,
  type SubscriptionsEmit,
  type SubscriptionsEvents,
  type SubscriptionsModel,
  type SubscriptionsModelDeps,
} from "./model";
export { subscriptionsStyles } from "./styles";
export { SubscriptionsSection } from "./subscriptions-section";
