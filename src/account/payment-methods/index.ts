/**
 * The account panel's saved payment methods (issue 13, point 5), merchant only: the model and
 * the section, which travel in the panel's chunk with their English and rules.
 */
import { addEnglish } from "../../core/i18n";
import { enSaved } from "../../core/i18n/en-saved";

// Its English comes with it, not with the first view (core/i18n/en-saved.ts).
addEnglish(enSaved);

export { createPaymentAccountCalls } from "../../api/account/payment-accounts";
export {
  createPaymentMethodsModel,
  type MethodsState,
  type PaymentMethodsModel,
  type PaymentMethodsModelDeps,
} from "./model";
export { methodName, PaymentMethodsSection } from "./payment-methods-section";
export { paymentMethodsStyles } from "./styles";
