import type { InviteCampaign } from "../api";
import { Button, Skeleton, useI18n } from "../ui";
import { PartError } from "./part-error";
import type { CodeNotice, Part } from "./state";

interface CodeBoxProps {
  campaign: InviteCampaign;
  part: Part<string> | undefined;
  /** The latest copy or share outcome when it was this campaign's. */
  notice: CodeNotice | null;
  onCopy(): void;
  onShare(data: ShareData): void;
  onRetry(): void;
}

/** The Web Share API is there in some browsers only (most phones, Safari, Chromium on Windows). */
const canShare = () => typeof navigator !== "undefined" && typeof navigator.share === "function";

/** "Your invite code": the code, large and selectable, with Copy code and, where it can, Share. */
export function CodeBox({ campaign, part, notice, onCopy, onShare, onRetry }: CodeBoxProps) {
  const i18n = useI18n();
  const words =
    notice?.kind === "copied"
      ? i18n.t("inviteCopied")
      : notice?.kind === "copy-failed"
        ? i18n.t("inviteCopyFailed")
        : notice?.kind === "share-failed"
          ? i18n.t("inviteShareFailed")
          : "";
  return (
    <div class="gs-invite-part">
      <h4 class="gs-invite-subtitle">{i18n.t("inviteYourCode")}</h4>
      {(!part || part.kind === "loading") && <Skeleton count={1} lines />}
      {part?.kind === "failed" && (
        <PartError
          title={i18n.t("inviteCodeFailed", { title: campaign.title })}
          error={part.error}
          onRetry={onRetry}
        />
      )}
      {part?.kind === "ready" && (
        <div class="gs-invite-code-row">
          <p class="gs-invite-code" translate={false}>
            {part.value}
          </p>
          <div class="gs-invite-code-actions">
            <Button onClick={onCopy}>{i18n.t("inviteCopy")}</Button>
            {canShare() && (
              <Button
                variant="secondary"
                onClick={() =>
                  onShare({
                    title: campaign.title,
                    text: i18n.t("inviteShareText", { title: campaign.title, code: part.value }),
                  })
                }
              >
                {i18n.t("inviteShare")}
              </Button>
            )}
            {/* Always in the page, so what appears in it is announced. */}
            <span class="gs-invite-code-notice" role="status" data-kind={notice?.kind}>
              {words}
            </span>
          </div>
        </div>
      )}
    </div>
  );
}
