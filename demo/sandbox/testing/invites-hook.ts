/**
 * The invite codes' test hooks and sandbox controls, beside the emulated Hive:
 * - `GET /__sandbox/invites/code?user=ID&campaign=ID`: the player's code for a campaign, issued
 *   as Hive's getCode would (so another player can redeem it at once): `{user, campaign_id,
 *   invite_code}`.
 * - `POST /__sandbox/invites/event` `{"campaign_id": 27, "kind": "install" | "action" | "goal",
 *   "amount"?: 1, "cpa_code"?: 1001}` and one of `"inviter_code": "ABCD1234"` (the code whose
 *   progress grows), `"inviter": "demo-player-1"` (that player's code in the campaign) or
 *   `"invitee": "demo-player-2"` (the code that player matched in the campaign): what an invitee
 *   did, counted toward the code's rewards (install: cpi; action: cpa; goal: toward every goal
 *   reward, one whole goal without an amount). Answers `{invite_code, progress_list}`.
 */
import { Hono } from "hono";
import { findCampaign } from "../data/invite-campaigns";
import { findPlayer } from "../data/players";
import type { InviteEvent, InviteRegistry } from "../hive/invite-registry";
import { HIVE_SERVER_ID } from "../shared/config";
import { isObject, readJson } from "../shared/request-body";

const MAX_AMOUNT = 1000;
const KINDS = ["install", "action", "goal"] as const;

const refuse = (message: string) => Response.json({ error: message }, { status: 422 });

function eventOf(body: Record<string, unknown>): InviteEvent | string {
  const { kind, amount, cpa_code: cpaCode } = body;
  if (!KINDS.includes(kind as (typeof KINDS)[number]))
    return `The kind must be one of ${KINDS.join(", ")}; got ${JSON.stringify(kind)}.`;
  if (
    amount !== undefined &&
    (!Number.isInteger(amount) || (amount as number) < 1 || (amount as number) > MAX_AMOUNT)
  )
    return `The amount must be an integer from 1 to ${MAX_AMOUNT}.`;
  if (cpaCode !== undefined && !Number.isInteger(cpaCode))
    return "The cpa_code must be an integer.";
  if (kind === "goal") return amount === undefined ? { kind } : { kind, amount: amount as number };
  const count = (amount as number | undefined) ?? 1;
  if (kind === "install") return { kind, amount: count };
  return cpaCode === undefined
    ? { kind: "action", amount: count }
    : { kind: "action", amount: count, cpaCode: cpaCode as number };
}

export function createInvitesHook(registry: InviteRegistry) {
  const app = new Hono();

  app.get("/__sandbox/invites/code", (c) => {
    const user = c.req.query("user");
    const campaign = findCampaign(c.req.query("campaign"));
    if (!findPlayer(user)) return refuse(`No demo or test player ${JSON.stringify(user)}.`);
    if (!campaign) return refuse(`No campaign ${JSON.stringify(c.req.query("campaign"))}.`);
    const code = registry.issue(campaign, user as string, HIVE_SERVER_ID);
    return c.json({ user, campaign_id: campaign.id, invite_code: code });
  });

  app.post("/__sandbox/invites/event", async (c) => {
    const body = await readJson(c.req.raw);
    if (!isObject(body))
      return refuse(
        'Send {"campaign_id", "kind", "inviter" | "inviter_code" | "invitee"} as JSON.',
      );
    const campaign = findCampaign(body.campaign_id);
    if (!campaign) return refuse(`No campaign ${JSON.stringify(body.campaign_id)}.`);
    const event = eventOf(body);
    if (typeof event === "string") return refuse(event);
    let code: string | undefined;
    if (typeof body.inviter_code === "string") {
      code = registry.find(body.inviter_code)?.code;
      if (!code) return refuse(`No invite code ${JSON.stringify(body.inviter_code)}.`);
    } else if (findPlayer(body.inviter)) {
      code = registry.issue(campaign, body.inviter as string, HIVE_SERVER_ID);
    } else if (findPlayer(body.invitee)) {
      code = registry.inviterCodeOf(campaign.id, body.invitee as string);
      if (!code) return refuse(`${body.invitee} has matched no code in campaign ${campaign.id}.`);
    } else {
      return refuse('Name the code: "inviter_code", or a player as "inviter" or "invitee".');
    }
    if (registry.find(code)?.campaign !== campaign)
      return refuse(`The code ${code} belongs to another campaign.`);
    registry.record(code, event);
    return c.json({ invite_code: code, progress_list: registry.progress(code) ?? [] });
  });

  return app;
}
