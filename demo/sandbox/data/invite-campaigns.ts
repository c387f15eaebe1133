/**
 * The game's invite campaigns as the emulated Hive lists them (seed 003): the seed's own
 * example, verbatim (its id is a string there, though the seed's table says integer), and the
 * studio's Starfall campaign, with a reward of every kind.
 */

export type InviteRewardType = "action" | "goal";
export type InviteActionType = "match" | "cpi" | "cpa";

/** A campaign's reward, in Hive's wire shape (`campaign_list[].rewards[]`). */
export interface InviteRewardWire {
  reward_id: number;
  description: string;
  reward_type: InviteRewardType;
  action_type: InviteActionType;
  /** The in-game action's number for `cpa`; null otherwise. */
  cpa_code: number | null;
  /** How many of the action one reward takes (1 for action rewards). */
  goal: number;
  /** How many times the reward can be given. */
  limit: number;
}

export interface InviteCampaignWire {
  id: string | number;
  title: string;
  rewards: InviteRewardWire[];
}

/** The seed's example campaign, key for key. */
export const SEED_CAMPAIGN: InviteCampaignWire = {
  id: "19",
  title: "초대 코드 발급_행동_설치(초대 2, 수락 3, 제한 2)",
  rewards: [
    {
      reward_id: 33,
      description: "행동_설치(초대 2, 수락 3, 제한 2)",
      reward_type: "action",
      action_type: "cpi",
      cpa_code: null,
      goal: 1,
      limit: 2,
    },
  ],
};

/** The in-game action of the Starfall campaign's cpa reward: finishing the tutorial. */
export const TUTORIAL_CPA_CODE = 1001;

export const STARFALL_CAMPAIGN: InviteCampaignWire = {
  id: 27,
  title: "Starfall friends: invite your wingmates",
  rewards: [
    {
      reward_id: 19,
      description: "A friend enters your code: 100 gold, up to 3 times",
      reward_type: "action",
      action_type: "match",
      cpa_code: null,
      goal: 1,
      limit: 3,
    },
    {
      reward_id: 20,
      description: "Every 3 friends who install the game: a Starfall Chest, up to 2 times",
      reward_type: "goal",
      action_type: "cpi",
      cpa_code: null,
      goal: 3,
      limit: 2,
    },
    {
      reward_id: 21,
      description: "A friend finishes the tutorial: 50 gold, up to 5 times",
      reward_type: "action",
      action_type: "cpa",
      cpa_code: TUTORIAL_CPA_CODE,
      goal: 1,
      limit: 5,
    },
  ],
};

/** Active campaigns, in the order Hive lists them. */
export const INVITE_CAMPAIGNS: readonly InviteCampaignWire[] = [SEED_CAMPAIGN, STARFALL_CAMPAIGN];

/** The campaign with this id, given as a number or a numeric string; undefined otherwise. */
export function findCampaign(id: unknown): InviteCampaignWire | undefined {
  if (typeof id !== "number" && typeof id !== "string") return undefined;
  const wanted = String(id).trim();
  if (wanted === "") return undefined;
  return INVITE_CAMPAIGNS.find((campaign) => String(campaign.id) === wanted);
}
