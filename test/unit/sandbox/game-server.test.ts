import { describe, expect, it } from "vitest";
import { basicAuth, browserOf, expectSeedShape, fixture, sandbox, tokenRecord } from "./helpers";

const storefront = "/game/merchant/v2/projects/44056/storefront";
const tokenUrl = "/game/token";
const purchase = { virtual_items: { items: [{ sku: "sword-ember", amount: 1 }] } };

function expectMerchantError(body: unknown, status: number) {
  const seed = fixture("merchant/error-401.json");
  expect(Object.keys(body as object).sort()).toEqual(Object.keys(seed as object).sort());
  expect((body as { http_status_code: number }).http_status_code).toBe(status);
}

describe("game server session", () => {
  it("starts as the first demo player and lists the demo players and their friends", async () => {
    const browser = browserOf(sandbox());
    const { status, body, response } = await browser.get("/game/session");
    expect(status).toBe(200);
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    expect(body).toEqual({
      player: { id: "demo-player-1", name: "Aria", email: "aria@aetherfall.example" },
      players: [
        { id: "demo-player-1", name: "Aria", email: "aria@aetherfall.example" },
        { id: "demo-player-2", name: "Bram", email: "bram@aetherfall.example" },
        { id: "demo-player-3", name: "Chen", email: "chen@aetherfall.example" },
        { id: "friend-john-carter", name: "John Carter", email: "carter@aetherfall.example" },
        { id: "friend-john-smith", name: "John Smith", email: "smith@aetherfall.example" },
        { id: "friend-mei-lin", name: "Mei Lin", email: "mei.lin@aetherfall.example" },
        { id: "friend-ivan-ivanov", name: "Ivan Ivanov", email: "ivan@aetherfall.example" },
      ],
    });
  });

  it("switches players and signs out with an HttpOnly, SameSite=Lax cookie on /game", async () => {
    const browser = browserOf(sandbox());
    const switched = await browser.post("/game/session", { playerId: "demo-player-2" });
    expect(switched.body.player.id).toBe("demo-player-2");
    const cookie = switched.response.headers.get("Set-Cookie") ?? "";
    expect(cookie).toMatch(/^gs_session=[0-9a-f]{32};/);
    expect(cookie).toContain("Path=/game");
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("SameSite=Lax");
    expect((await browser.get("/game/session")).body.player.id).toBe("demo-player-2");

    await browser.signIn(null);
    expect((await browser.get("/game/session")).body.player).toBeNull();
    await browser.signIn("demo-player-3");
    expect((await browser.get("/game/session")).body.player.name).toBe("Chen");
  });

  it("keeps each browser's session to itself", async () => {
    const app = sandbox();
    const [first, second] = [browserOf(app), browserOf(app)];
    await first.signIn("demo-player-2");
    await second.signIn(null);
    expect((await first.get("/game/session")).body.player.id).toBe("demo-player-2");
    expect((await second.get("/game/session")).body.player).toBeNull();
  });

  it("refuses an unknown player, a body that is not JSON and another site's request", async () => {
    const browser = browserOf(sandbox());
    const unknown = await browser.post("/game/session", { playerId: "admin" });
    expect(unknown.status).toBe(422);
    expect(unknown.body.extended_message.property_errors.playerId).toHaveLength(1);
    const form = await browser.post("/game/session", undefined, {
      "Content-Type": "application/x-www-form-urlencoded",
    });
    expect(form.status).toBe(415);
    const crossSite = await browser.post(
      "/game/session",
      { playerId: null },
      { "Sec-Fetch-Site": "cross-site" },
    );
    expect(crossSite.status).toBe(403);
    expect((await browser.get("/game/session")).body.player.id).toBe("demo-player-1");
  });
});

