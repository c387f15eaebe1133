import css from "./styles.css?inline";

/**
 * The panel's own rules as text (styles.css, minified by the build), for the widget to adopt
 * into its shadow root as a constructable stylesheet beside tokens.css and base.css.
 */
export const invitesStyles: string = css;
