import type { InviteReward } from "../api";
import type { I18n } from "../core/i18n";

/** What earns a reward, in words: "A friend installs the game", "Your friends reach 3". */
export function rewardAction(reward: InviteReward, i18n: I18n): string {
  if (reward.type === "goal") return i18n.t("inviteGoal", { goal: i18n.number(reward.goal) });
  switch (reward.action) {
    case "match":
      return i18n.t("inviteActionMatch");
    case "cpi":
      return i18n.t("inviteActionCpi");
    case "cpa":
      return reward.cpaCode
        ? i18n.t("inviteActionCpa", { action: reward.cpaCode })
        : i18n.t("inviteActionCpaAny");
  }
}

/** How many times it can be earned: "once", "up to 5 times". */
export function rewardTimes(reward: InviteReward, i18n: I18n): string {
  return i18n.plural("inviteTimes", reward.limit);
}

/** The reward's name: the studio's description, or what earns it when there is none. */
export function rewardName(reward: InviteReward, i18n: I18n): string {
  return reward.description.trim() || rewardAction(reward, i18n);
}
