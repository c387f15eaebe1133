import css from "./styles.css?inline";

/** The section's own rules as text (styles.css), for the account view to adopt beside its own. */
export const subscriptionsStyles: string = css;
