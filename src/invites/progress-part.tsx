import type { InviteCampaign, InviteProgress } from "../api";
import { Skeleton, useI18n } from "../ui";
import { PartError } from "./part-error";
import { ProgressItem } from "./progress-item";
import type { Part } from "./state";

interface ProgressPartProps {
  campaign: InviteCampaign;
  part: Part<InviteProgress[]> | undefined;
  onRetry(): void;
}

/** What the player's code has earned so far in a campaign, reward by reward. */
export function ProgressPart({ campaign, part, onRetry }: ProgressPartProps) {
  const i18n = useI18n();
  return (
    <div class="gs-invite-part">
      <h4 class="gs-invite-subtitle">{i18n.t("inviteProgressTitle")}</h4>
      {(!part || part.kind === "loading") && <Skeleton count={1} lines />}
      {part?.kind === "failed" && (
        <PartError
          title={i18n.t("inviteProgressFailed", { title: campaign.title })}
          error={part.error}
          onRetry={onRetry}
        />
      )}
      {part?.kind === "ready" &&
        (part.value.length === 0 ? (
          <p class="gs-invite-none">{i18n.t("inviteNoFriends")}</p>
        ) : (
          <ul class="gs-invite-progress">
            {part.value.map((entry) => (
              <ProgressItem
                key={entry.rewardId}
                entry={entry}
                reward={campaign.rewards.find((reward) => reward.id === entry.rewardId)}
              />
            ))}
          </ul>
        ))}
    </div>
  );
}
