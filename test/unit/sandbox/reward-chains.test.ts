import { describe, expect, it } from "vitest";
import { createSandboxApp } from "../../../demo/sandbox/app";
import { parseFaultSpec } from "../../../demo/sandbox/testing/faults";
import { browserOf, NOW, payWithCard, sandbox } from "./helpers";

type App = ReturnType<typeof sandbox>;

const store = "/store/api/v2/project/44056";
const game = "/game/v2/project/44056";
const bearer = (player: string) => ({ Authorization: `Bearer ${player}-token` });
const wallet = "/game/merchant/v2/projects/44056/users/me";

async function storeCall(app: App, path: string, player: string | null, method = "GET") {
  const response = await app.request(`${store}${path}`, {
    method,
    headers: player ? bearer(player) : {},
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

const balance = async (app: App, player: string, chain: number) =>
  (await storeCall(app, `/user/reward_chain/${chain}/balance`, player)).body.amount;

const claim = (app: App, player: string, chain: number, step: number | string) =>
  storeCall(app, `/user/reward_chain/${chain}/step/${step}/claim`, player, "POST");

async function addPoints(app: App, user: string, sku: string, amount: number) {
  const response = await app.request("/__sandbox/value-points", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ user, sku, amount }),
  });
  return { status: response.status, body: await response.json() };
}

