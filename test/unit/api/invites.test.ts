import { describe, expect, it } from "vitest";
import type { BackendConfig } from "../../../src/api/backend";
import { createInvitesBackend } from "../../../src/api/invites";
import {
  CampaignsAnswerSchema,
  CodeAnswerSchema,
  ProgressAnswerSchema,
  RedemptionAnswerSchema,
} from "../../../src/api/invites-schemas";
import { errorCode } from "../../../src/core/errors";
import { fakeFetch, fixture, type Handler, json, text, value } from "./fake-fetch";

const INVITES_URL = "https://game.example.com/game/invites";

/** The seed's example answers (003), verbatim. */
const campaigns = fixture("hive/campaign.json") as { campaign_list: Record<string, unknown>[] };
const code = fixture("hive/get-code.json");
const companion = fixture("hive/companion.json") as Record<string, unknown>;
const progress = fixture("hive/progress.json") as { progress_list: Record<string, unknown>[] };

/** Hive's answers by path, as the game server passes them on. */
const hive: Handler = (url) => {
  const path = url.pathname.replace("/game/invites/ua/inviteCode/", "");
  const answers: Record<string, unknown> = {
    campaign: campaigns,
    getCode: code,
    companion,
    progress,
  };
  return path in answers ? json(answers[path]) : json({ message: "no route" }, 404);
};

function setup(handler: Handler = hive, overrides: Partial<BackendConfig> = {}) {
  const fetchImpl = fakeFetch(handler);
  const backend = createInvitesBackend({
    apiBase: "https://game.example.com/game",
    projectId: "44056",
    userId: "demo-player-1",
    currency: "USD",
    locale: "en",
    invitesUrl: INVITES_URL,
    fetchImpl,
    ...overrides,
  });
  return { backend, fetchImpl };
}

/** Every call once, with the arguments the seed's examples use. */
const everyCall = {
  campaign: (b: ReturnType<typeof setup>["backend"]) => b.getCampaigns(),
  getCode: (b: ReturnType<typeof setup>["backend"]) => b.getInviteCode("19"),
  companion: (b: ReturnType<typeof setup>["backend"]) => b.redeemInviteCode("ESOJ0TOC"),
  progress: (b: ReturnType<typeof setup>["backend"]) => b.getInviteProgress("ESOJ0TOC"),
};

describe("invite-code schemas", () => {
  it.each([
    ["campaign list", CampaignsAnswerSchema, campaigns],
    ["invite code", CodeAnswerSchema, code],
    ["match", RedemptionAnswerSchema, companion],
    ["reward progress", ProgressAnswerSchema, progress],
  ])("parse the seed's %s example", (_name, schema, body) => {
    expect(schema.safeParse(body).success).toBe(true);
  });
});

