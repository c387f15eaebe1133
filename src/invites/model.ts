import { type ReadonlySignal, type Signal, signal } from "@preact/signals-core";
import type { ApiResult, InviteCampaign, InviteProgress } from "../api";
import { type ApiError, errorCode } from "../core/errors";
import { describeErrorForPage } from "../core/i18n/describe-error";
import { createReads } from "../core/latest-reads";
import { createCodeActions } from "./code-actions";
import type { InvitesModelDeps, InvitesModelLike } from "./contract";
import { createRedemptions } from "./redemptions";
import type { CampaignList, CodeNotice, Part, RedeemNotice } from "./state";

/** What the panel reads and does: the contract's load/refresh/dispose and the panel's state. */
export interface InvitesModel extends InvitesModelLike {
  /** False when the widget was not told who the player is: the panel asks them to sign in. */
  readonly signedIn: boolean;
  readonly list: ReadonlySignal<CampaignList>;
  /** The player's code in each campaign, by campaign id; read once and kept. */
  readonly codes: ReadonlySignal<ReadonlyMap<string, Part<string>>>;
  /** The rewards given for each campaign's code, by campaign id. */
  readonly progress: ReadonlySignal<ReadonlyMap<string, Part<InviteProgress[]>>>;
  /** The latest copy or share outcome ("Copied" goes after a few seconds). */
  readonly codeNotice: ReadonlySignal<CodeNotice | null>;
  /** The campaign whose friend's code is being redeemed: one redemption at a time. */
  readonly redeeming: ReadonlySignal<string | null>;
  /** Each campaign's latest redemption outcome, by campaign id. */
  readonly redeemNotices: ReadonlySignal<ReadonlyMap<string, RedeemNotice>>;
  /** The campaigns the player has joined with a friend's code: their form is gone. */
  readonly joined: ReadonlySignal<ReadonlySet<string>>;
  /** Redeems what the player typed as a friend's code in a campaign. */
  redeem(campaignId: string, input: string): Promise<void>;
  copy(campaignId: string): Promise<void>;
  /** Shares the code through the Web Share API; `data` is in the player's language. */
  share(campaignId: string, data: ShareData): Promise<void>;
  retryCode(campaignId: string): Promise<void>;
  retryProgress(campaignId: string): Promise<void>;
}

type Parts<T> = Signal<ReadonlyMap<string, Part<T>>>;

/** The invites panel's state for one widget; every read it makes goes through `reads`. */
export function createInvitesModel(deps: InvitesModelDeps): InvitesModel {
  const { backend, emit, english } = deps;
  const list = signal<CampaignList>({ kind: "idle" });
  const codes: Parts<string> = signal(new Map());
  const progress: Parts<InviteProgress[]> = signal(new Map());
  const reads = createReads();

  const report = (error: ApiError, campaignId?: string) =>
    emit("error", {
      code: errorCode(error),
      message: describeErrorForPage(error, english),
      section: "invites",
      ...(campaignId === undefined ? {} : { campaignId }),
    });

  const setPart = <T>(parts: Parts<T>, campaignId: string, part: Part<T>) => {
    const next = new Map(parts.peek());
    next.set(campaignId, part);
    parts.value = next;
  };

  /**
   * Reads one campaign's part. What is shown stays until the answer comes (no flash of a
   * placeholder on a refresh), and a failed re-read keeps it too: only a part with nothing to
   * show becomes a message.
   */
  async function readPart<T>(
    parts: Parts<T>,
    key: string,
    campaignId: string,
    call: (signal: AbortSignal) => ApiResult<T>,
  ): Promise<T | null> {
    if (parts.peek().get(campaignId)?.kind !== "ready") {
      setPart(parts, campaignId, { kind: "loading" });
    }
    const result = await reads.read(`${key}:${campaignId}`, call);
    if (!result) return null;
    if (result.ok) {
      setPart(parts, campaignId, { kind: "ready", value: result.value });
      return result.value;
    }
    report(result.error, campaignId);
    if (parts.peek().get(campaignId)?.kind !== "ready") {
      setPart(parts, campaignId, { kind: "failed", error: result.error });
    }
    return null;
  }

  const readProgress = async (campaignId: string) => {
    const code = codes.peek().get(campaignId);
    if (code?.kind !== "ready") return;
    await readPart(progress, "progress", campaignId, (signal) =>
      backend.getInviteProgress(code.value, signal),
    );
  };

  /** The code is read once per campaign (a player has one) and kept; then its progress. */
  async function readCampaign(campaignId: string) {
    if (codes.peek().get(campaignId)?.kind !== "ready") {
      const code = await readPart(codes, "code", campaignId, (signal) =>
        backend.getInviteCode(campaignId, signal),
      );
      if (code === null) return;
      emit("invite-code", { campaignId, code });
    }
    await readProgress(campaignId);
  }

  /** Reads the campaign list; a failure replaces the panel only when it has nothing to show. */
  async function readList(): Promise<InviteCampaign[] | null> {
    const result = await reads.read("list", (signal) => backend.getCampaigns(signal));
    if (!result) return null;
    if (!result.ok) {
      report(result.error);
      if (list.peek().kind !== "ready") list.value = { kind: "failed", error: result.error };
      return null;
    }
    list.value = { kind: "ready", campaigns: result.value };
    return result.value;
  }

  async function load() {
    // The game server knows the player only from their session: nothing can be read without it.
    if (!backend.signedIn) {
      list.value = { kind: "signed-out" };
      return;
    }
    if (list.peek().kind !== "ready") list.value = { kind: "loading" };
    const campaigns = await readList();
    if (campaigns) await Promise.all(campaigns.map((campaign) => readCampaign(campaign.id)));
  }

  /** The list and every shown campaign's progress again, side by side, without blanking. */
  async function refresh() {
    if (!backend.signedIn) return;
    const shown = list.peek();
    if (shown.kind !== "ready") return load();
    const known = new Set(shown.campaigns.map((campaign) => campaign.id));
    const newCampaigns = async () => {
      const campaigns = (await readList()) ?? [];
      await Promise.all(
        campaigns.filter((c) => !known.has(c.id)).map((campaign) => readCampaign(campaign.id)),
      );
    };
    await Promise.all([newCampaigns(), ...[...known].map(readCampaign)]);
  }

  const codeOf = (campaignId: string) => {
    const code = codes.peek().get(campaignId);
    return code?.kind === "ready" ? code.value : null;
  };
  const ownCodes = () =>
    [...codes.peek().values()].flatMap((code) => (code.kind === "ready" ? [code.value] : []));

  const actions = createCodeActions({
    codeOf,
    copied: (campaignId, code) => emit("invite-copy", { campaignId, code }),
  });
  const redemptions = createRedemptions({
    backend,
    reads,
    report,
    ownCodes,
    redeemed: (campaignId, matched) => emit("invite-redeem", { campaignId, matched }),
  });

  return {
    signedIn: backend.signedIn,
    list,
    codes,
    progress,
    codeNotice: actions.notice,
    redeeming: redemptions.redeeming,
    redeemNotices: redemptions.notices,
    joined: redemptions.joined,
    redeem: redemptions.redeem,
    copy: actions.copy,
    share: actions.share,
    load,
    refresh,
    retryCode: readCampaign,
    retryProgress: readProgress,
    dispose() {
      reads.dispose();
      actions.dispose();
    },
  };
}
