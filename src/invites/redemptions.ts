import { signal } from "@preact/signals-core";
import type { InvitesBackend } from "../api";
import type { ApiError } from "../core/errors";
import type { createReads } from "../core/latest-reads";
import { failureReason } from "./error-text";
import { normaliseCode, type RedeemNotice } from "./state";

interface RedemptionsDeps {
  backend: InvitesBackend;
  reads: ReturnType<typeof createReads>;
  report(error: ApiError, campaignId: string): void;
  /** The player's own codes read so far, in every campaign. */
  ownCodes(): string[];
  redeemed(campaignId: string, matched: boolean): void;
}

/**
 * Redeeming a friend's code: one request at a time for the panel, none for an empty code or
 * the player's own, and none more in a campaign once the player has joined it with a code.
 */
export function createRedemptions(deps: RedemptionsDeps) {
  const redeeming = signal<string | null>(null);
  const notices = signal<ReadonlyMap<string, RedeemNotice>>(new Map());
  const joined = signal<ReadonlySet<string>>(new Set());

  const say = (campaignId: string, notice: RedeemNotice | null) => {
    const next = new Map(notices.peek());
    if (notice) next.set(campaignId, notice);
    else next.delete(campaignId);
    notices.value = next;
  };

  async function redeem(campaignId: string, input: string) {
    // Checked and set before any await, so a double submit makes one request.
    if (redeeming.peek() !== null || joined.peek().has(campaignId)) return;
    if (!deps.backend.signedIn) return;
    const code = normaliseCode(input);
    if (!code) {
      say(campaignId, { tone: "field", text: (i18n) => i18n.t("inviteEmptyCode") });
      return;
    }
    // Hive's companion call knows a code's campaign from the code itself, so any code of the
    // player's own, from whichever campaign, is refused here rather than sent.
    if (deps.ownCodes().includes(code)) {
      say(campaignId, { tone: "field", text: (i18n) => i18n.t("inviteOwnCode") });
      return;
    }
    redeeming.value = campaignId;
    say(campaignId, null);
    const result = await deps.reads.read("redeem", (signal) =>
      deps.backend.redeemInviteCode(code, signal),
    );
    // Null only when the panel was disposed: nothing is left to update.
    if (!result) return;
    redeeming.value = null;
    if (!result.ok) {
      const { error } = result;
      deps.report(error, campaignId);
      say(campaignId, {
        tone: "error",
        text: (i18n) => i18n.t("inviteRedeemFailed", { reason: failureReason(error, i18n) }),
      });
      return;
    }
    const { matched, reason } = result.value;
    if (matched) {
      joined.value = new Set(joined.peek()).add(campaignId);
      say(campaignId, { tone: "success", text: (i18n) => i18n.t("inviteMatched") });
    } else {
      say(campaignId, {
        tone: "error",
        text: (i18n) =>
          reason ? i18n.t("inviteNotMatched", { reason }) : i18n.t("inviteNotMatchedFallback"),
      });
    }
    deps.redeemed(campaignId, matched);
  }

  return { redeeming, notices, joined, redeem };
}
