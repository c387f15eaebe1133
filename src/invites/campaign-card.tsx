import { useId } from "preact/hooks";
import type { InviteCampaign, InviteProgress } from "../api";
import { useI18n } from "../ui";
import { CodeBox } from "./code-box";
import type { InvitesModel } from "./model";
import { ProgressPart } from "./progress-part";
import { RedeemForm } from "./redeem-form";
import { rewardAction, rewardName, rewardTimes } from "./reward-words";
import type { CodeNotice, Part, RedeemNotice } from "./state";

interface CampaignCardProps {
  model: InvitesModel;
  campaign: InviteCampaign;
  code: Part<string> | undefined;
  progress: Part<InviteProgress[]> | undefined;
  codeNotice: CodeNotice | null;
  /** The campaign whose redemption is running, if any: one at a time per panel. */
  redeeming: string | null;
  redeemNotice: RedeemNotice | null;
  joined: boolean;
}

/** One invite campaign: its rewards in words, the player's code, a friend's code, progress. */
export function CampaignCard(props: CampaignCardProps) {
  const { model, campaign, code } = props;
  const i18n = useI18n();
  const titleId = useId();
  return (
    <li class="gs-invite-campaign" data-campaign-id={campaign.id}>
      <h3 class="gs-invite-name" id={titleId}>
        {campaign.title}
      </h3>
      {campaign.rewards.length > 0 && (
        <ul
          class="gs-invite-rewards"
          aria-label={i18n.t("inviteRewards", { title: campaign.title })}
        >
          {campaign.rewards.map((reward) => (
            <li key={reward.id} class="gs-invite-reward">
              <span class="gs-invite-reward-name">{rewardName(reward, i18n)}</span>
              <span class="gs-invite-reward-how">
                {i18n.t("inviteRewardWords", {
                  action: rewardAction(reward, i18n),
                  times: rewardTimes(reward, i18n),
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
      <CodeBox
        campaign={campaign}
        part={code}
        notice={props.codeNotice}
        onCopy={() => void model.copy(campaign.id)}
        onShare={(data) => void model.share(campaign.id, data)}
        onRetry={() => void model.retryCode(campaign.id)}
      />
      <RedeemForm
        campaignId={campaign.id}
        campaignTitleId={titleId}
        busy={props.redeeming === campaign.id}
        blocked={props.redeeming !== null}
        notice={props.redeemNotice}
        joined={props.joined}
        onRedeem={(input) => model.redeem(campaign.id, input)}
      />
      {code?.kind === "ready" && (
        <ProgressPart
          campaign={campaign}
          part={props.progress}
          onRetry={() => void model.retryProgress(campaign.id)}
        />
      )}
    </li>
  );
}