describe("the Store API's reward chains", () => {
  it("lists the three running chains in the vendor's shape, paged with limit and offset", async () => {
    const app = sandbox();
    const first = await storeCall(app, "/user/reward_chain?limit=2&offset=0", "test-rc-list");
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ has_more: true, total_items_count: 3 });
    expect(first.body.items.map((chain: { name: string }) => chain.name)).toEqual([
      "Starfall Trail",
      "Rift Patrol",
    ]);
    const rest = await storeCall(app, "/user/reward_chain?limit=2&offset=2", "test-rc-list");
    expect(rest.body).toMatchObject({ has_more: false, total_items_count: 3 });
    const [clan] = rest.body.items;
    expect(Object.keys(clan).sort()).toEqual(
      [
        "reward_chain_id",
        "name",
        "description",
        "long_description",
        "image_url",
        "order",
        "date_start",
        "date_end",
        "value_point",
        "clan_type",
        "top_contributors",
        "steps",
        "recurrent_schedule",
        "popup_header",
        "popup_instruction",
        "popup_image_url",
      ].sort(),
    );
    expect(clan).toMatchObject({
      reward_chain_id: 103,
      clan_type: "guild",
      value_point: { sku: "guild-crests", name: "Guild Crests", amount: 850, is_clan: true },
      top_contributors: [
        { name: "Rabbit", contributed_amount: 420 },
        { name: "Rocket", contributed_amount: 310 },
        { name: "Rain", contributed_amount: 120 },
      ],
      popup_header: { en: "How to unlock guild rewards" },
    });
    expect(Object.keys(clan.steps[0].reward[0]).sort()).toEqual(
      ["sku", "name", "type", "description", "image_url", "quantity"].sort(),
    );
  });

  it("gives a fresh player no points, the Star chain's dates and steps by price", async () => {
    const app = sandbox();
    const { body } = await storeCall(app, "/user/reward_chain", "test-rc-fresh");
    const [star, patrol] = body.items;
    expect(star).toMatchObject({
      reward_chain_id: 101,
      date_end: new Date(NOW + (2 * 24 + 7) * 3_600_000).toISOString().replace(".000Z", "+00:00"),
      recurrent_schedule: null,
      clan_type: null,
      top_contributors: [],
      value_point: {
        sku: "star-points",
        name: "Star Points",
        amount: 0,
        description: expect.any(String),
      },
    });
    expect(
      star.steps.map((s: { name: string; price: { amount: number } }) => [s.name, s.price.amount]),
    ).toEqual([
      ["First Spark", 50],
      ["Rising Star", 150],
      ["Shooting Star", 300],
      ["Supernova", 600],
    ]);
    expect(star.steps[0]).toMatchObject({
      step_id: 1,
      is_claimed: false,
      reward: [{ sku: "potion-health", name: "Health Potion", type: "virtual_good", quantity: 3 }],
    });
    expect(patrol).toMatchObject({
      date_end: null,
      recurrent_schedule: { interval_type: "weekly", reset_next_date: expect.any(Number) },
    });
    // Unix seconds, on a Monday at 00:00 UTC, within the coming week.
    const reset = patrol.recurrent_schedule.reset_next_date * 1000;
    expect(new Date(reset).getUTCDay()).toBe(1);
    expect(reset - NOW).toBeGreaterThan(0);
    expect(reset - NOW).toBeLessThanOrEqual(7 * 86_400_000);
  });

  it("answers a chain's balance, a clan's with is_clan", async () => {
    const app = sandbox();
    const own = await storeCall(app, "/user/reward_chain/101/balance", "test-rc-balance");
    expect(own.body).toEqual({
      sku: "star-points",
      name: "Star Points",
      image_url: expect.stringMatching(/\/images\/vp\/star-points\.svg$/),
      description: expect.any(String),
      long_description: null,
      amount: 0,
      is_clan: false,
    });
    const clan = await storeCall(app, "/user/reward_chain/103/balance", "test-rc-balance");
    expect(clan.body).toMatchObject({ sku: "guild-crests", amount: 850, is_clan: true });
    const unknown = await storeCall(app, "/user/reward_chain/999/balance", "test-rc-balance");
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ statusCode: 404, errorCode: 9911 });
  });

  it("refuses every reward-chain call without a token: 401 errorCode 1501", async () => {
    const app = sandbox();
    for (const [path, method] of [
      ["/user/reward_chain", "GET"],
      ["/user/reward_chain/101/balance", "GET"],
      ["/user/reward_chain/101/step/1/claim", "POST"],
      ["/user/clan/contributors/103/top", "GET"],
    ] as const) {
      const answer = await storeCall(app, path, null, method);
      expect(answer.status, path).toBe(401);
      expect(answer.body, path).toMatchObject({ statusCode: 401, errorCode: 1501 });
    }
  });

  it("claims a ready step once (204), its rewards in the inventory; 9913, 9912 and 9911", async () => {
    const app = sandbox();
    const player = "test-rc-claim";
    const short = await claim(app, player, 101, 1);
    expect(short.status).toBe(422);
    expect(short.body).toMatchObject({
      errorCode: 9913,
      errorMessage: "[0401-9913]: Not enough value points to claim step reward.",
    });

    expect((await addPoints(app, player, "star-points", 50)).body).toEqual({
      user: player,
      sku: "star-points",
      amount: 50,
    });
    const claimed = await claim(app, player, 101, 1);
    expect(claimed).toEqual({ status: 204, body: null });
    const again = await claim(app, player, 101, 1);
    expect(again.status).toBe(422);
    expect(again.body).toMatchObject({
      errorCode: 9912,
      errorMessage: "[0401-9912]: Reward already claimed.",
    });
    for (const [chain, step] of [
      [101, 9],
      [999, 1],
      [101, "x"],
    ] as const) {
      const missing = await claim(app, player, chain, step);
      expect(missing.status).toBe(404);
      expect(missing.body).toMatchObject({ errorCode: 9911 });
    }

    // Claiming takes no points; the step shows claimed; the reward is the player's.
    expect(await balance(app, player, 101)).toBe(50);
    const list = await storeCall(app, "/user/reward_chain", player);
    expect(list.body.items[0].steps[0].is_claimed).toBe(true);
    const browser = browserOf(app);
    await browser.signIn(player);
    expect((await browser.get(`${wallet}/virtual_items`)).body).toEqual([
      { id: expect.any(Number), sku: "potion-health", quantity: 3 },
    ]);
    // The claim is an order, "done", and the game server hears of it.
    const orders = await (await app.request(`/__sandbox/orders?user=${player}`)).json();
    expect(orders).toEqual([
      expect.objectContaining({
        status: "done",
        payment: "free",
        items: [expect.objectContaining({ sku: "potion-health", quantity: 3 })],
      }),
    ]);
  });

  it("lists a clan chain's top contributors, the player's own share among them", async () => {
    const app = sandbox();
    await addPoints(app, "test-rc-clan", "guild-crests", 330);
    const top = await storeCall(app, "/user/clan/contributors/103/top", "test-rc-clan");
    expect(top.body).toEqual([
      { name: "Rabbit", contributed_amount: 420 },
      { name: "Test Player", contributed_amount: 330 },
      { name: "Rocket", contributed_amount: 310 },
      { name: "Rain", contributed_amount: 120 },
    ]);
    expect(await balance(app, "test-rc-clan", 103)).toBe(1180);
    // Another test player's guild is their own: the points above are not theirs.
    expect(await balance(app, "test-rc-other", 103)).toBe(850);
    expect((await claim(app, "test-rc-clan", 103, 2)).status).toBe(204);
    const notClan = await storeCall(app, "/user/clan/contributors/101/top", "test-rc-clan");
    expect(notClan.body).toEqual([]);
  });

  it("starts a weekly chain again at reset_next_date: no points, nothing claimed", async () => {
    let now = NOW;
    const app = createSandboxApp({ now: () => now });
    const player = "test-rc-weekly";
    await addPoints(app, player, "patrol-marks", 30);
    expect((await claim(app, player, 102, 1)).status).toBe(204);
    const before = (await storeCall(app, "/user/reward_chain", player)).body.items[1];
    expect(before.steps[0].is_claimed).toBe(true);

    now = before.recurrent_schedule.reset_next_date * 1000;
    const list = (await storeCall(app, "/user/reward_chain", player)).body;
    const after = list.items.find(
      (chain: { reward_chain_id: number }) => chain.reward_chain_id === 102,
    );
    expect(after.value_point.amount).toBe(0);
    expect(after.steps[0].is_claimed).toBe(false);
    expect(after.recurrent_schedule.reset_next_date).toBe(
      before.recurrent_schedule.reset_next_date + 7 * 86_400,
    );
    // By then the Starfall Trail has ended: it is no longer listed, and its calls answer 9911.
    expect(list.items.map((chain: { reward_chain_id: number }) => chain.reward_chain_id)).toEqual([
      102, 103,
    ]);
    expect((await claim(app, player, 101, 1)).body).toMatchObject({ errorCode: 9911 });
  });
});

