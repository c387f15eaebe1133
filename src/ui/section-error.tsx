import { Button } from "./button";
import { useI18n } from "./i18n-context";

interface SectionErrorProps {
  /** The section's name as shown in its heading, e.g. "Subscriptions". */
  section: string;
  /** What went wrong, already translated. */
  message: string;
  /** The server's own message, shown as a detail when it sent one. */
  detail?: string | undefined;
  onRetry?: (() => void) | undefined;
}

/** One section failed: say so, show why, and offer to try again. The rest keeps working. */
export function SectionError({ section, message, detail, onRetry }: SectionErrorProps) {
  const i18n = useI18n();
  return (
    <div class="gs-error" role="alert">
      <div class="gs-error-text">
        <p class="gs-error-title">{i18n.t("sectionError", { section })}</p>
        <p>{message}</p>
        {detail && <p class="gs-error-detail">{i18n.t("errorDetail", { message: detail })}</p>}
      </div>
      {onRetry && (
        <Button variant="secondary" onClick={onRetry}>
          {i18n.t("retry", { section })}
        </Button>
      )}
    </div>
  );
}
