import css from "./styles.css?inline";

/**
 * The picker's own rules as text (styles.css, minified by the build), for the store to adopt
 * into its shadow root as a constructable stylesheet when the gifting chunk arrives.
 */
export const giftStyles: string = css;
