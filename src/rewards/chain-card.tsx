import type { Contributor, RewardChain, ValuePointBalance } from "../api";
import { useI18n } from "../ui";
import { BalanceLine } from "./balance-line";
import { ChainTiming } from "./chain-timing";
import { ClaimNoticeText } from "./claim-notice";
import { Contributors } from "./contributors";
import { RewardImage } from "./reward-image";
import type { ClaimNotice, ClaimTarget, Part } from "./state";
import { StepItem } from "./step-item";

interface ChainCardProps {
  chain: RewardChain;
  balance: Part<ValuePointBalance> | undefined;
  contributors: Part<Contributor[]> | undefined;
  claiming: ClaimTarget | null;
  /** The latest claim's outcome when it was in this chain. */
  notice: ClaimNotice | null;
  onClaim(chainId: number, stepId: number): void;
  onRetryBalance(chainId: number): void;
  onRetryContributors(chainId: number): void;
}

/** One reward chain: what it is, how long it runs, the balance, the steps and, for a clan, who gave most. */
export function ChainCard(props: ChainCardProps) {
  const { chain, balance, contributors, claiming, notice, onClaim } = props;
  const i18n = useI18n();
  const amount = balance?.kind === "ready" ? balance.value.amount : null;
  const points = chain.valuePoint.name;
  return (
    <li class="gs-reward-chain" data-chain-id={chain.id}>
      <div class="gs-reward-head">
        <RewardImage src={chain.imageUrl} size="l" />
        <div class="gs-reward-about">
          {/* Takes the focus when a claimed step leaves the chain (tabindex -1). */}
          <h3 class="gs-reward-name" tabIndex={-1}>
            {chain.name}
          </h3>
          {chain.description && <p class="gs-reward-description">{chain.description}</p>}
          {chain.clanType !== null && (
            <p class="gs-reward-clan">{i18n.t("rewardClan", { clan: chain.clanType })}</p>
          )}
          <ChainTiming endsAt={chain.endsAt} resetsAt={chain.resetsAt} />
        </div>
      </div>
      <BalanceLine chain={chain} part={balance} onRetry={() => props.onRetryBalance(chain.id)} />
      <ol class="gs-reward-steps" aria-label={i18n.t("rewardSteps", { name: chain.name })}>
        {chain.steps.map((step) => (
          <StepItem
            key={step.id}
            chainId={chain.id}
            step={step}
            balance={amount}
            points={points}
            claiming={claiming?.chainId === chain.id && claiming.stepId === step.id}
            blocked={claiming !== null}
            onClaim={onClaim}
          />
        ))}
      </ol>
      <ClaimNoticeText notice={notice?.chainId === chain.id ? notice : null} />
      {chain.clanType !== null && (
        <Contributors
          chainName={chain.name}
          points={points}
          listed={chain.topContributors}
          part={contributors}
          onRetry={() => props.onRetryContributors(chain.id)}
        />
      )}
    </li>
  );
}
