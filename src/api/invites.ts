import type { z } from "zod/mini";
import { apiError } from "../core/errors";
import { retrying } from "../core/lazy";
import { err, ok } from "../core/result";
import type { ApiResult, BackendConfig, InvitesBackend } from "./backend";
import type { Envelope } from "./invites-schemas";
import { errorDetails } from "./mapping";
import { post } from "./shared";

type Schemas = typeof import("./invites-schemas");

/** The schemas and mapping: fetched when the backend is made, while its first request is out. */
const schemas = retrying(() => import("./invites-schemas"));

const readError = async (body: unknown) => (await schemas()).readMerchantError(body);

/** Hive's campaign ids are integers in its requests, though its answers may spell them as text. */
const wireId = (id: string) => (/^\d{1,15}$/.test(id) ? Number(id) : id);

/**
 * The invite-code calls (CONTRACTS.md section 5): `POST {invitesUrl}/ua/inviteCode/...` with
 * the seed's bodies less `gameindex`, `player_id` and `server_id`, which the game server adds
 * from its session and settings with Hive's key, whatever the browser sends. The invites view
 * loads this module with its own chunk: the store never needs it.
 */
export function createInvitesBackend(config: BackendConfig): InvitesBackend {
  void schemas().catch(() => {});

  async function call<W extends Envelope, D>(
    path: string,
    body: object,
    schema: (s: Schemas) => z.ZodMiniType<W>,
    map: (s: Schemas, wire: W) => D | undefined,
    signal?: AbortSignal,
  ): ApiResult<D> {
    // The view is never mounted without the option; this keeps the type honest.
    if (!config.invitesUrl) return err(apiError("not-configured"));
    const result = await post(config, {
      url: `${config.invitesUrl}/ua/inviteCode/${path}`,
      schema: schemas().then(schema),
      readError,
      body,
      signal,
    });
    if (!result.ok) return result;
    const wire = result.value;
    // Hive answers its refusals with HTTP 200 and a result code of its own. The status is the
    // one that carried it, so that the `error` event's code reads "http-200-{result_code}".
    if (wire.result_code !== 200) {
      const details = errorDetails(wire.result_code, wire.result_message, null);
      return err(apiError("http", { status: 200, ...details }));
    }
    const value = map(await schemas(), wire);
    return value === undefined ? err(apiError("invalid-response")) : ok(value);
  }

  return {
    // The game server's session says who the player is; the widget only knows one is there.
    signedIn: !!(config.userId || config.userToken),
    getCampaigns: (signal) =>
      call(
        "campaign",
        {},
        (s) => s.CampaignsAnswerSchema,
        (s, wire) => wire.campaign_list && s.toInviteCampaigns(wire.campaign_list),
        signal,
      ),
    getInviteCode: (campaignId, signal) =>
      call(
        "getCode",
        { campaign_id: wireId(campaignId) },
        (s) => s.CodeAnswerSchema,
        (_s, wire) => wire.invite_code,
        signal,
      ),
    redeemInviteCode: (code, signal) =>
      call(
        "companion",
        { invite_code: code },
        (s) => s.RedemptionAnswerSchema,
        (s, wire) => wire.detail && s.toRedemption(wire.detail),
        signal,
      ),
    getInviteProgress: (code, signal) =>
      call(
        "progress",
        { invite_code: code },
        (s) => s.ProgressAnswerSchema,
        (s, wire) => wire.progress_list && s.toInviteProgress(wire.progress_list),
        signal,
      ),
  };
}
