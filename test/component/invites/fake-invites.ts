import type {
  ApiResult,
  InviteCampaign,
  InviteProgress,
  InviteRedemption,
  InvitesBackend,
} from "../../../src/api";
import { type ApiError, apiError } from "../../../src/core/errors";
import { err, ok } from "../../../src/core/result";

/**
 * Two campaigns mapped by hand to the domain: the seed's example (Hive `/campaign`, seed 003:
 * campaign 19, one install reward with limit 2) and a second one with a match, a goal and an
 * in-game action, whose reward ids are those of the seed's `/progress` example.
 */
export function demoCampaigns(): InviteCampaign[] {
  return [
    {
      id: "19",
      title: "초대 코드 발급_행동_설치(초대 2, 수락 3, 제한 2)",
      rewards: [
        {
          id: "33",
          description: "행동_설치(초대 2, 수락 3, 제한 2)",
          type: "action",
          action: "cpi",
          cpaCode: null,
          limit: 2,
        },
      ],
    },
    {
      id: "20",
      title: "Bring your squad",
      rewards: [
        {
          id: "19",
          description: "Welcome pack",
          type: "action",
          action: "match",
          cpaCode: null,
          limit: 1,
        },
        { id: "20", description: "Squad chest", type: "goal", goal: 3, limit: 2 },
        {
          id: "21",
          description: "Training bonus",
          type: "action",
          action: "cpa",
          cpaCode: "tutorial_clear",
          limit: 5,
        },
      ],
    },
  ];
}

/** The player's codes: the seed's `/getCode` example for campaign 19. */
export const CODES: Record<string, string> = { "19": "ESOJ0TOC", "20": "K7QM2XPA" };

/**
 * Progress per code: none for the seed's campaign yet, and the seed's `/progress` example for
 * the other (the match given once of once, the goal 1 of 3 reached twice, 2 of 2 given) plus
 * the action 2 of 5.
 */
export function demoProgress(): Map<string, InviteProgress[]> {
  return new Map([
    ["ESOJ0TOC", []],
    [
      "K7QM2XPA",
      [
        {
          rewardId: "19",
          type: "action",
          action: "match",
          count: 1,
          maxReward: 1,
          goalProgress: 0,
          goal: null,
          goalAchieved: 0,
        },
        {
          rewardId: "20",
          type: "goal",
          action: "cpi",
          count: 2,
          maxReward: 2,
          goalProgress: 1,
          goal: 3,
          goalAchieved: 2,
        },
        {
          rewardId: "21",
          type: "action",
          action: "cpa",
          count: 2,
          maxReward: 5,
          goalProgress: 0,
          goal: null,
          goalAchieved: 0,
        },
      ],
    ],
  ]);
}

/** Friends' codes the fake knows, with what redeeming them comes to (seed `/companion`). */
const redemptions: Record<string, InviteRedemption> = {
  FRIEND01: { matched: true, reason: "Both matching and rewards were successful" },
  NOPE0000: { matched: false, reason: "The invite code does not exist" },
};

export interface InvitesCall {
  /** "list", "code:19", "progress:ESOJ0TOC", "redeem:FRIEND01". */
  key: string;
  signal: AbortSignal | undefined;
}

/**
 * A fake of the invite calls over the demo campaigns. `fail(key, error)` makes the calls with
 * that key refuse until `heal(key)`; `hold(key)` keeps them waiting until `release(key)`.
 */
export function fakeInvitesBackend({ signedIn = true } = {}) {
  const campaigns = demoCampaigns();
  const progress = demoProgress();
  const calls: InvitesCall[] = [];
  const failures = new Map<string, ApiError>();
  const gates = new Map<string, { promise: Promise<void>; open(): void }>();

  async function answer<T>(key: string, signal: AbortSignal | undefined, value: () => T) {
    calls.push({ key, signal });
    await gates.get(key)?.promise;
    const failure = failures.get(key);
    return failure ? err(failure) : ok(value());
  }

  const backend: InvitesBackend = {
    signedIn,
    getCampaigns: (signal): ApiResult<InviteCampaign[]> =>
      answer("list", signal, () => structuredClone(campaigns)),
    getInviteCode: (campaignId, signal) =>
      answer(`code:${campaignId}`, signal, () => CODES[campaignId] ?? "UNKNOWN0"),
    getInviteProgress: (code, signal) =>
      answer(`progress:${code}`, signal, () => structuredClone(progress.get(code) ?? [])),
    redeemInviteCode: (code, signal) =>
      answer(`redeem:${code}`, signal, () => redemptions[code] ?? { matched: false, reason: null }),
  };

  return {
    backend,
    calls,
    campaigns,
    progress,
    keys: () => calls.map((call) => call.key),
    fail: (key: string, error: ApiError) => failures.set(key, error),
    heal: (key: string) => failures.delete(key),
    hold(key: string) {
      let open = () => {};
      const promise = new Promise<void>((resolve) => {
        open = resolve;
      });
      gates.set(key, { promise, open });
    },
    release(key: string) {
      gates.get(key)?.open();
      gates.delete(key);
    },
  };
}

/** Refusals as the invites client gives them: Hive's result_code other than 200 is an http error. */
export const refusals = {
  hive: apiError("http", { status: 200, code: "4002", serverMessage: "Invalid campaign" }),
  server: apiError("http", { status: 500 }),
  network: apiError("network"),
};
