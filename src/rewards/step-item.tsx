import type { RewardStep } from "../api";
import { Button, useI18n } from "../ui";
import { RewardImage } from "./reward-image";
import { type StepState, stepState } from "./state";
import { StepRewards } from "./step-rewards";

interface StepItemProps {
  chainId: number;
  step: RewardStep;
  /** The chain's balance, or null while it is unknown (then only "claimed" can be said). */
  balance: number | null;
  points: string;
  /** This step's claim is running. */
  claiming: boolean;
  /** Another step's claim is running: one claim at a time per panel. */
  blocked: boolean;
  onClaim(chainId: number, stepId: number): void;
}

/** One step of a chain: its price, rewards and state, and a Claim button when it is ready. */
export function StepItem(props: StepItemProps) {
  const { chainId, step, balance, points, claiming, blocked, onClaim } = props;
  const i18n = useI18n();
  const state = stepState(step, balance);
  return (
    <li class="gs-reward-step" data-state={state?.kind} data-step-key={`${chainId}:${step.id}`}>
      <RewardImage src={step.imageUrl} size="m" />
      <div class="gs-reward-step-body">
        <p class="gs-reward-step-name">{step.name}</p>
        <p class="gs-reward-price">
          {i18n.t("rewardBalance", { amount: i18n.number(step.price), points })}
        </p>
        <StepRewards rewards={step.rewards} />
        {state && <StateText state={state} points={points} />}
        {state?.kind === "ready" && (
          <span class="gs-reward-claim">
            <Button
              onClick={() => onClaim(chainId, step.id)}
              inactive={claiming || blocked}
              busy={claiming}
              label={i18n.t(claiming ? "rewardClaiming" : "rewardClaimLabel", { name: step.name })}
            >
              {claiming && <span class="gs-spinner" aria-hidden="true" />}
              {i18n.t("rewardClaim")}
            </Button>
          </span>
        )}
      </div>
    </li>
  );
}

/**
 * The step's state in words; it takes the focus (tabindex -1) when the Claim button that had
 * it goes, so a keyboard player stays where they were.
 */
function StateText({ state, points }: { state: StepState; points: string }) {
  const i18n = useI18n();
  const words =
    state.kind === "claimed"
      ? i18n.t("rewardStateClaimed")
      : state.kind === "ready"
        ? i18n.t("rewardStateReady")
        : i18n.t("rewardStateLocked");
  return (
    <p class="gs-reward-state" tabIndex={-1}>
      <span class="gs-reward-state-mark" aria-hidden="true" />
      <span>{words}</span>
      {state.kind === "locked" && (
        <span class="gs-reward-needed">
          {i18n.plural("rewardPointsNeeded", state.needed, { points })}
        </span>
      )}
    </p>
  );
}
