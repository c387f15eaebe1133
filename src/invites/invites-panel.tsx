import { useId } from "preact/hooks";
import { Skeleton, useI18n, useSignal } from "../ui";
import { CampaignCard } from "./campaign-card";
import type { InvitesModel } from "./model";
import { PartError } from "./part-error";

/**
 * The invites panel: every campaign with its rewards, the player's code, a form for a
 * friend's code and what the player's invitations have earned. It reads the whole model here
 * and passes it down, so that each change renders once from the top.
 */
export function InvitesPanel({ model }: { model: InvitesModel }) {
  const i18n = useI18n();
  const list = useSignal(model.list);
  const codes = useSignal(model.codes);
  const progress = useSignal(model.progress);
  const codeNotice = useSignal(model.codeNotice);
  const redeeming = useSignal(model.redeeming);
  const redeemNotices = useSignal(model.redeemNotices);
  const joined = useSignal(model.joined);
  const titleId = useId();

  return (
    <section class="gs-invites" aria-labelledby={titleId}>
      <h2 class="gs-section-title" id={titleId}>
        {i18n.t("inviteTitle")}
      </h2>
      {list.kind === "signed-out" && <p class="gs-invite-signin">{i18n.t("inviteSignIn")}</p>}
      {(list.kind === "idle" || list.kind === "loading") && <Skeleton count={2} lines />}
      {list.kind === "failed" && (
        <PartError
          title={i18n.t("inviteLoadFailed")}
          error={list.error}
          onRetry={() => void model.load()}
        />
      )}
      {list.kind === "ready" &&
        (list.campaigns.length === 0 ? (
          <p class="gs-empty">{i18n.t("inviteEmpty")}</p>
        ) : (
          <ul class="gs-invite-campaigns">
            {list.campaigns.map((campaign) => (
              <CampaignCard
                key={campaign.id}
                model={model}
                campaign={campaign}
                code={codes.get(campaign.id)}
                progress={progress.get(campaign.id)}
                codeNotice={codeNotice?.campaignId === campaign.id ? codeNotice : null}
                redeeming={redeeming}
                redeemNotice={redeemNotices.get(campaign.id) ?? null}
                joined={joined.has(campaign.id)}
              />
            ))}
          </ul>
        ))}
    </section>
  );
}
