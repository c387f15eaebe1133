import { confirmDialogStyles } from "../ui/confirm-dialog-styles";
import { SECTIONS } from "./sections";
import css from "./styles.css?inline";

/**
 * The panel's own rules as text (styles.css, minified by the build) and each section's, for
 * the widget to adopt into its shadow root beside tokens.css and base.css, with the rules of
 * the confirmation (ui/confirm-dialog.tsx) that Payment methods and My subscriptions ask with.
 */
export const accountStyles: string = [
  confirmDialogStyles,
  css,
  ...SECTIONS.map((section) => section.styles ?? ""),
].join("\n");
