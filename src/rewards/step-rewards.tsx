import type { StepReward } from "../api";
import { useI18n } from "../ui";
import { RewardImage } from "./reward-image";

/** What a step gives: each reward's picture, name and quantity ("Gold Coin ×2"). */
export function StepRewards({ rewards }: { rewards: StepReward[] }) {
  const i18n = useI18n();
  if (rewards.length === 0) return null;
  return (
    <ul class="gs-reward-gifts">
      {rewards.map((reward) => (
        <li key={reward.sku} class="gs-reward-gift">
          <RewardImage src={reward.imageUrl} size="s" />
          <span class="gs-reward-gift-name">{reward.name}</span>{" "}
          <span class="gs-reward-quantity">
            {i18n.t("rewardQuantity", { quantity: i18n.number(reward.quantity) })}
          </span>
        </li>
      ))}
    </ul>
  );
}
