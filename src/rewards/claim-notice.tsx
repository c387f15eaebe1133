import { useI18n } from "../ui";
import type { ClaimNotice } from "./state";

/**
 * A chain's live region for its claims' outcomes ("Bronze Chest claimed"). It is always in
 * the page, empty until a message comes, so screen readers announce what appears in it.
 */
export function ClaimNoticeText({ notice }: { notice: ClaimNotice | null }) {
  const i18n = useI18n();
  return (
    <div class="gs-reward-notice" role="status" data-tone={notice?.tone}>
      {notice && <p>{notice.text(i18n)}</p>}
      {notice?.detail && (
        <p class="gs-error-detail">{i18n.t("errorDetail", { message: notice.detail })}</p>
      )}
    </div>
  );
}
