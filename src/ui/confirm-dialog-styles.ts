import css from "./confirm-dialog.css?inline";

/** The confirmation dialog's rules as text, for a feature to adopt when its chunk arrives. */
export const confirmDialogStyles: string = css;
