import type { ApiError } from "../core/errors";
import { describeError } from "../core/i18n/describe-error";
import { Button, useI18n } from "../ui";

interface PartErrorProps {
  /** What could not be loaded, already translated. */
  title: string;
  error: ApiError;
  /** The retry button's name, already translated ("Reload my items"). */
  retryLabel: string;
  onRetry(): void;
}

/** One part of a section failed: say what and why, and offer to read it again. */
export function PartError({ title, error, retryLabel, onRetry }: PartErrorProps) {
  const i18n = useI18n();
  return (
    <div class="gs-error" role="alert">
      <div class="gs-error-text">
        <p class="gs-error-title">{title}</p>
        <p>{describeError(error, i18n)}</p>
        {error.serverMessage && (
          <p class="gs-error-detail">{i18n.t("errorDetail", { message: error.serverMessage })}</p>
        )}
      </div>
      <Button variant="secondary" onClick={onRetry}>
        {retryLabel}
      </Button>
    </div>
  );
}
