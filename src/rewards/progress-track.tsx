import type { RewardChain } from "../api";
import { useI18n } from "../ui";

/**
 * How far the balance has come along the chain: a progress bar up to the last step's price,
 * with a mark where each step is. Its value is said in words ("340 of 500 Star Points").
 */
export function ProgressTrack({ chain, balance }: { chain: RewardChain; balance: number }) {
  const i18n = useI18n();
  const max = chain.steps.at(-1)?.price ?? 0;
  if (max <= 0) return null;
  const now = Math.min(Math.max(balance, 0), max);
  const points = chain.valuePoint.name;
  const percent = (price: number) => `${(price / max) * 100}%`;
  return (
    <div
      class="gs-reward-track"
      role="progressbar"
      aria-label={i18n.t("rewardProgress", { name: chain.name })}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={now}
      aria-valuetext={i18n.t("rewardProgressValue", {
        amount: i18n.number(balance),
        max: i18n.number(max),
        points,
      })}
    >
      <span class="gs-reward-fill" style={{ inlineSize: percent(now) }} />
      {chain.steps.map((step) => (
        <span
          key={step.id}
          class="gs-reward-mark"
          data-reached={balance >= step.price || undefined}
          style={{ insetInlineStart: percent(step.price) }}
        />
      ))}
    </div>
  );
}