describe("game server storefront reads", () => {
  const rations = `${storefront}/virtual_items/items?currency=USD&language=en&group_id=501`;
  const ration = (body: { items: { sku: string }[] }) =>
    body.items.find((item) => item.sku === "reward-daily-ration");

  it("reads as the session's player, whatever user_id the browser sends", async () => {
    const browser = browserOf(sandbox());
    const own = await browser.get(`${rations}&user_id=demo-player-2`);
    // demo-player-1 (the session) has claimed today's ration; the tampered id is ignored.
    expect(ration(own.body)).toMatchObject({
      is_free: true,
      limits: { per_user: { total: 1, available: 0 } },
    });
    const plans = await browser.get(
      `${storefront}/subscriptions?currency=USD&language=en&user_id=someone-else`,
    );
    expect(plans.body.active_user_package.id).toBe("9.99_1_months");

    await browser.signIn("demo-player-2");
    const tampered = await browser.get(`${rations}&user_id=demo-player-1`);
    expect(ration(tampered.body)).toMatchObject({ limits: { per_user: { available: 1 } } });
    const noPlan = await browser.get(
      `${storefront}/subscriptions?currency=USD&language=en&user_id=demo-player-1`,
    );
    expect(noPlan.body.active_user_package).toBeNull();
  });

  it("reads as a guest when signed out, even with a user_id", async () => {
    const browser = browserOf(sandbox());
    await browser.signIn(null);
    const { body } = await browser.get(
      `${storefront}/subscriptions?currency=USD&language=en&user_id=demo-player-1`,
    );
    expect(body.active_user_package).toBeNull();
  });
});

describe("game server token endpoint", () => {
  it("builds the seed's full token request from the session's player", async () => {
    const app = sandbox();
    const browser = browserOf(app);
    await browser.signIn("demo-player-2");
    const { status, body } = await browser.post(tokenUrl, {
      purchase,
      settings: { currency: "EUR", language: "ja" },
    });
    expect(status).toBe(200);
    expect(Object.keys(body)).toEqual(["token"]);
    expect(body.token).toMatch(/^[A-Za-z0-9]{32}$/);
    const record = await tokenRecord(app, body.token);
    expect(record).toMatchObject({
      kind: "merchant",
      sandbox: true,
      projectId: 44056,
      size: "medium",
      currency: "EUR",
      language: "ja",
      user: {
        id: "demo-player-2",
        name: "Bram",
        email: "bram@aetherfall.example",
        country: "DE",
      },
      purchase: { currency: "EUR", items: [{ sku: "sword-ember", quantity: 1 }] },
      customParameters: { source: "storefront-widget" },
    });
  });

  it("ignores who the browser says is buying", async () => {
    const app = sandbox();
    const browser = browserOf(app);
    await browser.signIn("demo-player-3");
    const { status, body } = await browser.post(`${tokenUrl}?user_id=demo-player-1`, {
      purchase: {
        ...purchase,
        gift: {
          giver_id: "demo-player-1",
          message: "GG",
          friends: [{ id: "demo-player-2", name: "Bram" }],
        },
      },
      settings: { currency: "USD", language: "en", project_id: 5000 },
      user: { id: { value: "demo-player-1" }, email: { value: "attacker@example.com" } },
      user_id: "demo-player-1",
      custom_parameters: { admin: true },
    });
    expect(status).toBe(200);
    const record = await tokenRecord(app, body.token);
    expect(record.user).toEqual({
      id: "demo-player-3",
      name: "Chen",
      email: "chen@aetherfall.example",
      country: "CN",
    });
    expect(record.projectId).toBe(44056);
    expect(record.gift).toMatchObject({
      giverId: "demo-player-3",
      friends: [{ id: "demo-player-2" }],
    });
    expect(record.customParameters).not.toHaveProperty("admin");
  });

  it("takes only what to buy from the browser, never a checkout amount or a description", async () => {
    const app = sandbox();
    const browser = browserOf(app);
    const { status, body } = await browser.post(tokenUrl, {
      purchase: {
        ...purchase,
        checkout: { amount: 0.01, currency: "USD" },
        description: { value: "Everything for a cent" },
      },
      settings: { currency: "USD", language: "en" },
    });
    expect(status).toBe(200);
    const record = await tokenRecord(app, body.token);
    expect(record.purchase.items.map((line: { type: string }) => line.type)).not.toContain(
      "checkout",
    );
    expect(record.purchase.description).not.toBe("Everything for a cent");
  });

  it("answers 401 'Sign in to buy' when signed out", async () => {
    const browser = browserOf(sandbox());
    await browser.signIn(null);
    const { status, body } = await browser.post(tokenUrl, { purchase, settings: {} });
    expect(status).toBe(401);
    expectMerchantError(body, 401);
    expect(body.message).toBe("Sign in to buy");
  });

  it("answers 415 without a JSON content type and 400 for a body that is not an object", async () => {
    const browser = browserOf(sandbox());
    const text = await browser.request(tokenUrl, {
      method: "POST",
      headers: { "Content-Type": "text/plain" },
      body: JSON.stringify({ purchase }),
    });
    expect(text.status).toBe(415);
    expectMerchantError(await text.json(), 415);
    const list = await browser.post(tokenUrl, [purchase]);
    expect(list.status).toBe(400);
    expectMerchantError(list.body, 400);
  });

  it("passes the vendor's 422 through unchanged", async () => {
    const browser = browserOf(sandbox());
    const { status, body } = await browser.post(tokenUrl, {
      purchase: { virtual_items: { items: [{ sku: "sword-training", amount: 1 }] } },
      settings: { currency: 5 },
    });
    expect(status).toBe(422);
    expectMerchantError(body, 422);
    expect(body.extended_message.property_errors).toEqual({
      "settings.currency": ["integer value found, but a string is required"],
    });
    const free = await browser.post(tokenUrl, {
      purchase: { virtual_items: { items: [{ sku: "sword-training", amount: 1 }] } },
    });
    expect(free.status).toBe(422);
    expect(Object.keys(free.body.extended_message.property_errors)).toEqual([
      "purchase.virtual_items.items[0].sku",
    ]);
  });
});

