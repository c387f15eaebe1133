import { describe, expect, it } from "vitest";
import type { BackendConfig, BackendKind } from "../../../src/api/backend";
import { createRewardChainsBackend } from "../../../src/api/reward-chains";
import {
  ContributorsSchema,
  RewardChainsPageSchema,
  ValuePointSchema,
} from "../../../src/api/reward-chains-schemas";
import { toItem } from "../../../src/api/xsolla/adapt";
import { XsollaItemSchema } from "../../../src/api/xsolla/schemas";
import { fakeFetch, fixture, type Handler, json, text } from "./fake-fetch";

const list = fixture("xsolla/reward-chains/list.json") as {
  items: Record<string, unknown>[];
};
const balance = fixture("xsolla/reward-chains/balance.json");
const clanBalance = fixture("xsolla/reward-chains/balance-clan.json");
const contributors = fixture("xsolla/reward-chains/contributors.json");

const BASES: Record<BackendKind, string> = {
  xsolla: "https://store.xsolla.com/api",
  merchant: "https://game.example.com/game",
};

function setup(kind: BackendKind, handler: Handler, overrides: Partial<BackendConfig> = {}) {
  const fetchImpl = fakeFetch(handler);
  const backend = createRewardChainsBackend(kind, {
    apiBase: BASES[kind],
    projectId: "44056",
    currency: "USD",
    locale: "en-US",
    ...(kind === "xsolla" ? { userToken: "jwt-1" } : { userId: "p1" }),
    fetchImpl,
    ...overrides,
  } as BackendConfig);
  return { backend, fetchImpl };
}

/** The vendor's example chains, served on the Store API's paths. */
const store: Handler = (url, request) => {
  const path = url.pathname;
  if (path.endsWith("/user/reward_chain")) return json(list);
  if (path.endsWith("/reward_chain/12/balance")) return json(clanBalance);
  if (path.endsWith("/balance")) return json(balance);
  if (path.includes("/clan/contributors/")) return json(contributors);
  if (path.endsWith("/claim") && request.method === "POST")
    return new Response(null, { status: 204 });
  return json({ statusCode: 404, errorCode: 0, errorMessage: "no route" }, 404);
};

describe("reward chain schemas", () => {
  it.each([
    ["chain list", RewardChainsPageSchema, list],
    ["balance", ValuePointSchema, balance],
    ["clan balance", ValuePointSchema, clanBalance],
    ["top contributors", ContributorsSchema, contributors],
    ["no contributors", ContributorsSchema, fixture("xsolla/reward-chains/contributors-none.json")],
  ])("parses the vendor's %s example", (_name, schema, body) => {
    expect(schema.safeParse(body).success).toBe(true);
  });
});

