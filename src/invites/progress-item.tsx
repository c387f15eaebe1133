import type { InviteProgress, InviteReward } from "../api";
import { useI18n } from "../ui";
import { rewardName } from "./reward-words";

interface ProgressItemProps {
  entry: InviteProgress;
  /** The campaign's reward with the entry's id, whose description names it. */
  reward: InviteReward | undefined;
}

/** One reward's progress: rewards given of the most there can be and, for a goal, how near. */
export function ProgressItem({ entry, reward }: ProgressItemProps) {
  const i18n = useI18n();
  const name = reward
    ? rewardName(reward, i18n)
    : i18n.t("inviteUnknownReward", { id: entry.rewardId });
  const full = entry.maxReward > 0 && entry.count >= entry.maxReward;
  const goal = entry.goal ?? (reward?.type === "goal" ? reward.goal : null);
  return (
    <li class="gs-invite-entry" data-full={full || undefined}>
      <span class="gs-invite-entry-name">{name}</span>
      {entry.type === "goal" && goal !== null && goal > 0 && (
        <GoalBar name={name} progress={entry.goalProgress ?? 0} goal={goal} />
      )}
      {entry.type === "goal" && (
        <span class="gs-invite-entry-line">
          {i18n.plural("inviteGoalReached", entry.goalAchieved ?? 0)}
        </span>
      )}
      <span class="gs-invite-entry-line gs-invite-given">
        {full
          ? i18n.plural("inviteAllGiven", entry.maxReward)
          : i18n.plural("inviteGiven", entry.maxReward, { given: i18n.number(entry.count) })}
      </span>
    </li>
  );
}

/** How far the invitees are towards a goal, with its value said in words ("1 of 3"). */
function GoalBar({ name, progress, goal }: { name: string; progress: number; goal: number }) {
  const i18n = useI18n();
  const now = Math.min(Math.max(progress, 0), goal);
  return (
    <div
      class="gs-invite-track"
      role="progressbar"
      aria-label={i18n.t("inviteGoalProgress", { reward: name })}
      aria-valuemin={0}
      aria-valuemax={goal}
      aria-valuenow={now}
      aria-valuetext={i18n.t("inviteGoalValue", {
        progress: i18n.number(progress),
        goal: i18n.number(goal),
      })}
    >
      <span class="gs-invite-fill" style={{ inlineSize: `${(now / goal) * 100}%` }} />
    </div>
  );
}
