import { type ReadonlySignal, type Signal, signal } from "@preact/signals-core";
import type { ApiResult, Contributor, RewardChain, ValuePointBalance } from "../api";
import { type ApiError, errorCode } from "../core/errors";
import { describeErrorForPage } from "../core/i18n/describe-error";
import { createReads } from "../core/latest-reads";
import { createClaims } from "./claims";
import type { RewardsModelDeps, RewardsModelLike } from "./contract";
import {
  type ChainList,
  type ClaimNotice,
  type ClaimTarget,
  type Part,
  withStepsInOrder,
} from "./state";

/** What the panel reads and does: the contract's load/refresh/dispose and the panel's state. */
export interface RewardsModel extends RewardsModelLike {
  /** False when the widget was not told who the player is: the panel asks them to sign in. */
  readonly signedIn: boolean;
  readonly list: ReadonlySignal<ChainList>;
  /** Each chain's value-point balance, by chain id. */
  readonly balances: ReadonlySignal<ReadonlyMap<number, Part<ValuePointBalance>>>;
  /** Each clan chain's top contributors, by chain id. */
  readonly contributors: ReadonlySignal<ReadonlyMap<number, Part<Contributor[]>>>;
  /** The step being claimed, if any: one claim at a time. */
  readonly claiming: ReadonlySignal<ClaimTarget | null>;
  /** The latest claim's outcome, said in its chain's part. */
  readonly notice: ReadonlySignal<ClaimNotice | null>;
  claim(chainId: number, stepId: number): Promise<void>;
  retryBalance(chainId: number): Promise<void>;
  retryContributors(chainId: number): Promise<void>;
}

type Parts<T> = Signal<ReadonlyMap<number, Part<T>>>;

/** The rewards panel's state for one widget; every request it makes goes through `reads`. */
export function createRewardsModel(deps: RewardsModelDeps): RewardsModel {
  const { backend, emit, english } = deps;
  const list = signal<ChainList>({ kind: "idle" });
  const balances: Parts<ValuePointBalance> = signal(new Map());
  const contributors: Parts<Contributor[]> = signal(new Map());
  const reads = createReads();

  const report = (error: ApiError, chainId?: number) =>
    emit("error", {
      code: errorCode(error),
      message: describeErrorForPage(error, english),
      section: "reward-chains",
      ...(chainId === undefined ? {} : { chainId }),
    });

  /** Reads the chain list; a failure replaces the panel only when it has nothing to show. */
  async function readList(): Promise<RewardChain[] | null> {
    const result = await reads.read("list", (signal) => backend.getRewardChains(signal));
    if (!result) return null;
    if (!result.ok) {
      report(result.error);
      if (list.peek().kind !== "ready") list.value = { kind: "failed", error: result.error };
      return null;
    }
    const chains = result.value.map(withStepsInOrder);
    list.value = { kind: "ready", chains };
    return chains;
  }

  const setPart = <T>(parts: Parts<T>, chainId: number, part: Part<T>) => {
    const next = new Map(parts.peek());
    next.set(chainId, part);
    parts.value = next;
  };

  /**
   * Reads one chain's part. What is shown stays until the answer comes (no flash of a
   * placeholder on a refresh), and a failed re-read keeps it too: only a part with nothing to
   * show becomes a message.
   */
  async function readPart<T>(
    parts: Parts<T>,
    key: string,
    chainId: number,
    call: (signal: AbortSignal) => ApiResult<T>,
  ) {
    if (parts.peek().get(chainId)?.kind !== "ready") setPart(parts, chainId, { kind: "loading" });
    const result = await reads.read(`${key}:${chainId}`, call);
    if (!result) return;
    if (result.ok) setPart(parts, chainId, { kind: "ready", value: result.value });
    else {
      report(result.error, chainId);
      if (parts.peek().get(chainId)?.kind !== "ready") {
        setPart(parts, chainId, { kind: "failed", error: result.error });
      }
    }
  }

  const readBalance = (chainId: number) =>
    readPart(balances, "balance", chainId, (signal) =>
      backend.getRewardChainBalance(chainId, signal),
    );
  const readContributors = (chainId: number) =>
    readPart(contributors, "contributors", chainId, (signal) =>
      backend.getClanContributors(chainId, signal),
    );
  const readParts = (chain: RewardChain) =>
    Promise.all([
      readBalance(chain.id),
      chain.clanType === null ? undefined : readContributors(chain.id),
    ]);

  async function load() {
    if (!backend.signedIn) {
      list.value = { kind: "signed-out" };
      return;
    }
    if (list.peek().kind !== "ready") list.value = { kind: "loading" };
    const chains = await readList();
    if (chains) await Promise.all(chains.map(readParts));
  }

  /** The list (steps' claimed state lives there) and the shown chains' parts, side by side. */
  async function refresh() {
    if (!backend.signedIn) return;
    const shown = list.peek();
    if (shown.kind !== "ready") return load();
    const known = new Set(shown.chains.map((chain) => chain.id));
    const newChains = async () => {
      const chains = (await readList()) ?? [];
      await Promise.all(chains.filter((chain) => !known.has(chain.id)).map(readParts));
    };
    await Promise.all([newChains(), ...shown.chains.map(readParts)]);
  }

  const claims = createClaims({
    backend,
    reads,
    report,
    chains: () => {
      const shown = list.peek();
      return shown.kind === "ready" ? shown.chains : [];
    },
    showChains: (chains) => {
      list.value = { kind: "ready", chains };
    },
    login: (target) => emit("login-required", target),
    claimed: (target) => emit("reward-claim", target),
    readList,
    readBalance,
  });

  return {
    signedIn: backend.signedIn,
    list,
    balances,
    contributors,
    claiming: claims.claiming,
    notice: claims.notice,
    claim: claims.claim,
    load,
    refresh,
    retryBalance: readBalance,
    retryContributors: readContributors,
    dispose: reads.dispose,
  };
}
