import { useI18n } from "../../ui";
import { useWidget } from "../context";
import { useSignal } from "../use-signal";

/**
 * What happened to the latest purchase or claim. The status region is always in the page, so
 * a screen reader announces a message put into it; an error comes as an alert, which is
 * announced when it appears and interrupts.
 * The bar sticks to the bottom of the widget, where a player who scrolled down still sees it.
 */
export function PurchaseNotice() {
  const i18n = useI18n();
  const { purchases } = useWidget();
  const notice = useSignal(purchases.notice);
  const error = notice?.tone === "error";
  const content = notice && (
    <div class="gs-notice" data-tone={notice.tone}>
      <div class="gs-notice-text">
        <p>{notice.text(i18n)}</p>
        {notice.detail && (
          <p class="gs-error-detail">{i18n.t("errorDetail", { message: notice.detail })}</p>
        )}
      </div>
      <button
        type="button"
        class="gs-notice-close"
        aria-label={i18n.t("dismiss")}
        onClick={purchases.dismiss}
      >
        ×
      </button>
    </div>
  );
  return (
    <div class="gs-notices">
      <div role="status">{error ? null : content}</div>
      {error && <div role="alert">{content}</div>}
    </div>
  );
}
