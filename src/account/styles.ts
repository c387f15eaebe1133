import { SECTIONS } from "./sections";
import css from "./styles.css?inline";

/**
 * The panel's own rules as text (styles.css, minified by the build) and each section's, for
 * the widget to adopt into its shadow root beside tokens.css and base.css.
 */
export const accountStyles: string = [css, ...SECTIONS.map((section) => section.styles ?? "")].join(
  "\n",
);
