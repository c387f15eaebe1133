import type { ComponentChildren } from "preact";

interface ButtonProps {
  children: ComponentChildren;
  onClick?: () => void;
  variant?: "primary" | "secondary";
  disabled?: boolean;
  /** The accessible name when the visible text alone would not say what the button does. */
  label?: string;
  busy?: boolean;
}

export function Button({
  children,
  onClick,
  variant = "primary",
  disabled,
  label,
  busy,
}: ButtonProps) {
  return (
    <button
      type="button"
      class="gs-button"
      data-variant={variant}
      onClick={onClick}
      disabled={disabled}
      aria-label={label}
      aria-busy={busy || undefined}
    >
      {children}
    </button>
  );
}