describe("value points from purchases", () => {
  it("adds an item's vp_rewards paid through Pay Station on the Store API", async () => {
    const app = sandbox();
    const player = "test-rc-store-pay";
    const response = await app.request(`${store}/payment/item/sword-ember`, {
      method: "POST",
      headers: { "Content-Type": "application/json", ...bearer(player) },
      body: JSON.stringify({ sandbox: true }),
    });
    const body = await response.json();
    expect(await balance(app, player, 101)).toBe(0);
    await payWithCard(app, body.token);
    expect(await balance(app, player, 101)).toBe(50);
  });

  it("adds points for a gold purchase, a free claim and a currency package", async () => {
    const app = sandbox();
    const gold = await app.request(`${store}/payment/item/bow-hunter/virtual/gold`, {
      method: "POST",
      headers: { "Content-Type": "application/json", ...bearer("demo-player-1") },
    });
    expect(gold.status).toBe(200);
    // The demo player starts with 160 Star Points and 30 Patrol Marks.
    expect(await balance(app, "demo-player-1", 101)).toBe(190);
    expect(await balance(app, "demo-player-1", 102)).toBe(50);

    const free = await app.request(`${store}/free/item/reward-daily-ration`, {
      method: "POST",
      headers: { "Content-Type": "application/json", ...bearer("test-rc-free") },
    });
    expect(free.status).toBe(200);
    expect(await balance(app, "test-rc-free", 102)).toBe(5);

    const pack = await app.request(`${store}/payment/item/gold-1200`, {
      method: "POST",
      headers: { "Content-Type": "application/json", ...bearer("test-rc-pack") },
    });
    await payWithCard(app, (await pack.json()).token);
    expect(await balance(app, "test-rc-pack", 101)).toBe(150);
    expect(await balance(app, "test-rc-pack", 103)).toBe(900);
  });

  it("shows vp_rewards on both backends' items and packages", async () => {
    const app = sandbox();
    const swords = await (await app.request(`${store}/items/virtual_items/group/swords`)).json();
    const ember = swords.items.find((item: { sku: string }) => item.sku === "sword-ember");
    expect(ember.vp_rewards).toEqual([
      {
        item_id: expect.any(Number),
        sku: "star-points",
        amount: 50,
        name: "Star Points",
        image_url: expect.stringMatching(/\/images\/vp\/star-points\.svg$/),
        is_clan: false,
      },
    ]);
    const packs = await (await app.request(`${store}/items/virtual_currency/package`)).json();
    expect(packs.items.find((p: { sku: string }) => p.sku === "gold-500").vp_rewards).toMatchObject(
      [{ sku: "star-points", amount: 60 }],
    );
    const browser = browserOf(app);
    const merchant = await browser.get(
      "/game/merchant/v2/projects/44056/storefront/virtual_items/items?group_id=102&currency=USD&language=en",
    );
    const merchantEmber = merchant.body.items.find(
      (item: { sku: string }) => item.sku === "sword-ember",
    );
    expect(merchantEmber.vp_rewards).toMatchObject([
      { sku: "star-points", amount: 50, is_clan: false },
    ]);
  });
});

