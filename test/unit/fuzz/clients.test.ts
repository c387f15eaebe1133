import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createBackend } from "../../../src/api";
import type { BackendConfig, BackendKind } from "../../../src/api/backend";
import { friendsClient } from "../../../src/api/friends";
import { createInvitesBackend } from "../../../src/api/invites";
import { createRewardChainsBackend } from "../../../src/api/reward-chains";
import { requestToken } from "../../../src/api/token-endpoint";
import { fixture } from "../api/fake-fetch";
import { answerProblem } from "./check-answer";
import { mutatedBody } from "./mutate";

/*
 * Every call a client makes, answered with generated mutations of the vendors' example
 * answers (seeds 000-004): each must come back as a Result, never a throw or a rejection, its
 * error typed and its value something the widget can draw. Statuses stay below 500, which the
 * clients retry after a pause; the retries have tests of their own.
 */

/** Cases per entry point: 22 entry points × RUNS is over 10,000 cases in each `npm test`. */
const RUNS = 480;

const CONFIGS: Record<BackendKind, BackendConfig> = {
  merchant: {
    apiBase: "https://game.example.com/game",
    projectId: "44056",
    userId: "p1",
    currency: "USD",
    locale: "en-US",
    tokenUrl: "https://game.example.com/game/token",
    friendsUrl: "https://game.example.com/game/friends",
    invitesUrl: "https://game.example.com/game/hive",
  },
  xsolla: {
    apiBase: "https://store.example.com/api",
    projectId: "44056",
    userToken: "jwt-1",
    currency: "USD",
    locale: "en-US",
    subscriptionsApiBase: "https://subscriptions.example.com/api",
    tokenUrl: "https://game.example.com/game/token",
  },
};

type Call = (config: BackendConfig) => Promise<unknown>;

interface EntryPoint {
  kind: BackendKind;
  call: Call;
  /** The example answers to mutate, with the status each is sent with. */
  seeds: { body: unknown; status: number }[];
}

const ok = (path: string) => ({ body: fixture(path), status: 200 });
const refused = (path: string, status: number) => ({ body: fixture(path), status });
const merchantError = refused("merchant/error-422.json", 422);
const storeError = refused("xsolla/error-422-string-code.json", 422);

const backend = (config: BackendConfig, kind: BackendKind) => createBackend(kind, config);

