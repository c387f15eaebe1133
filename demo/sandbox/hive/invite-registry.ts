/**
 * What the emulated Hive remembers about invitations: the codes it issued (and whose they
 * are), who matched whose code in which campaign, and each code's reward progress. One per
 * sandbox app; the game server reaches it only over Hive's HTTP interface, the test hooks
 * directly.
 */
import {
  findCampaign,
  type InviteActionType,
  type InviteCampaignWire,
  type InviteRewardWire,
} from "../data/invite-campaigns";
import { inviteCodeOf, normaliseInviteCode } from "./invite-codes";

/** The reasons of `/companion`'s `detail.reason`; the first is the seed's own wording. */
export const MATCH_REASONS = {
  matched: "Both matching and rewards were successful",
  matchedAtLimit:
    "Matching was successful, but the inviter's matching reward has reached its limit",
  unknownCode: "The invite code does not exist",
  ownCode: "You cannot enter your own invite code",
  alreadyMatched: "You have already been matched in this campaign",
} as const;

/** One entry of `/progress`'s `progress_list`, in Hive's wire shape. */
export interface InviteProgressWire {
  reward_id: number;
  reward_type: "action" | "goal";
  action_type: InviteActionType;
  count: number;
  max_reward: number;
  goal_progress: number;
  /** Only for goal rewards, as in the seed's example. */
  goal?: number;
  goal_achieved: number;
}

interface CodeRecord {
  code: string;
  campaign: InviteCampaignWire;
  playerId: string;
  serverId: string;
  /** Reward id -> rewards given (action rewards) or everything counted (goal rewards). */
  tallies: Map<number, number>;
}

/** What happened among a code's invitees: the sandbox controls and matching say which. */
export type InviteEvent =
  | { kind: "match" }
  | { kind: "install"; amount: number }
  | { kind: "action"; amount: number; cpaCode?: number }
  /** Counts toward every goal reward; without an amount, one whole goal. */
  | { kind: "goal"; amount?: number };

const ACTION_OF = { match: "match", install: "cpi", action: "cpa" } as const;

export function createInviteRegistry() {
  const codes = new Map<string, CodeRecord>();
  /** `{campaign id}:{invitee}` -> the code the invitee matched. */
  const matches = new Map<string, string>();

  /** The player's code for a campaign, issued on first ask (one per campaign per player). */
  function issue(campaign: InviteCampaignWire, playerId: string, serverId: string): string {
    const code = inviteCodeOf(campaign.id, playerId);
    if (!codes.has(code)) {
      codes.set(code, { code, campaign, playerId, serverId, tallies: new Map() });
    }
    return code;
  }

  const find = (code: string) => codes.get(normaliseInviteCode(code));

  function tally(record: CodeRecord, reward: InviteRewardWire, amount: number): void {
    const now = record.tallies.get(reward.reward_id) ?? 0;
    // Action rewards stop at their limit; goal rewards keep counting how often the goal is met.
    const next =
      reward.reward_type === "action" ? Math.min(reward.limit, now + amount) : now + amount;
    record.tallies.set(reward.reward_id, Math.max(0, next));
  }

  /** Counts an event among a code's invitees toward the rewards it concerns. */
  function record(code: string, event: InviteEvent): boolean {
    const found = find(code);
    if (!found) return false;
    for (const reward of found.campaign.rewards) {
      if (event.kind === "goal") {
        if (reward.reward_type === "goal") tally(found, reward, event.amount ?? reward.goal);
        continue;
      }
      if (reward.action_type !== ACTION_OF[event.kind]) continue;
      if (
        event.kind === "action" &&
        event.cpaCode !== undefined &&
        reward.cpa_code !== event.cpaCode
      )
        continue;
      tally(found, reward, event.kind === "match" ? 1 : event.amount);
    }
    return true;
  }

  /** `/companion`: the invitee enters a code. A match rewards once per campaign. */
  function redeem(code: string, inviteeId: string): { matched: boolean; reason: string } {
    const found = find(code);
    if (!found) return { matched: false, reason: MATCH_REASONS.unknownCode };
    if (found.playerId === inviteeId) return { matched: false, reason: MATCH_REASONS.ownCode };
    const key = `${found.campaign.id}:${inviteeId}`;
    if (matches.has(key)) return { matched: false, reason: MATCH_REASONS.alreadyMatched };
    matches.set(key, found.code);
    const before = progress(found.code);
    record(found.code, { kind: "match" });
    const rewarded = JSON.stringify(before) !== JSON.stringify(progress(found.code));
    return {
      matched: true,
      reason: rewarded ? MATCH_REASONS.matched : MATCH_REASONS.matchedAtLimit,
    };
  }

  /** `/progress`: the rewards with any history, in the campaign's order; undefined for no code. */
  function progress(code: string): InviteProgressWire[] | undefined {
    const found = find(code);
    if (!found) return undefined;
    const list: InviteProgressWire[] = [];
    for (const reward of found.campaign.rewards) {
      const counted = found.tallies.get(reward.reward_id);
      if (counted === undefined) continue;
      const base = {
        reward_id: reward.reward_id,
        reward_type: reward.reward_type,
        action_type: reward.action_type,
        max_reward: reward.limit,
      };
      if (reward.reward_type === "action") {
        list.push({ ...base, count: counted, goal_progress: 0, goal_achieved: 0 });
      } else {
        const achieved = Math.floor(counted / reward.goal);
        list.push({
          ...base,
          count: Math.min(achieved, reward.limit),
          goal_progress: counted % reward.goal,
          goal: reward.goal,
          goal_achieved: achieved,
        });
      }
    }
    return list;
  }

  /** The code an invitee matched in a campaign, if any. */
  function inviterCodeOf(campaignId: string | number, inviteeId: string): string | undefined {
    const campaign = findCampaign(campaignId);
    return campaign ? matches.get(`${campaign.id}:${inviteeId}`) : undefined;
  }

  return { issue, find, record, redeem, progress, inviterCodeOf };
}

export type InviteRegistry = ReturnType<typeof createInviteRegistry>;
