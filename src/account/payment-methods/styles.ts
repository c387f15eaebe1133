import { confirmDialogStyles } from "../../ui/confirm-dialog-styles";
import css from "./styles.css?inline";

/**
 * The section's rules and its confirmation's, as text, for the account panel to adopt into
 * its shadow root when its chunk arrives (as the store adopts the gift picker's).
 */
export const paymentMethodsStyles: string = confirmDialogStyles + css;