const ENTRY_POINTS: Record<string, EntryPoint> = {
  "merchant groups": {
    kind: "merchant",
    call: (c) => backend(c, "merchant").getGroups(undefined, () => {}),
    seeds: [ok("merchant/groups.json"), merchantError],
  },
  "merchant items": {
    kind: "merchant",
    call: (c) => backend(c, "merchant").getItems("22", undefined, () => {}),
    seeds: [ok("merchant/items.json"), refused("merchant/error-401.json", 401)],
  },
  "merchant packages": {
    kind: "merchant",
    call: (c) => backend(c, "merchant").getVcPackages(),
    seeds: [ok("merchant/virtual-currency.json"), merchantError],
  },
  "merchant subscriptions": {
    kind: "merchant",
    call: (c) => backend(c, "merchant").getSubscriptions(),
    seeds: [ok("merchant/subscriptions.json"), merchantError],
  },
  "merchant promotion": {
    kind: "merchant",
    call: (c) => backend(c, "merchant").getPromotion(),
    seeds: [ok("merchant/bonus.json"), { body: [], status: 200 }],
  },
  "merchant balance": {
    kind: "merchant",
    call: (c) => backend(c, "merchant").getBalance(),
    seeds: [{ body: { balance: 120.5 }, status: 200 }, merchantError],
  },
  "merchant free claim": {
    kind: "merchant",
    call: (c) => backend(c, "merchant").claimFree("gift-box"),
    seeds: [{ body: { order_id: 7 }, status: 200 }, storeError],
  },
  "token endpoint": {
    kind: "merchant",
    call: (c) => requestToken(c, { sku: "sword", quantity: 1 }),
    seeds: [
      { body: { token: "tok-1" }, status: 200 },
      refused("merchant/error-token-422.json", 422),
    ],
  },
  "friends list": {
    kind: "merchant",
    call: (c) => friendsClient(c)?.("an", 0, 20) ?? Promise.resolve(null),
    seeds: [ok("gifting/friends-list.json"), merchantError],
  },
  "xsolla groups": {
    kind: "xsolla",
    call: (c) => backend(c, "xsolla").getGroups(undefined, () => {}),
    seeds: [ok("xsolla/groups.json"), refused("xsolla/error-401.json", 401)],
  },
  "xsolla items": {
    kind: "xsolla",
    call: (c) => backend(c, "xsolla").getItems("weapons", undefined, () => {}),
    seeds: [
      ok("xsolla/virtual-items.json"),
      ok("xsolla/game-item-vp-rewards.json"),
      refused("xsolla/error-404-group.json", 404),
    ],
  },
  "xsolla packages": {
    kind: "xsolla",
    call: (c) => backend(c, "xsolla").getVcPackages(),
    seeds: [ok("xsolla/virtual-currency-packages.json"), storeError],
  },
  "xsolla subscriptions": {
    kind: "xsolla",
    call: (c) => backend(c, "xsolla").getSubscriptions(),
    seeds: [ok("xsolla/user-plans.json"), storeError],
  },
  "xsolla balance": {
    kind: "xsolla",
    call: (c) => backend(c, "xsolla").getBalance(),
    seeds: [
      { body: { items: [{ sku: "crystal", name: { en: "Crystals" }, amount: 300 }] }, status: 200 },
      storeError,
    ],
  },
  "xsolla checkout": {
    kind: "xsolla",
    call: (c) => backend(c, "xsolla").checkout({ kind: "item", sku: "sword" }),
    seeds: [{ body: { token: "tok", order_id: 9 }, status: 200 }, storeError],
  },
  "xsolla plan checkout": {
    kind: "xsolla",
    call: (c) => backend(c, "xsolla").checkout({ kind: "plan", planId: "gold" }),
    seeds: [{ body: { link_to_ps: "https://secure.example.com/ps?token=t" }, status: 200 }],
  },
  "xsolla order status": {
    kind: "xsolla",
    call: (c) => backend(c, "xsolla").getOrderStatus?.(9) ?? Promise.resolve(null),
    seeds: [{ body: { order_id: 9, status: "done" }, status: 200 }, storeError],
  },
  "reward chains": {
    kind: "xsolla",
    call: (c) => createRewardChainsBackend("xsolla", c).getRewardChains(),
    seeds: [
      ok("xsolla/reward-chains/list.json"),
      refused("xsolla/reward-chains/error-401.json", 401),
    ],
  },
  "reward chain balance": {
    kind: "merchant",
    call: (c) => createRewardChainsBackend("merchant", c).getRewardChainBalance(12),
    seeds: [ok("xsolla/reward-chains/balance.json"), ok("xsolla/reward-chains/balance-clan.json")],
  },
  "reward chain contributors and claims": {
    kind: "xsolla",
    call: async (c) => {
      const chains = createRewardChainsBackend("xsolla", c);
      return Math.random() < 0.5 ? chains.getClanContributors(12) : chains.claimRewardStep(12, 1);
    },
    seeds: [
      ok("xsolla/reward-chains/contributors.json"),
      refused("xsolla/reward-chains/claim-404-9911.json", 404),
      refused("xsolla/reward-chains/claim-422-9912.json", 422),
      refused("xsolla/reward-chains/claim-422-9913.json", 422),
    ],
  },
  "invite campaigns and codes": {
    kind: "merchant",
    call: (c) => {
      const invites = createInvitesBackend(c);
      return Math.random() < 0.5 ? invites.getCampaigns() : invites.getInviteCode("1001");
    },
    seeds: [ok("hive/campaign.json"), ok("hive/get-code.json")],
  },
  "invite redemption and progress": {
    kind: "merchant",
    call: (c) => {
      const invites = createInvitesBackend(c);
      return Math.random() < 0.5
        ? invites.redeemInviteCode("ESOJ0TOC")
        : invites.getInviteProgress("ESOJ0TOC");
    },
    seeds: [ok("hive/companion.json"), ok("hive/progress.json"), merchantError],
  },
};

/** A later page of a list that pages: empty, so that a mutated `has_more` ends at once. */
const LAST_PAGE = JSON.stringify({ items: [], has_more: false, total_items_count: 0 });

/** A fetch whose first answer is the mutated one; any later request gets a last page. */
function answering(body: string, status: number, contentType: string): typeof fetch {
  let calls = 0;
  return async () =>
    calls++ === 0
      ? new Response(body, { status, headers: { "Content-Type": contentType } })
      : new Response(LAST_PAGE, { status: 200, headers: { "Content-Type": "application/json" } });
}

const answer = (seeds: EntryPoint["seeds"]) =>
  fc.constantFrom(...seeds).chain((seed) =>
    fc.record({
      body: mutatedBody(seed.body),
      // Mostly the seed's own status; sometimes an error body as a success, or the reverse.
      status: fc.oneof(
        { weight: 4, arbitrary: fc.constant(seed.status) },
        { weight: 1, arbitrary: fc.constantFrom(200, 201, 204, 400, 401, 403, 404, 409, 422, 429) },
      ),
      contentType: fc.constantFrom("application/json", "text/html", "text/plain; charset=utf-8"),
    }),
  );

describe("every client, fed mutated vendor answers", () => {
  it.each(Object.entries(ENTRY_POINTS))(
    "%s answers a typed error or a drawable value, never a throw",
    async (_name, entry) => {
      await fc.assert(
        fc.asyncProperty(answer(entry.seeds), async ({ body, status, contentType }) => {
          const fetchImpl = answering(body, status === 204 ? 200 : status, contentType);
          let settled: unknown;
          try {
            settled = await entry.call({ ...CONFIGS[entry.kind], fetchImpl });
          } catch (thrown) {
            throw new Error(`the call threw: ${thrown}`);
          }
          const problem = answerProblem(settled);
          if (problem) throw new Error(problem);
        }),
        { numRuns: RUNS },
      );
    },
  );

  it("counts at least 10,000 cases in one run", () => {
    expect(Object.keys(ENTRY_POINTS).length * RUNS).toBeGreaterThanOrEqual(10_000);
  });
});
