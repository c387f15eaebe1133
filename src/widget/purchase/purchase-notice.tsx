import { useRef } from "preact/hooks";
import { useI18n, useSignal } from "../../ui";
import { useWidget } from "../context";

/**
 * What happened to the latest purchase or claim. The status region is always in the page, so
 * a screen reader announces a message put into it; an error comes as an alert, which is
 * announced when it appears and interrupts. The dismiss button sits outside both, so it is not
 * read with every message. The bar sticks to the bottom of the widget, where a player who
 * scrolled down still sees it.
 */
export function PurchaseNotice() {
  const i18n = useI18n();
  const { purchases } = useWidget();
  const notice = useSignal(purchases.notice);
  const bar = useRef<HTMLDivElement>(null);
  const error = notice?.tone === "error";
  const text = notice && (
    <>
      <p>{notice.text(i18n)}</p>
      {notice.detail && (
        <p class="gs-error-detail">{i18n.t("errorDetail", { message: notice.detail })}</p>
      )}
    </>
  );
  const dismiss = () => {
    // The button goes with the message; focus stays in the widget instead of falling out.
    const root = bar.current?.closest<HTMLElement>(".gs-root");
    purchases.dismiss();
    root?.focus();
  };
  return (
    <div class="gs-notices" ref={bar}>
      {/* Never hidden: a live region must stay in the page to be heard when it fills. */}
      <div class="gs-notice" data-tone={notice?.tone}>
        <div class="gs-notice-text" role="status">
          {error ? null : text}
        </div>
        {error && (
          <div class="gs-notice-text" role="alert">
            {text}
          </div>
        )}
        {notice?.retry && (
          <button type="button" class="gs-button gs-notice-retry" onClick={notice.retry.run}>
            {notice.retry.label(i18n)}
          </button>
        )}
        {notice && (
          <button
            type="button"
            class="gs-notice-close"
            aria-label={i18n.t("dismiss")}
            onClick={dismiss}
          >
            ×
          </button>
        )}
      </div>
    </div>
  );
}
