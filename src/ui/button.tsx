import type { ComponentChildren } from "preact";

interface ButtonProps {
  children: ComponentChildren;
  /** Gets the click, whose `currentTarget` is the button (for focus to come back to it). */
  onClick?: (event: MouseEvent) => void;
  variant?: "primary" | "secondary";
  disabled?: boolean;
  /**
   * Shown and announced as unavailable, but still focusable: a control that is busy for a
   * moment keeps the focus (and a dialog it opened can give it back) instead of dropping it.
   */
  inactive?: boolean;
  /** The accessible name when the visible text alone would not say what the button does. */
  label?: string;
  busy?: boolean;
}

export function Button({
  children,
  onClick,
  variant = "primary",
  disabled,
  inactive,
  label,
  busy,
}: ButtonProps) {
  return (
    <button
      type="button"
      class="gs-button"
      data-variant={variant}
      onClick={inactive ? undefined : onClick}
      disabled={disabled}
      aria-disabled={inactive || undefined}
      aria-label={label}
      aria-busy={busy || undefined}
    >
      {children}
    </button>
  );
}
