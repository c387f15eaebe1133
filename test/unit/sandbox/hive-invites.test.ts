import { describe, expect, it } from "vitest";
import { SEED_CAMPAIGN, STARFALL_CAMPAIGN } from "../../../demo/sandbox/data/invite-campaigns";
import { inviteCodeOf } from "../../../demo/sandbox/hive/invite-codes";
import { MATCH_REASONS } from "../../../demo/sandbox/hive/invite-registry";
import { HIVE_CERTIFICATION_KEY, HIVE_GAMEINDEX } from "../../../demo/sandbox/shared/config";
import { expectSeedShape, fixture, sandbox } from "./helpers";

type App = ReturnType<typeof sandbox>;

const auth = { Authorization: `Bearer ${HIVE_CERTIFICATION_KEY}` };

async function hive(app: App, call: string, body: unknown, headers: Record<string, string> = auth) {
  const response = await app.request(`/hive/ua/inviteCode/${call}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(200);
  return response.json();
}

const game = { gameindex: HIVE_GAMEINDEX };
const codeOf = async (app: App, player: string, campaign: number | string = 27) =>
  (
    await hive(app, "getCode", {
      ...game,
      campaign_id: campaign,
      player_id: player,
      server_id: "kr",
    })
  ).invite_code as string;
const redeem = async (app: App, code: string, player: string) =>
  (await hive(app, "companion", { ...game, invite_code: code, player_id: player, server_id: "kr" }))
    .detail;
const progressOf = async (app: App, code: string) =>
  (await hive(app, "progress", { ...game, invite_code: code })).progress_list;

describe("the emulated Hive's campaigns", () => {
  it("lists the seed's example campaign verbatim, and the Starfall campaign", async () => {
    const body = await hive(sandbox(), "campaign", game);
    const seed = fixture("hive/campaign.json") as { campaign_list: unknown[] };
    expect(body.campaign_list[0]).toEqual(seed.campaign_list[0]);
    expect(body.campaign_list[1]).toEqual(STARFALL_CAMPAIGN);
    expect(Object.keys(body)).toEqual(["campaign_list", "result_code", "result_message"]);
    expectSeedShape({ ...body, campaign_list: [body.campaign_list[0]] }, seed);
  });

  it("has a reward of every kind: match, cpi, cpa with its code, and a goal", () => {
    const kinds = [...SEED_CAMPAIGN.rewards, ...STARFALL_CAMPAIGN.rewards].map(
      (reward) => `${reward.reward_type}/${reward.action_type}/${reward.cpa_code}`,
    );
    expect(kinds).toEqual([
      "action/cpi/null",
      "action/match/null",
      "goal/cpi/null",
      "action/cpa/1001",
    ]);
  });

  it("refuses a wrong certification key, and takes no key at all (the seed says it is optional)", async () => {
    const app = sandbox();
    expect(await hive(app, "campaign", game, { Authorization: "Bearer nope" })).toEqual({
      result_code: 401,
      result_message: "Invalid certification key",
    });
    expect((await hive(app, "campaign", game, {})).result_code).toBe(200);
  });

  it("answers a missing or unknown gameindex with a result code and a message", async () => {
    const app = sandbox();
    expect(await hive(app, "campaign", {})).toEqual({
      result_code: 400,
      result_message: "Invalid parameter: gameindex is required (an integer)",
    });
    expect((await hive(app, "campaign", { gameindex: 1 })).result_code).toBe(404);
  });
});

describe("the emulated Hive's invite codes", () => {
  it("gives a player one stable code per campaign, 8 letters or digits, as the seed's shape", async () => {
    const app = sandbox();
    const body = await hive(app, "getCode", {
      ...game,
      campaign_id: 19,
      player_id: 12341234,
      server_id: "kr",
    });
    expectSeedShape(body, fixture("hive/get-code.json"));
    expect(body.invite_code).toMatch(/^[A-Z0-9]{8}$/);
    expect(body.invite_code).toBe(inviteCodeOf(19, "12341234"));
    expect(await codeOf(app, "12341234", "19")).toBe(body.invite_code);
    expect(await codeOf(sandbox(), "12341234", 19)).toBe(body.invite_code);
    expect(await codeOf(app, "12341234", 27)).not.toBe(body.invite_code);
  });

  it("names what is missing from getCode's body, and refuses an unknown campaign", async () => {
    const app = sandbox();
    expect(await hive(app, "getCode", { ...game, campaign_id: 27, server_id: "kr" })).toEqual({
      result_code: 400,
      result_message: "Invalid parameter: player_id is required (a string)",
    });
    const unknown = await hive(app, "getCode", {
      ...game,
      campaign_id: 99,
      player_id: "p",
      server_id: "kr",
    });
    expect(unknown).toEqual({ result_code: 404, result_message: "No active campaign 99" });
  });

  it("matches a friend's code as the seed's example, and refuses unknown, own and second codes", async () => {
    const app = sandbox();
    const aria = await codeOf(app, "demo-player-1");
    const chen = await codeOf(app, "demo-player-3");
    expect(await redeem(app, "NOPE1234", "demo-player-2")).toEqual({
      matched: false,
      reason: MATCH_REASONS.unknownCode,
    });
    expect(await redeem(app, aria, "demo-player-1")).toEqual({
      matched: false,
      reason: "You cannot enter your own invite code",
    });
    const body = await hive(app, "companion", {
      ...game,
      invite_code: aria.toLowerCase(),
      player_id: "demo-player-2",
      server_id: "kr",
    });
    expect(body).toEqual(fixture("hive/companion.json"));
    expect(await redeem(app, chen, "demo-player-2")).toEqual({
      matched: false,
      reason: "You have already been matched in this campaign",
    });
    // Once per campaign: the seed's campaign is another.
    expect(
      (await redeem(app, await codeOf(app, "demo-player-1", 19), "demo-player-2")).matched,
    ).toBe(true);
  });
});

describe("the emulated Hive's progress", () => {
  it("is an empty list without history, and an error for a code never issued", async () => {
    const app = sandbox();
    expect(await progressOf(app, await codeOf(app, "demo-player-1"))).toEqual([]);
    expect(await hive(app, "progress", { ...game, invite_code: "NOPE1234" })).toEqual({
      result_code: 404,
      result_message: "The invite code does not exist",
    });
  });

  it("counts matches up to the reward's limit, and still matches beyond it", async () => {
    const app = sandbox();
    const aria = await codeOf(app, "demo-player-1");
    for (const friend of ["test-a", "test-b", "test-c"]) {
      expect((await redeem(app, aria, friend)).reason).toBe(MATCH_REASONS.matched);
    }
    expect(await redeem(app, aria, "test-d")).toEqual({
      matched: true,
      reason: MATCH_REASONS.matchedAtLimit,
    });
    expect(await progressOf(app, aria)).toEqual([
      {
        reward_id: 19,
        reward_type: "action",
        action_type: "match",
        count: 3,
        max_reward: 3,
        goal_progress: 0,
        goal_achieved: 0,
      },
    ]);
  });

  it("grows through the sandbox control: installs toward the goal, the cpa action, whole goals", async () => {
    const app = sandbox();
    const aria = await codeOf(app, "demo-player-1");
    await redeem(app, aria, "demo-player-2");
    const event = async (body: Record<string, unknown>) => {
      const response = await app.request("/__sandbox/invites/event", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ campaign_id: 27, ...body }),
      });
      return { status: response.status, body: await response.json() };
    };
    expect((await event({ invitee: "demo-player-2", kind: "install", amount: 4 })).status).toBe(
      200,
    );
    await event({ inviter_code: aria, kind: "action", cpa_code: 1001 });
    const answer = await event({ inviter: "demo-player-1", kind: "goal" });
    expect(answer.body.invite_code).toBe(aria);
    const list = await progressOf(app, aria);
    // Action rewards as the seed's first example entry; goal rewards as its second (with `goal`).
    const seed = (fixture("hive/progress.json") as { progress_list: unknown[] }).progress_list;
    expectSeedShape(list[0], seed[0]);
    expectSeedShape(list[1], seed[1]);
    expect(list).toEqual([
      expect.objectContaining({ reward_id: 19, count: 1, max_reward: 3 }),
      // 4 installs and one whole goal (3): 7 = twice the goal and 1 toward the next; count stops at 2.
      {
        reward_id: 20,
        reward_type: "goal",
        action_type: "cpi",
        count: 2,
        max_reward: 2,
        goal_progress: 1,
        goal: 3,
        goal_achieved: 2,
      },
      expect.objectContaining({ reward_id: 21, action_type: "cpa", count: 1, max_reward: 5 }),
    ]);
    expect((await event({ invitee: "demo-player-3", kind: "install" })).status).toBe(422);
    expect((await event({ inviter: "demo-player-1", kind: "dance" })).status).toBe(422);
  });

  it("tells a test a player's code, issued so that a friend can redeem it", async () => {
    const app = sandbox();
    const response = await app.request("/__sandbox/invites/code?user=test-x&campaign=19");
    const body = await response.json();
    expect(body).toEqual({
      user: "test-x",
      campaign_id: "19",
      invite_code: inviteCodeOf(19, "test-x"),
    });
    expect((await redeem(app, body.invite_code, "test-y")).matched).toBe(true);
  });
});
