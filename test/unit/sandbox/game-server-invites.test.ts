import { describe, expect, it } from "vitest";
import { createGameServer } from "../../../demo/sandbox/game-server";
import { inviteCodeOf } from "../../../demo/sandbox/hive/invite-codes";
import { MATCH_REASONS } from "../../../demo/sandbox/hive/invite-registry";
import {
  HIVE_CERTIFICATION_KEY,
  HIVE_GAMEINDEX,
  HIVE_SERVER_ID,
} from "../../../demo/sandbox/shared/config";
import { HIVE_FAULT_RESULT } from "../../../demo/sandbox/testing/fault-responses";
import { browserOf, sandbox } from "./helpers";

const INVITES = "/game/invites/ua/inviteCode";

/** A game server whose Hive records what it is sent and answers Success. */
function recordingGameServer() {
  const seen: { path: string; auth: string | null; body: unknown }[] = [];
  const hive = {
    async fetch(request: Request) {
      seen.push({
        path: new URL(request.url).pathname,
        auth: request.headers.get("Authorization"),
        body: await request.json(),
      });
      return Response.json({ result_code: 200, result_message: "Success" });
    },
  };
  const vendor = { fetch: () => new Response(null, { status: 500 }) };
  return { app: createGameServer(vendor, { now: () => 0, hive }), seen };
}

describe("the game server's invite codes", () => {
  it("fills the game, the session's player and its server and adds the Hive key, whatever the browser sends", async () => {
    const { app, seen } = recordingGameServer();
    const post = (call: string, body: unknown) =>
      app.request(`${INVITES}/${call}`, {
        method: "POST",
        headers: { "Content-Type": "application/json", Authorization: "Bearer browser" },
        body: JSON.stringify(body),
      });
    const forged = { gameindex: 1, player_id: "someone-else", server_id: "xx", extra: true };
    await post("campaign", forged);
    await post("getCode", { ...forged, campaign_id: 27 });
    await post("companion", { ...forged, invite_code: "ABCD1234" });
    await post("progress", { ...forged, invite_code: "ABCD1234" });
    const player = { player_id: "demo-player-1", server_id: HIVE_SERVER_ID };
    expect(seen).toEqual(
      [
        { path: "/hive/ua/inviteCode/campaign", body: { gameindex: HIVE_GAMEINDEX } },
        {
          path: "/hive/ua/inviteCode/getCode",
          body: { gameindex: 539, campaign_id: 27, ...player },
        },
        {
          path: "/hive/ua/inviteCode/companion",
          body: { gameindex: 539, invite_code: "ABCD1234", ...player },
        },
        { path: "/hive/ua/inviteCode/progress", body: { gameindex: 539, invite_code: "ABCD1234" } },
      ].map((call) => ({ ...call, auth: `Bearer ${HIVE_CERTIFICATION_KEY}` })),
    );
  });

  it("answers a signed-out player with 401 in Hive's shape and asks Hive nothing", async () => {
    const browser = browserOf(sandbox());
    await browser.signIn(null);
    const answer = await browser.post(`${INVITES}/campaign`, {});
    expect(answer.status).toBe(401);
    expect(answer.body).toEqual({
      result_code: 401,
      result_message: "Sign in to the game to use invite codes",
    });
  });

  it("lets a second demo player redeem the first one's code, and the first one's progress grows", async () => {
    const app = sandbox();
    const aria = browserOf(app);
    const bram = browserOf(app);
    await bram.signIn("demo-player-2");
    const campaigns = await aria.post(`${INVITES}/campaign`, {});
    expect(campaigns.body.campaign_list.map((c: { id: unknown }) => c.id)).toEqual(["19", 27]);
    const code = (await aria.post(`${INVITES}/getCode`, { campaign_id: 27 })).body.invite_code;
    expect(code).toBe(inviteCodeOf(27, "demo-player-1"));
    expect(
      (await aria.post(`${INVITES}/progress`, { invite_code: code })).body.progress_list,
    ).toEqual([]);
    const redeemed = await bram.post(`${INVITES}/companion`, { invite_code: code });
    expect(redeemed.body.detail).toEqual({ matched: true, reason: MATCH_REASONS.matched });
    const again = await bram.post(`${INVITES}/companion`, { invite_code: code });
    expect(again.body.detail).toEqual({ matched: false, reason: MATCH_REASONS.alreadyMatched });
    const progress = await aria.post(`${INVITES}/progress`, { invite_code: code });
    expect(progress.body.progress_list).toEqual([
      expect.objectContaining({ reward_id: 19, action_type: "match", count: 1, max_reward: 3 }),
    ]);
  });

  it("takes faults per call behind the /faults prefix, the rest intact", async () => {
    const app = sandbox();
    const browser = browserOf(app);
    const spec = "/faults/invites_progress=hive,invites_campaign=500";
    const failed = await browser.post(`${spec}${INVITES}/progress`, { invite_code: "X" });
    expect(failed.status).toBe(200);
    expect(failed.body).toEqual(HIVE_FAULT_RESULT);
    expect((await browser.post(`${spec}${INVITES}/campaign`, {})).status).toBe(500);
    const code = await browser.post(`${spec}${INVITES}/getCode`, { campaign_id: 19 });
    expect(code.body.invite_code).toBe(inviteCodeOf(19, "demo-player-1"));
    const empty = await browser.post(`/faults/invites_code=empty${INVITES}/getCode`, {
      campaign_id: 19,
    });
    expect(empty.body).toEqual({ invite_code: "", result_code: 200, result_message: "Success" });
    const cut = await browser.request(`/faults/invites_redeem=malformed${INVITES}/companion`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ invite_code: "NOPE" }),
    });
    await expect(cut.json()).rejects.toThrow();
  });

  it("keeps a player's session behind the fault prefix", async () => {
    const browser = browserOf(sandbox());
    await browser.signIn("demo-player-3");
    const code = await browser.post(`/faults/invites_progress=slow${INVITES}/getCode`, {
      campaign_id: 27,
    });
    expect(code.body.invite_code).toBe(inviteCodeOf(27, "demo-player-3"));
  });
});
