import css from "./styles.css?inline";

/**
 * The section's rules, as text, for the account panel (which adds its confirmation's) to adopt into
 * its shadow root when its chunk arrives (as the store adopts the gift picker's).
 */
export const paymentMethodsStyles: string = css;
