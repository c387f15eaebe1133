import { signal } from "@preact/signals-core";
import type { RewardChain, RewardChainsBackend } from "../api";
import type { ApiError } from "../core/errors";
import { describeError } from "../core/i18n/describe-error";
import type { createReads } from "../core/latest-reads";
import { type ClaimNotice, type ClaimTarget, markClaimed } from "./state";

interface ClaimsDeps {
  backend: RewardChainsBackend;
  reads: ReturnType<typeof createReads>;
  report(error: ApiError, chainId: number): void;
  /** The chains shown now, and a way to show others (the step claimed at once). */
  chains(): RewardChain[];
  showChains(chains: RewardChain[]): void;
  login(target: ClaimTarget): void;
  claimed(target: ClaimTarget): void;
  readList(): Promise<unknown>;
  readBalance(chainId: number): Promise<unknown>;
}

/** Claiming a step's rewards: one claim at a time, its outcome said in the step's chain. */
export function createClaims(deps: ClaimsDeps) {
  const claiming = signal<ClaimTarget | null>(null);
  const notice = signal<ClaimNotice | null>(null);

  async function claim(chainId: number, stepId: number) {
    // Checked and set before any await, so a double click makes one claim.
    if (claiming.peek()) return;
    const target = { chainId, stepId };
    const say = (tone: ClaimNotice["tone"], text: ClaimNotice["text"], detail?: string) => {
      notice.value = { ...target, tone, text, detail };
    };
    const chain = deps.chains().find((shown) => shown.id === chainId);
    const step = chain?.steps.find((shown) => shown.id === stepId);
    // Nothing is sent for a signed-out player; the page hears of it and can offer a sign-in.
    if (!deps.backend.signedIn) {
      if (step) say("info", (i18n) => i18n.t("rewardSignInToClaim", { name: step.name }));
      deps.login(target);
      return;
    }
    if (!chain || !step) return;
    const { name } = step;
    claiming.value = target;
    notice.value = null;
    const result = await deps.reads.read("claim", (signal) =>
      deps.backend.claimRewardStep(chainId, stepId, signal),
    );
    // Null only when the panel was disposed: nothing is left to update.
    if (!result) return;
    claiming.value = null;
    if (result.ok) {
      deps.showChains(markClaimed(deps.chains(), chainId, stepId));
      deps.claimed(target);
      say("success", (i18n) => i18n.t("rewardClaimed", { name }));
      await Promise.all([deps.readList(), deps.readBalance(chainId)]);
      return;
    }
    const { error } = result;
    deps.report(error, chainId);
    const points = chain.valuePoint.name;
    switch (error.reason) {
      case "already-claimed":
        // Claimed elsewhere (another tab, the game): it is the player's, so show it so.
        deps.showChains(markClaimed(deps.chains(), chainId, stepId));
        say("info", (i18n) => i18n.t("rewardAlreadyClaimed", { name }));
        return;
      case "not-enough-points":
        say("error", (i18n) => i18n.t("rewardNotEnough", { name, points }));
        await deps.readBalance(chainId);
        return;
      case "no-such-step":
        say("error", (i18n) => i18n.t("rewardNoSuchStep", { name }));
        await deps.readList();
        return;
    }
    if (error.kind === "http" && error.status === 401) {
      say("error", (i18n) => i18n.t("rewardSignInAgain", { name }));
      return;
    }
    say(
      "error",
      (i18n) => i18n.t("rewardClaimFailed", { name, reason: describeError(error, i18n) }),
      error.serverMessage,
    );
  }

  return { claiming, notice, claim };
}
