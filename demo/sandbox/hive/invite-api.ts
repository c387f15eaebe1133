/**
 * The emulated Hive promotion API's invite codes (seed 003; CONTRACTS.md section 5) under
 * /hive: `POST /hive/ua/inviteCode/{campaign,getCode,companion,progress}` with JSON bodies.
 * The Authorization header is optional, as the seed says; when it is sent it must be
 * `Bearer <the game's certification key>`.
 */
import { Hono } from "hono";
import { findCampaign, INVITE_CAMPAIGNS } from "../data/invite-campaigns";
import { HIVE_BASE, HIVE_CERTIFICATION_KEY, HIVE_GAMEINDEX } from "../shared/config";
import { isJsonContentType, isObject, readJson } from "../shared/request-body";
import { HIVE_RESULT, hiveError, hiveOk } from "./answers";
import type { InviteRegistry } from "./invite-registry";

type Body = Record<string, unknown>;
type Check = { ok: true; value: string } | { ok: false; response: Response };

const missing = (field: string, what: string): Check => ({
  ok: false,
  response: hiveError(HIVE_RESULT.badRequest, `Invalid parameter: ${field} is required (${what})`),
});

/** An integer field (numeric strings too: the seed's own example lists a campaign id "19"). */
function integer(body: Body, field: string): Check {
  const value = body[field];
  const text = typeof value === "number" || typeof value === "string" ? String(value).trim() : "";
  return /^\d{1,10}$/.test(text) ? { ok: true, value: text } : missing(field, "an integer");
}

/** A string field; player ids come as numbers in the seed's examples, so those count too. */
function text(body: Body, field: string): Check {
  const value = body[field];
  const given = typeof value === "number" && Number.isInteger(value) ? String(value) : value;
  return typeof given === "string" && given.trim() !== ""
    ? { ok: true, value: given.trim() }
    : missing(field, "a string");
}

/** Reads the body and checks the key and the game; a Response when something is wrong. */
async function open(request: Request): Promise<Body | Response> {
  const auth = request.headers.get("Authorization");
  if (auth !== null && auth !== `Bearer ${HIVE_CERTIFICATION_KEY}`)
    return hiveError(HIVE_RESULT.badKey, "Invalid certification key");
  if (!isJsonContentType(request.headers.get("Content-Type") ?? undefined))
    return hiveError(
      HIVE_RESULT.badRequest,
      "Send the body as JSON (Content-Type: application/json)",
    );
  const body = await readJson(request);
  if (!isObject(body)) return hiveError(HIVE_RESULT.badRequest, "The body is not a JSON object");
  const game = integer(body, "gameindex");
  if (!game.ok) return game.response;
  if (Number(game.value) !== HIVE_GAMEINDEX)
    return hiveError(HIVE_RESULT.notFound, `Unknown gameindex ${game.value}`);
  return body;
}

export function createHiveInviteApi(registry: InviteRegistry) {
  const app = new Hono().basePath(`${HIVE_BASE}/ua/inviteCode`);

  app.post("/campaign", async (c) => {
    const body = await open(c.req.raw);
    if (body instanceof Response) return body;
    return hiveOk({ campaign_list: INVITE_CAMPAIGNS });
  });

  app.post("/getCode", async (c) => {
    const body = await open(c.req.raw);
    if (body instanceof Response) return body;
    const [campaignId, player, server] = [
      integer(body, "campaign_id"),
      text(body, "player_id"),
      text(body, "server_id"),
    ];
    if (!campaignId.ok) return campaignId.response;
    if (!player.ok) return player.response;
    if (!server.ok) return server.response;
    const campaign = findCampaign(campaignId.value);
    if (!campaign) return hiveError(HIVE_RESULT.notFound, `No active campaign ${campaignId.value}`);
    return hiveOk({ invite_code: registry.issue(campaign, player.value, server.value) });
  });

  app.post("/companion", async (c) => {
    const body = await open(c.req.raw);
    if (body instanceof Response) return body;
    const [code, player, server] = [
      text(body, "invite_code"),
      text(body, "player_id"),
      text(body, "server_id"),
    ];
    if (!code.ok) return code.response;
    if (!player.ok) return player.response;
    if (!server.ok) return server.response;
    return hiveOk({ detail: registry.redeem(code.value, player.value) });
  });

  app.post("/progress", async (c) => {
    const body = await open(c.req.raw);
    if (body instanceof Response) return body;
    const code = text(body, "invite_code");
    if (!code.ok) return code.response;
    const list = registry.progress(code.value);
    if (!list) return hiveError(HIVE_RESULT.notFound, "The invite code does not exist");
    return hiveOk({ progress_list: list });
  });

  return app;
}