describe.each(["xsolla", "merchant"] as const)("the %s backend's reward chains", (kind) => {
  it("maps the vendor's chains: dates in both forms, clan chains, steps by price", async () => {
    const { backend } = setup(kind, store);
    const result = await backend.getRewardChains();
    if (!result.ok) throw new Error(result.error.kind);
    const [weekly, clan] = result.value;
    expect(weekly).toMatchObject({
      id: 10,
      name: "Weekly quest",
      description: "Big weekly quest",
      imageUrl: "https://cdn.xsolla.net/img/misc/images/5c3b8b45c5be5fe7803e59fbc8041be4.png",
      startsAt: new Date("2023-04-15T18:16:00+05:00"),
      endsAt: new Date("2023-04-25T18:16:00+05:00"),
      // A Unix time in seconds in the vendor's example.
      resetsAt: new Date(1746057600 * 1000),
      valuePoint: { sku: "com.xsolla.value_point_1", name: "Value point" },
      clanType: null,
      topContributors: [],
    });
    expect(weekly?.steps.map((step) => [step.id, step.price, step.claimed])).toEqual([
      [1, 100, true],
      [2, 200, false],
    ]);
    expect(weekly?.steps[0]?.rewards[0]).toEqual({
      sku: "com.xsolla.box_1",
      name: "Super box",
      imageUrl: "https://cdn3.xsolla.com/img/misc/images/54c0cf9d345817cdacfdde198db178e0.jpg",
      quantity: 1,
    });
    expect(clan).toMatchObject({ id: 12, clanType: "guild" });
    expect(clan?.topContributors[0]).toEqual({ name: "Rabbit", amount: 100 });
  });

  it("reads the balance, the clan's balance and the top contributors", async () => {
    const { backend } = setup(kind, store);
    expect(await backend.getRewardChainBalance(10)).toEqual({
      ok: true,
      value: {
        sku: "com.xsolla.value_point_1",
        name: "Value point",
        imageUrl: "https://cdn3.xsolla.com/img/misc/images/54c0cf9d345817cdacfdde198db178e0.jpg",
        amount: 130,
        isClan: false,
      },
    });
    const clan = await backend.getRewardChainBalance(12);
    expect(clan.ok && clan.value.isClan).toBe(true);
    expect(await backend.getClanContributors(12)).toEqual({
      ok: true,
      value: [
        { name: "winner", amount: 555 },
        { name: "Rocket", amount: 398 },
        { name: "MrJoe", amount: 201 },
        { name: "beginner", amount: 1 },
      ],
    });
  });

  it("calls the Store API's paths below its base, with the token on xsolla only", async () => {
    const { backend, fetchImpl } = setup(kind, store);
    await backend.getRewardChains();
    await backend.getRewardChainBalance(10);
    await backend.claimRewardStep(10, 2);
    await backend.getClanContributors(12);
    const base = `${BASES[kind]}/v2/project/44056/user`;
    expect(fetchImpl.seen.map((r) => `${r.method} ${r.url.href}`)).toEqual([
      `GET ${base}/reward_chain?limit=50&offset=0`,
      `GET ${base}/reward_chain/10/balance`,
      `POST ${base}/reward_chain/10/step/2/claim`,
      `GET ${base}/clan/contributors/12/top`,
    ]);
    for (const request of fetchImpl.seen) {
      expect(request.headers.Authorization).toBe(kind === "xsolla" ? "Bearer jwt-1" : undefined);
      expect(request.body).toBeUndefined();
    }
  });

  it("claims a step with a 204 and no body", async () => {
    const { backend } = setup(kind, store);
    expect(await backend.claimRewardStep(10, 2)).toEqual({ ok: true, value: undefined });
  });

  it("reads every page while the server says there are more", async () => {
    const chain = list.items[0] as Record<string, unknown>;
    const { backend, fetchImpl } = setup(kind, (url) => {
      const offset = Number(url.searchParams.get("offset"));
      const items = Array.from({ length: offset < 100 ? 50 : 3 }, (_, i) => ({
        ...chain,
        reward_chain_id: offset + i + 1,
      }));
      return json({ has_more: offset < 100, total_items_count: 103, items });
    });
    const result = await backend.getRewardChains();
    expect(result.ok && result.value.length).toBe(103);
    expect(fetchImpl.seen.map((r) => r.url.searchParams.get("offset"))).toEqual(["0", "50", "100"]);
  });

  it.each([
    ["claim-404-9911.json", 404, "no-such-step"],
    ["claim-422-9912.json", 422, "already-claimed"],
    ["claim-422-9913.json", 422, "not-enough-points"],
  ])("gives the refusal %s its reason", async (file, status, reason) => {
    const body = fixture(`xsolla/reward-chains/${file}`);
    const { backend } = setup(kind, () => json(body, status));
    const result = await backend.claimRewardStep(10, 2);
    expect(result).toEqual({
      ok: false,
      error: expect.objectContaining({ kind: "http", status, reason }),
    });
  });

  it("reads a 401 as an http error without a reason", async () => {
    const { backend } = setup(kind, () =>
      json(fixture("xsolla/reward-chains/error-401.json"), 401),
    );
    const result = await backend.getRewardChainBalance(10);
    expect(result.ok ? null : result.error).toMatchObject({
      kind: "http",
      status: 401,
      code: "1501",
    });
    expect(result.ok ? null : result.error.reason).toBeUndefined();
  });

  it.each([
    ["a chain without steps", { has_more: false, items: [{ reward_chain_id: 1, name: "x" }] }],
    ["steps without prices", { items: [{ ...list.items[0], steps: [{ step_id: 1 }] }] }],
    ["not a list", { items: "nope" }],
  ])("turns %s into an invalid-response error", async (_name, body) => {
    const { backend } = setup(kind, () => json(body));
    const result = await backend.getRewardChains();
    expect(result.ok ? null : result.error.kind).toBe("invalid-response");
  });

  it("turns a page that is not JSON into an invalid-response error", async () => {
    const { backend } = setup(kind, () => text("<html>oops</html>"));
    const result = await backend.getRewardChainBalance(10);
    expect(result.ok ? null : result.error.kind).toBe("invalid-response");
  });

  it("accepts localized names, protocol-relative pictures and numeric strings", async () => {
    const { backend } = setup(kind, () =>
      json({
        has_more: false,
        items: [
          {
            ...list.items[0],
            name: { en: "Weekly quest", ja: "週間クエスト" },
            description: null,
            image_url: "//cdn.example.com/chain.png",
            date_end: null,
            recurrent_schedule: { interval_type: "weekly", reset_next_date: "1746057600" },
            value_point: { sku: "star", name: { en: "Star Points" }, image_url: null },
            steps: [
              { step_id: 2, name: "Two", price: { amount: "200" }, is_claimed: false, reward: [] },
              { step_id: 1, name: "One", price: { amount: 50 }, image_url: null, reward: null },
            ],
          },
        ],
      }),
    );
    const result = await backend.getRewardChains();
    if (!result.ok) throw new Error(result.error.kind);
    expect(result.value[0]).toMatchObject({
      name: "Weekly quest",
      description: null,
      imageUrl: "https://cdn.example.com/chain.png",
      endsAt: null,
      resetsAt: new Date(1746057600 * 1000),
      valuePoint: { sku: "star", name: "Star Points", imageUrl: null },
    });
    expect(result.value[0]?.steps.map((step) => step.id)).toEqual([1, 2]);
  });
});