describe("the invite-code calls", () => {
  it("POST the seed's bodies without the game, player, server or Hive key", async () => {
    const { backend, fetchImpl } = setup();
    for (const call of Object.values(everyCall)) await value<unknown>(call(backend));
    expect(
      fetchImpl.seen.map((request) => [request.method, request.url.href, request.body]),
    ).toEqual([
      ["POST", `${INVITES_URL}/ua/inviteCode/campaign`, {}],
      ["POST", `${INVITES_URL}/ua/inviteCode/getCode`, { campaign_id: 19 }],
      ["POST", `${INVITES_URL}/ua/inviteCode/companion`, { invite_code: "ESOJ0TOC" }],
      ["POST", `${INVITES_URL}/ua/inviteCode/progress`, { invite_code: "ESOJ0TOC" }],
    ]);
    for (const request of fetchImpl.seen) {
      expect(request.headers["Content-Type"]).toBe("application/json");
      expect(request.headers.Authorization).toBeUndefined();
    }
  });

  it("sends a campaign id that is not a number as the text it is", async () => {
    const { backend, fetchImpl } = setup();
    await backend.getInviteCode("spring-2026");
    expect(fetchImpl.seen[0]?.body).toEqual({ campaign_id: "spring-2026" });
  });

  it("reads the seed's campaign with its install reward", async () => {
    const { backend } = setup();
    expect(await value(backend.getCampaigns())).toEqual([
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
    ]);
  });

  it("reads goal rewards with their goal and action rewards' cpa code as text", async () => {
    const reward = { reward_type: "action", description: "x", goal: null, limit: 1 };
    const { backend } = setup(() =>
      json({
        ...campaigns,
        campaign_list: [
          {
            id: 7,
            title: "Spring",
            rewards: [
              { ...reward, reward_id: 1, action_type: "cpa", cpa_code: 1001 },
              { ...reward, reward_id: 2, reward_type: "goal", action_type: "cpi", goal: 5 },
            ],
          },
          { id: 8, title: null, rewards: null },
        ],
      }),
    );
    expect(await value(backend.getCampaigns())).toEqual([
      {
        id: "7",
        title: "Spring",
        rewards: [
          { id: "1", description: "x", limit: 1, type: "action", action: "cpa", cpaCode: "1001" },
          { id: "2", description: "x", limit: 1, type: "goal", goal: 5 },
        ],
      },
      { id: "8", title: "", rewards: [] },
    ]);
  });

  it("reads the player's code", async () => {
    expect(await value(setup().backend.getInviteCode("19"))).toBe("ESOJ0TOC");
  });

  it("reads a match without its words, and a refusal with its reason", async () => {
    expect(await value(setup().backend.redeemInviteCode("ESOJ0TOC"))).toEqual({
      matched: true,
      reason: null,
    });
    const refused = setup(() =>
      json({
        ...companion,
        detail: { matched: false, reason: "Already matched in this campaign" },
      }),
    );
    expect(await value(refused.backend.redeemInviteCode("ESOJ0TOC"))).toEqual({
      matched: false,
      reason: "Already matched in this campaign",
    });
  });

  it("reads progress, with goal figures for goal rewards only", async () => {
    expect(await value(setup().backend.getInviteProgress("ESOJ0TOC"))).toEqual([
      {
        rewardId: "19",
        type: "action",
        action: "match",
        count: 1,
        maxReward: 1,
        goalProgress: null,
        goal: null,
        goalAchieved: null,
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
    ]);
  });

  it("reads an empty progress list as no friend yet", async () => {
    const { backend } = setup(() => json({ ...progress, progress_list: [] }));
    expect(await value(backend.getInviteProgress("ESOJ0TOC"))).toEqual([]);
  });

  it.each(Object.entries(everyCall))(
    "makes a result_code other than 200 an http error with Hive's message (%s)",
    async (_path, call) => {
      // Hive's refusals come as HTTP 200 without the payload, or with a half-made one.
      const { backend } = setup((url) =>
        json(
          url.pathname.endsWith("/campaign")
            ? { result_code: 500, result_message: "Invalid gameindex", campaign_list: [{}] }
            : { result_code: 500, result_message: "Invalid gameindex" },
        ),
      );
      expect(await call(backend)).toEqual({
        ok: false,
        error: { kind: "http", status: 200, code: "500", serverMessage: "Invalid gameindex" },
      });
    },
  );

  it("leaves an empty result_message out of the error, whose code names both", async () => {
    const { backend } = setup(() => json({ result_code: 402, result_message: "" }));
    const result = await backend.getInviteCode("19");
    expect(result).toEqual({ ok: false, error: { kind: "http", status: 200, code: "402" } });
    expect(!result.ok && errorCode(result.error)).toBe("http-200-402");
  });

  it.each([
    ["a campaign without an id", { ...campaigns, campaign_list: [{ title: "x" }] }],
    [
      "a goal reward without its goal",
      {
        ...campaigns,
        campaign_list: [
          {
            id: 1,
            rewards: [{ reward_id: 1, reward_type: "goal", action_type: "match", limit: 1 }],
          },
        ],
      },
    ],
    [
      "an unknown reward type",
      {
        ...campaigns,
        campaign_list: [
          {
            id: 1,
            rewards: [{ reward_id: 1, reward_type: "gift", action_type: "match", limit: 1 }],
          },
        ],
      },
    ],
    ["a success without its list", { result_code: 200, result_message: "Success" }],
    ["no result_code", { campaign_list: [] }],
    ["a list that is not one", { ...campaigns, campaign_list: "none" }],
  ])("refuses %s as an invalid answer", async (_name, body) => {
    const { backend } = setup(() => json(body));
    expect(await backend.getCampaigns()).toEqual({
      ok: false,
      error: { kind: "invalid-response" },
    });
  });

  it("refuses a success without a code, a detail or a progress list", async () => {
    const { backend } = setup(() =>
      json({ result_code: 200, result_message: "Success", invite_code: "" }),
    );
    for (const call of [everyCall.getCode, everyCall.companion, everyCall.progress]) {
      expect(await call(backend)).toEqual({ ok: false, error: { kind: "invalid-response" } });
    }
  });

  it("refuses an answer that is not JSON", async () => {
    const { backend } = setup(() => text("<html>oops</html>"));
    expect(await backend.getCampaigns()).toEqual({
      ok: false,
      error: { kind: "invalid-response" },
    });
  });

  it("reads the game server's own errors in the Merchant shape", async () => {
    const { backend } = setup(() =>
      json({ http_status_code: 401, message: "No session", request_id: "r-1" }, 401),
    );
    expect(await backend.getCampaigns()).toEqual({
      ok: false,
      error: {
        kind: "http",
        status: 401,
        code: "401",
        serverMessage: "No session",
        requestId: "r-1",
      },
    });
  });

  it("knows a player is signed in from a user id or a token, else not", () => {
    expect(setup().backend.signedIn).toBe(true);
    expect(setup(hive, { userId: undefined, userToken: "jwt" }).backend.signedIn).toBe(true);
    expect(setup(hive, { userId: undefined }).backend.signedIn).toBe(false);
  });

  it("says it is not configured without invitesUrl, sending nothing", async () => {
    const { backend, fetchImpl } = setup(hive, { invitesUrl: undefined });
    expect(await backend.getCampaigns()).toEqual({
      ok: false,
      error: { kind: "not-configured" },
    });
    expect(fetchImpl.seen).toEqual([]);
  });
});
