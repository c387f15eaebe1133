import type { ApiError } from "../core/errors";
import { Button, useI18n } from "../ui";
import { failureReason } from "./error-text";

interface PartErrorProps {
  /** What could not be loaded, already translated. */
  title: string;
  error: ApiError;
  /** The retry button's name, already translated. */
  retryLabel?: string;
  onRetry(): void;
}

/** One part of the panel failed: say what and why, and offer to read it again. */
export function PartError({ title, error, retryLabel, onRetry }: PartErrorProps) {
  const i18n = useI18n();
  return (
    <div class="gs-error" role="alert">
      <div class="gs-error-text">
        <p class="gs-error-title">{title}</p>
        <p>{failureReason(error, i18n)}</p>
      </div>
      <Button variant="secondary" onClick={onRetry} label={retryLabel}>
        {i18n.t("inviteRetry")}
      </Button>
    </div>
  );
}
