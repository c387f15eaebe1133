/**
 * The account panel's saved payment methods (issue 13, point 5), merchant only: the model and
 * the section, which travel in the panel's chunk with their English and rules.
 */
import { addEnglish } from "../../core/i18n";
import { enSaved } from "../../core/i18n/en-saved";

// Its English comes with it, not with the first view (core/i18n/en-saved.ts).
addEnglish(enSaved);

import { createPaymentAccountCalls } from "../../api/account/payment-accounts";
import { defineSection } from "../section";
import { createPaymentMethodsModel } from "./model";
import { PaymentMethodsSection } from "./payment-methods-section";
import { paymentMethodsStyles } from "./styles";

export {
  createPaymentMethodsModel,
  type MethodsState,
  type PaymentMethodsModel,
  type PaymentMethodsModelDeps,
} from "./model";
export { PaymentMethodsSection } from "./payment-methods-section";
export { paymentMethodsStyles };

/**
 * "Payment methods" in the account panel (../sections.ts): merchant only, through the game
 * server below the backend's `apiBase`; on xsolla the section draws nothing.
 */
export const paymentMethodsSection = defineSection({
  id: "payment-methods",
  create: (context) =>
    createPaymentMethodsModel({
      calls:
        context.kind === "merchant" && context.config
          ? createPaymentAccountCalls(context.config)
          : null,
      report: (error) => context.report(error, "payment-methods"),
      // A store of the same project on the page drops its one-click buttons for it.
      onRemoved: ({ type, id }) => context.emit("payment-method-remove", { type, id }),
    }),
  View: PaymentMethodsSection,
  styles: paymentMethodsStyles,
});
