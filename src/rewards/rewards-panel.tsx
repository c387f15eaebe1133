import { useId, useRef } from "preact/hooks";
import { describeError } from "../core/i18n/describe-error";
import { Button, Skeleton, useI18n, useSignal } from "../ui";
import { ChainCard } from "./chain-card";
import { useClaimFocus } from "./claim-focus";
import type { RewardsModel } from "./model";

/**
 * The reward-chain panel: every chain of the player with its balance, steps and claims. It
 * reads the whole model here and passes it down, so that each change renders once from the
 * top and the claim focus (useClaimFocus) sees the result.
 */
export function RewardsPanel({ model }: { model: RewardsModel }) {
  const i18n = useI18n();
  const root = useRef<HTMLElement>(null);
  const list = useSignal(model.list);
  const balances = useSignal(model.balances);
  const contributors = useSignal(model.contributors);
  const claiming = useSignal(model.claiming);
  const notice = useSignal(model.notice);
  const focusAfter = useClaimFocus(root);
  const titleId = useId();

  const claim = (chainId: number, stepId: number) => {
    if (model.signedIn) focusAfter({ chainId, stepId });
    void model.claim(chainId, stepId);
  };

  return (
    <section class="gs-rewards" ref={root} aria-labelledby={titleId}>
      <h2 class="gs-section-title gs-reward-title" id={titleId} tabIndex={-1}>
        {i18n.t("rewardTitle")}
      </h2>
      {list.kind === "signed-out" && <p class="gs-reward-signin">{i18n.t("rewardSignIn")}</p>}
      {(list.kind === "idle" || list.kind === "loading") && <Skeleton count={2} lines />}
      {list.kind === "failed" && (
        <div class="gs-error" role="alert">
          <div class="gs-error-text">
            <p class="gs-error-title">{i18n.t("rewardLoadFailed")}</p>
            <p>{describeError(list.error, i18n)}</p>
            {list.error.serverMessage && (
              <p class="gs-error-detail">
                {i18n.t("errorDetail", { message: list.error.serverMessage })}
              </p>
            )}
          </div>
          <Button variant="secondary" onClick={() => void model.load()}>
            {i18n.t("rewardRetry")}
          </Button>
        </div>
      )}
      {list.kind === "ready" &&
        (list.chains.length === 0 ? (
          <p class="gs-empty">{i18n.t("rewardEmpty")}</p>
        ) : (
          <ul class="gs-reward-chains">
            {list.chains.map((chain) => (
              <ChainCard
                key={chain.id}
                chain={chain}
                balance={balances.get(chain.id)}
                contributors={contributors.get(chain.id)}
                claiming={claiming}
                notice={notice}
                onClaim={claim}
                onRetryBalance={(id) => void model.retryBalance(id)}
                onRetryContributors={(id) => void model.retryContributors(id)}
              />
            ))}
          </ul>
        ))}
    </section>
  );
}
