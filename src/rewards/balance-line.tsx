import type { RewardChain, ValuePointBalance } from "../api";
import { Skeleton, useI18n } from "../ui";
import { PartError } from "./part-error";
import { ProgressTrack } from "./progress-track";
import { RewardImage } from "./reward-image";
import type { Part } from "./state";

interface BalanceLineProps {
  chain: RewardChain;
  part: Part<ValuePointBalance> | undefined;
  onRetry(): void;
}

/** The chain's value-point balance ("340 Star Points") and the progress track it fills. */
export function BalanceLine({ chain, part, onRetry }: BalanceLineProps) {
  const i18n = useI18n();
  if (part?.kind === "failed") {
    return (
      <PartError
        title={i18n.t("rewardBalanceFailed", { name: chain.name })}
        error={part.error}
        retryLabel={i18n.t("rewardRetryBalance", { name: chain.name })}
        onRetry={onRetry}
      />
    );
  }
  if (part?.kind !== "ready") return <Skeleton count={1} lines />;
  const balance = part.value;
  // The balance names its value point too; the chain's is the fallback for an empty one.
  const points = balance.name || chain.valuePoint.name;
  return (
    <div class="gs-reward-progress">
      <p class="gs-reward-balance">
        <RewardImage src={balance.imageUrl ?? chain.valuePoint.imageUrl} size="s" />
        <span>{i18n.t("rewardBalance", { amount: i18n.number(balance.amount), points })}</span>
      </p>
      <ProgressTrack chain={chain} balance={balance.amount} />
    </div>
  );
}
