/**
 * The invite codes for the widget (issue 11): `POST /game/invites/ua/inviteCode/{campaign,
 * getCode,companion,progress}`, so the widget's `invitesUrl` is `/game/invites`. The game server
 * forwards each call to Hive with its certification key, and fills what it owns from its
 * settings and session, whatever the browser sent: `gameindex`, and for the player's own calls
 * `player_id` and `server_id`. What the browser chooses passes on: `campaign_id` and
 * `invite_code`; anything else stays here. Signed out, it answers HTTP 401 with a Hive-shaped
 * body (`result_code` 401 and a message the widget can show).
 */
import { type Context, Hono } from "hono";
import { HIVE_GAMEINDEX, HIVE_SERVER_ID } from "../shared/config";
import { isObject, readJson } from "../shared/request-body";
import type { HiveCall, HiveClient } from "./hive-client";
import type { Sessions } from "./session";
import { relay } from "./vendor-client";

export const INVITES_PATH = "/invites/ua/inviteCode";

/** What each call takes from the browser's body; the rest is the game server's. */
const FROM_BROWSER: Record<HiveCall, readonly string[]> = {
  campaign: [],
  getCode: ["campaign_id"],
  companion: ["invite_code"],
  progress: ["invite_code"],
};
/** The calls that name the player (and the game server the player is on). */
const FOR_PLAYER: ReadonlySet<HiveCall> = new Set(["getCode", "companion"]);

export const SIGNED_OUT_MESSAGE = "Sign in to the game to use invite codes";

export function createInvitesApi(sessions: Sessions, callHive: HiveClient) {
  const app = new Hono();

  async function forward(c: Context, call: HiveCall) {
    const player = sessions.playerOf(c);
    if (!player) {
      return Response.json(
        { result_code: 401, result_message: SIGNED_OUT_MESSAGE },
        { status: 401 },
      );
    }
    const sent = await readJson(c.req.raw);
    const given = isObject(sent) ? sent : {};
    const body: Record<string, unknown> = { gameindex: HIVE_GAMEINDEX };
    for (const name of FROM_BROWSER[call]) if (name in given) body[name] = given[name];
    if (FOR_PLAYER.has(call)) {
      body.player_id = player.id;
      body.server_id = HIVE_SERVER_ID;
    }
    return relay(await callHive(new URL(c.req.url).origin, call, body));
  }

  for (const call of Object.keys(FROM_BROWSER) as HiveCall[]) {
    app.post(`${INVITES_PATH}/${call}`, (c) => forward(c, call));
  }
  return app;
}