describe("the game server's reward chains (merchant backend)", () => {
  it("proxies the four calls for its session's player, points from a paid merchant purchase", async () => {
    const app = sandbox();
    const browser = browserOf(app);
    const player = "test-rc-merchant";
    await browser.signIn(player);
    expect((await browser.get(`${game}/user/reward_chain/101/balance`)).body.amount).toBe(0);

    const { body } = await browser.post("/game/token", {
      purchase: { virtual_items: { items: [{ sku: "sword-ember", amount: 1 }] } },
      settings: { currency: "USD", language: "en" },
    });
    await payWithCard(app, body.token);
    expect((await browser.get(`${game}/user/reward_chain/101/balance`)).body.amount).toBe(50);

    const list = await browser.get(`${game}/user/reward_chain?limit=1&offset=0`);
    expect(list.body).toMatchObject({ has_more: true, total_items_count: 3 });
    expect(list.body.items[0].steps[0]).toMatchObject({ name: "First Spark", is_claimed: false });

    const claimed = await browser.post(`${game}/user/reward_chain/101/step/1/claim`);
    expect(claimed.status).toBe(204);
    const again = await browser.post(`${game}/user/reward_chain/101/step/1/claim`);
    expect(again.body).toMatchObject({ statusCode: 422, errorCode: 9912 });
    const short = await browser.post(`${game}/user/reward_chain/101/step/2/claim`);
    expect(short.body).toMatchObject({ statusCode: 422, errorCode: 9913 });
    const items = (await browser.get(`${wallet}/virtual_items`)).body;
    expect(items).toEqual(
      expect.arrayContaining([{ id: expect.any(Number), sku: "potion-health", quantity: 3 }]),
    );

    const top = await browser.get(`${game}/user/clan/contributors/103/top`);
    expect(top.body[0]).toEqual({ name: "Rabbit", contributed_amount: 420 });
  });

  it("answers a signed-out browser with the Store's 401 errorCode 1501", async () => {
    const app = sandbox();
    const browser = browserOf(app);
    await browser.signIn(null);
    const list = await browser.get(`${game}/user/reward_chain`);
    expect(list.status).toBe(401);
    expect(list.body).toMatchObject({ statusCode: 401, errorCode: 1501 });
    const claimed = await browser.post(`${game}/user/reward_chain/101/step/1/claim`);
    expect(claimed.body).toMatchObject({ errorCode: 1501 });
  });
});

describe("reward-chain faults", () => {
  it("breaks one chain's balance with reward_balance_{id}, every balance with reward_balance", async () => {
    const app = sandbox();
    const headers = bearer("test-rc-faults");
    const one = "/faults/reward_balance_102=500";
    expect(
      (await app.request(`${one}${store}/user/reward_chain/102/balance`, { headers })).status,
    ).toBe(500);
    expect(
      (await app.request(`${one}${store}/user/reward_chain/101/balance`, { headers })).status,
    ).toBe(200);
    expect((await app.request(`${one}${store}/user/reward_chain`, { headers })).status).toBe(200);
    const every = "/faults/reward_balance=404";
    const missing = await app.request(`${every}${store}/user/reward_chain/101/balance`, {
      headers,
    });
    expect(await missing.json()).toMatchObject({ statusCode: 404, errorCode: 9911 });
    const list = await app.request(`/faults/rewards=wrongshape${store}/user/reward_chain`, {
      headers,
    });
    expect((await list.json()).has_more).toBe("no");
    const browser = browserOf(app);
    await browser.signIn("test-rc-faults");
    const top = await browser.get(
      `/faults/contributors=empty${game}/user/clan/contributors/103/top`,
    );
    expect(top.body).toEqual([]);
  });

  it("parses one chain's balance fault, refusing it twice or with an unknown kind", () => {
    expect(parseFaultSpec("reward_balance_102=500,rewards=slow")).toEqual({
      ok: true,
      faults: { chainBalance: { 102: "500" }, rewards: "slow" },
    });
    expect(parseFaultSpec("reward_balance_102=500,reward_balance_102=404").ok).toBe(false);
    expect(parseFaultSpec("reward_balance_102=boom").ok).toBe(false);
  });

  it("refuses the hook's unknown players, value points and amounts", async () => {
    const app = sandbox();
    expect((await addPoints(app, "stranger", "star-points", 5)).status).toBe(422);
    expect((await addPoints(app, "test-rc-hook", "gems", 5)).status).toBe(422);
    expect((await addPoints(app, "test-rc-hook", "star-points", 1.5)).status).toBe(422);
    expect((await addPoints(app, "test-rc-hook", "star-points", -5)).body.amount).toBe(0);
  });
});
