import type {
  ApiResult,
  Contributor,
  RewardChain,
  RewardChainsBackend,
  ValuePointBalance,
} from "../../../src/api";
import { type ApiError, apiError } from "../../../src/core/errors";
import { err, ok } from "../../../src/core/result";

/** Now, for the tests, which fake the clock to it: the Star chain ends 3d 04:10:05 later. */
export const NOW = new Date("2030-06-01T12:00:00Z");

const star = { sku: "star_points", name: "Star Points", imageUrl: "https://img.example/star.png" };
const quest = { sku: "quest_points", name: "Quest Points", imageUrl: null };
const guild = { sku: "guild_points", name: "Guild Points", imageUrl: null };

/**
 * The sandbox's demo chains, mapped by hand from the Store API's `user/reward_chain` example
 * (CONTRACTS.md section 3) to the domain: a Star chain ending soon, given with its steps out
 * of order; a weekly recurring chain; a guild's clan chain with contributors.
 */
export function demoChains(): RewardChain[] {
  return [
    {
      id: 1,
      name: "Star Road",
      description: "Earn Star Points with every purchase.",
      imageUrl: "https://img.example/road.png",
      startsAt: new Date("2030-05-01T00:00:00Z"),
      endsAt: new Date(NOW.getTime() + ((3 * 24 + 4) * 3600 + 10 * 60 + 5) * 1000),
      resetsAt: null,
      valuePoint: star,
      clanType: null,
      topContributors: [],
      steps: [
        step(13, "Gold Chest", 300, false, [reward("gold_coin", "Gold Coin", 5)]),
        step(11, "Bronze Chest", 50, true, [reward("bronze_key", "Bronze Key", 1)]),
        step(14, "Legend Chest", 500, false, [reward("legend_sword", "Legend Sword", 1)]),
        step(12, "Silver Chest", 150, false, [
          reward("silver_coin", "Silver Coin", 2),
          reward("potion", "Potion", 3),
        ]),
      ],
    },
    {
      id: 2,
      name: "Weekly Quest",
      description: null,
      imageUrl: null,
      startsAt: null,
      endsAt: null,
      // The vendor's example reset_next_date, 1746057600 (seconds).
      resetsAt: new Date(1_746_057_600 * 1000),
      valuePoint: quest,
      clanType: null,
      topContributors: [],
      steps: [step(21, "Weekly Crate", 100, false, [reward("crate", "Crate", 1)])],
    },
    {
      id: 3,
      name: "Guild Glory",
      description: "Your guild's purchases count together.",
      imageUrl: null,
      startsAt: null,
      endsAt: null,
      resetsAt: null,
      valuePoint: guild,
      clanType: "guild",
      topContributors: [{ name: "Listed Player", amount: 10 }],
      steps: [step(31, "Guild Banner", 1000, false, [reward("banner", "Banner", 1)])],
    },
  ];
}

function step(
  id: number,
  name: string,
  price: number,
  claimed: boolean,
  rewards: RewardChain["steps"][number]["rewards"],
) {
  return { id, name, imageUrl: null, price, claimed, rewards };
}

function reward(sku: string, name: string, quantity: number) {
  return { sku, name, imageUrl: `https://img.example/${sku}.png`, quantity };
}

export interface RewardsCall {
  /** "list", "balance:1", "contributors:3", "claim:1:12". */
  key: string;
  signal: AbortSignal | undefined;
}

/**
 * A fake of the reward-chain calls over the demo chains: balances 240 Star, 20 Quest and 200
 * Guild Points; a claim marks the step claimed. `fail(key, error)` makes the calls with that
 * key refuse until `heal(key)`; `hold(key)` keeps them waiting until `release(key)`.
 */
export function fakeRewardsBackend({ signedIn = true } = {}) {
  const chains = demoChains();
  const balances = new Map<number, number>([
    [1, 240],
    [2, 20],
    [3, 200],
  ]);
  const contributors: Contributor[] = [
    { name: "Ann Lee", amount: 120 },
    { name: "Bob Stone", amount: 80 },
  ];
  const calls: RewardsCall[] = [];
  const failures = new Map<string, ApiError>();
  const gates = new Map<string, { promise: Promise<void>; open(): void }>();

  async function answer<T>(key: string, signal: AbortSignal | undefined, value: () => T) {
    calls.push({ key, signal });
    await gates.get(key)?.promise;
    const failure = failures.get(key);
    return failure ? err(failure) : ok(value());
  }

  const balanceOf = (chainId: number): ValuePointBalance => {
    const chain = chains.find((c) => c.id === chainId);
    if (!chain) throw new Error(`no chain ${chainId}`);
    return { ...chain.valuePoint, amount: balances.get(chainId) ?? 0, isClan: !!chain.clanType };
  };

  const backend: RewardChainsBackend = {
    signedIn,
    getRewardChains: (signal): ApiResult<RewardChain[]> =>
      answer("list", signal, () => structuredClone(chains)),
    getRewardChainBalance: (chainId, signal) =>
      answer(`balance:${chainId}`, signal, () => balanceOf(chainId)),
    getClanContributors: (chainId, signal) =>
      answer(`contributors:${chainId}`, signal, () => structuredClone(contributors)),
    claimRewardStep: (chainId, stepId, signal) =>
      answer(`claim:${chainId}:${stepId}`, signal, () => {
        const claimed = chains.find((c) => c.id === chainId)?.steps.find((s) => s.id === stepId);
        if (claimed) claimed.claimed = true;
      }),
  };

  return {
    backend,
    calls,
    chains,
    balances,
    contributors,
    keys: () => calls.map((call) => call.key),
    fail: (key: string, error: ApiError) => failures.set(key, error),
    heal: (key: string) => failures.delete(key),
    hold(key: string) {
      let open = () => {};
      const promise = new Promise<void>((resolve) => {
        open = resolve;
      });
      gates.set(key, { promise, open });
    },
    release(key: string) {
      gates.get(key)?.open();
      gates.delete(key);
    },
  };
}

/** The Store's refusals as the adapters give them. */
export const refusals = {
  noSuchStep: apiError("http", {
    status: 404,
    code: "9911",
    reason: "no-such-step",
    serverMessage: "[0401-9911]: Step not found",
  }),
  alreadyClaimed: apiError("http", {
    status: 422,
    code: "9912",
    reason: "already-claimed",
    serverMessage: "[0401-9912]: Step reward already claimed",
  }),
  notEnoughPoints: apiError("http", {
    status: 422,
    code: "9913",
    reason: "not-enough-points",
    serverMessage: "[0401-9913]: Not enough value points",
  }),
  signedOut: apiError("http", { status: 401, code: "1501", serverMessage: "Invalid token" }),
  server: apiError("http", { status: 500, serverMessage: "Internal error" }),
  network: apiError("network"),
};