it("says who is signed in: the token on xsolla, the player id on merchant", () => {
  expect(setup("xsolla", store, { userToken: undefined }).backend.signedIn).toBe(false);
  expect(setup("xsolla", store).backend.signedIn).toBe(true);
  expect(setup("merchant", store, { userId: undefined }).backend.signedIn).toBe(false);
  expect(setup("merchant", store).backend.signedIn).toBe(true);
});

it("maps an item's value points from the vendor's example, the clan's too", () => {
  const game = fixture("xsolla/game-item-vp-rewards.json") as {
    unit_items: { vp_rewards: unknown }[];
  };
  const wire = XsollaItemSchema.parse({
    sku: "sword",
    name: "Sword",
    vp_rewards: game.unit_items[0]?.vp_rewards,
  });
  expect(toItem(wire, "en").vpRewards).toEqual([
    {
      sku: "com.xsolla.value_point_1",
      name: "Value point",
      imageUrl: "https://cdn3.xsolla.com/img/misc/images/54c0cf9d345817cdacfdde198db178e0.jpg",
      amount: 130,
      isClan: false,
    },
    {
      sku: "com.xsolla.clan_value_point_1",
      name: "Clan Reward VP 1",
      imageUrl: "https://cdn3.xsolla.com/img/misc/images/54c0cf9d345817cdacfdde198db178e0.jpg",
      amount: 50,
      isClan: true,
    },
  ]);
  // A list in a shape we do not know shows no points and keeps the item.
  expect(toItem(XsollaItemSchema.parse({ sku: "a", vp_rewards: "?" }), "en").vpRewards).toEqual([]);
});