describe("game server wallet", () => {
  const wallet = "/game/merchant/v2/projects/44056/users/me";

  it("answers the session player's wallet user and items", async () => {
    const browser = browserOf(sandbox());
    const { status, body } = await browser.get(`${wallet}?user_id=demo-player-2`);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      user_id: "demo-player-1",
      user_name: "Aria",
      email: "aria@aetherfall.example",
      balance: 1000,
      wallet_amount: 0,
      wallet_currency: "USD",
      enabled: true,
    });
    const items = await browser.get(`${wallet}/virtual_items?offset=0&limit=10`);
    expect(items.body).toEqual([
      { id: expect.any(Number), sku: "elixir-phoenix", quantity: 1 },
      { id: expect.any(Number), sku: "reward-daily-ration", quantity: 1 },
    ]);

    await browser.signIn("demo-player-2");
    expect((await browser.get(wallet)).body).toMatchObject({
      user_id: "demo-player-2",
      balance: 0,
    });
    expect((await browser.get(`${wallet}/virtual_items`)).body).toEqual([]);
  });

  it("answers 401 when signed out", async () => {
    const browser = browserOf(sandbox());
    await browser.signIn(null);
    for (const path of [wallet, `${wallet}/virtual_items`]) {
      const { status, body } = await browser.get(path);
      expect(status, path).toBe(401);
      expectMerchantError(body, 401);
    }
  });

  it("is the vendor's wallet call, which needs the merchant's credentials", async () => {
    const app = sandbox();
    const direct = await app.request("/vendor/merchant/v2/projects/44056/users/demo-player-1");
    expect(direct.status).toBe(401);
    const vendor = await app.request("/vendor/merchant/v2/projects/44056/users/demo-player-1", {
      headers: basicAuth,
    });
    expectSeedShape(await vendor.json(), {
      user_id: "",
      user_name: "",
      user_custom: null,
      email: "",
      register_date: "",
      balance: 0,
      wallet_amount: 0,
      wallet_currency: "",
      enabled: true,
    });
    const stranger = await app.request("/vendor/merchant/v2/projects/44056/users/nobody", {
      headers: basicAuth,
    });
    expect(stranger.status).toBe(404);
  });
});
