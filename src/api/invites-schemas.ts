import { z } from "../core/zod";
import type { InviteCampaign, InviteProgress, InviteRedemption, InviteReward } from "./backend";
import { nonEmpty } from "./mapping";
import { IdSchema, oneOf } from "./shared-schemas";

/*
 * Hive's invite-code answers (seed 003, CONTRACTS.md section 5), which the game server passes
 * on as they are: schemas and their mapping to the domain. A chunk of its own, fetched with the
 * invites view's first request; the store never loads it.
 */

/** The game server answers its own errors in the Merchant API's shape, like its token endpoint. */
export { readMerchantError } from "./merchant-error";

const count = z.number();
const optionalCount = z.nullish(z.number());
const RewardTypeSchema = oneOf(["action", "goal"] as const);
const ActionTypeSchema = oneOf(["match", "cpi", "cpa"] as const);

/**
 * Every answer carries `result_code` (200 is success) and `result_message`; the rest is read
 * only on success, so an error answer that leaves its payload out, or sends it half-made, is
 * still the error it says it is rather than a malformed answer.
 */
const payload = <T extends z.ZodMiniType>(schema: T) => z.catch(z.optional(schema), undefined);
const envelope = { result_code: z.number(), result_message: z.nullish(z.string()) };
export type Envelope = { result_code: number; result_message?: string | null | undefined };

/**
 * The seed's table marks every field of a reward optional; the example sends `id` as a string
 * though the table says integer, and `goal` on an action reward. A goal reward without its
 * goal cannot be shown, so it fails the answer.
 */
export const InviteRewardSchema = z
  .object({
    reward_id: IdSchema,
    description: z.nullish(z.string()),
    reward_type: RewardTypeSchema,
    action_type: ActionTypeSchema,
    cpa_code: z.nullish(IdSchema),
    goal: optionalCount,
    limit: count,
  })
  .check(z.refine((reward) => reward.reward_type !== "goal" || reward.goal != null));
export type WireInviteReward = z.infer<typeof InviteRewardSchema>;

export const InviteCampaignSchema = z.object({
  id: IdSchema,
  title: z.nullish(z.string()),
  rewards: z.nullish(z.array(InviteRewardSchema)),
});
export type WireInviteCampaign = z.infer<typeof InviteCampaignSchema>;

export const CampaignsAnswerSchema = z.object({
  ...envelope,
  campaign_list: payload(z.array(InviteCampaignSchema)),
});

export const CodeAnswerSchema = z.object({
  ...envelope,
  invite_code: payload(z.string().check(z.minLength(1))),
});

export const RedemptionAnswerSchema = z.object({
  ...envelope,
  detail: payload(z.object({ matched: z.boolean(), reason: z.nullish(z.string()) })),
});

export const InviteProgressSchema = z.object({
  reward_id: IdSchema,
  reward_type: RewardTypeSchema,
  action_type: z.nullish(ActionTypeSchema),
  count,
  max_reward: count,
  goal_progress: optionalCount,
  goal: optionalCount,
  goal_achieved: optionalCount,
});
export type WireInviteProgress = z.infer<typeof InviteProgressSchema>;

export const ProgressAnswerSchema = z.object({
  ...envelope,
  progress_list: payload(z.array(InviteProgressSchema)),
});

// Mapping

export function toInviteReward(wire: WireInviteReward): InviteReward {
  const common = { id: wire.reward_id, description: wire.description ?? "", limit: wire.limit };
  return wire.reward_type === "goal"
    ? { ...common, type: "goal", goal: wire.goal ?? 0 }
    : { ...common, type: "action", action: wire.action_type, cpaCode: wire.cpa_code ?? null };
}

export function toInviteCampaigns(list: WireInviteCampaign[]): InviteCampaign[] {
  return list.map((campaign) => ({
    id: campaign.id,
    title: campaign.title ?? "",
    rewards: (campaign.rewards ?? []).map(toInviteReward),
  }));
}

/** Hive explains a match too ("Both matching and rewards were successful"): only a refusal needs words. */
export function toRedemption(wire: { matched: boolean; reason?: string | null }): InviteRedemption {
  return { matched: wire.matched, reason: wire.matched ? null : nonEmpty(wire.reason) };
}

/**
 * Hive sends `goal_progress` and `goal_achieved` (as 0) for action rewards too; they mean
 * something only for a goal reward, so an action reward has none.
 */
export function toInviteProgress(list: WireInviteProgress[]): InviteProgress[] {
  return list.map((wire) => {
    const goal = wire.reward_type === "goal";
    return {
      rewardId: wire.reward_id,
      type: wire.reward_type,
      action: wire.action_type ?? null,
      count: wire.count,
      maxReward: wire.max_reward,
      goalProgress: goal ? (wire.goal_progress ?? 0) : null,
      goal: goal ? (wire.goal ?? null) : null,
      goalAchieved: goal ? (wire.goal_achieved ?? 0) : null,
    };
  });
}
