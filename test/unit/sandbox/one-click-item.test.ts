import { describe, expect, it } from "vitest";
import { getCatalog, groupsOfItem } from "../../../demo/sandbox/data/catalog";
import { DEMO_USER_START_BALANCE } from "../../../demo/sandbox/data/players";
import { createGameServer } from "../../../demo/sandbox/game-server";
import { basicAuth, browserOf, fixture, sandbox } from "./helpers";

type App = ReturnType<typeof sandbox>;

const vendor = "/vendor/merchant/v2/projects/44056/users";
const game = "/game/merchant/v2/projects/44056/users/me";
const seedErrorShape = fixture("merchant/error-401.json") as object;

async function vendorCall(app: App, path: string, init: RequestInit = {}) {
  const headers = { ...basicAuth, "Content-Type": "application/json", ...init.headers };
  const response = await app.request(`${vendor}${path}`, { ...init, headers });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

const add = (app: App, userId: string, body: unknown, headers: Record<string, string> = {}) =>
  vendorCall(app, `/${userId}/virtual_items/add`, {
    method: "POST",
    body: typeof body === "string" ? body : JSON.stringify(body),
    headers,
  });

const owned = async (app: App, userId: string) =>
  Object.fromEntries(
    (
      (await vendorCall(app, `/${userId}/virtual_items`)).body as {
        sku: string;
        quantity: number;
      }[]
    ).map(({ sku, quantity }) => [sku, quantity]),
  );

const operationsOf = async (app: App, userId: string) =>
  (await vendorCall(app, `/${userId}/transactions`)).body as Record<string, unknown>[];

const balanceOf = async (app: App, userId: string) =>
  (await vendorCall(app, `/${userId}`)).body.balance as number;

/** The widget's proposal for one item, as it sends it for a token. */
const proposal = (sku: string, currency = "USD") => ({
  purchase: { virtual_items: { items: [{ sku, amount: 1 }] } },
  settings: { currency, language: "en" },
});

function expectMerchantError(body: unknown, status: number) {
  expect(Object.keys(body as object).sort()).toEqual(Object.keys(seedErrorShape).sort());
  expect(body).toMatchObject({ http_status_code: status });
}

describe("the vendor's add items to a user (seed ~8117)", () => {
  it("takes the seed's body, answers 204 with no body, and the player owns the items", async () => {
    const app = sandbox();
    const answer = await add(app, "demo-player-1", {
      virtual_items: [{ virtual_item: { sku: "bow-elven" }, amount: 2 }],
    });
    expect(answer).toEqual({ status: 204, body: null });
    expect((await owned(app, "demo-player-1"))["bow-elven"]).toBe(2);
  });

  it("counts added items against their per-player limit, as the storefront then shows", async () => {
    const app = sandbox();
    await add(app, "demo-player-1", {
      virtual_items: [{ virtual_item: { sku: "elixir-phoenix" }, amount: 2 }],
    });
    const catalog = getCatalog(44056);
    const elixirItem = catalog?.items.find((item) => item.sku === "elixir-phoenix");
    const group = catalog && elixirItem ? groupsOfItem(catalog, elixirItem)[0] : undefined;
    const items = await app.request(
      `/vendor/merchant/v2/projects/44056/storefront/virtual_items/items?group_id=${group?.id}&user_id=demo-player-1&currency=USD&language=en`,
      { headers: basicAuth },
    );
    const found = ((await items.json()) as { items: { sku: string; limits: unknown }[] }).items;
    expect(found.find((item) => item.sku === "elixir-phoenix")?.limits).toEqual({
      per_user: { total: 3, available: 0 },
    });
    expect((await owned(app, "demo-player-1"))["elixir-phoenix"]).toBe(3);
  });

  it("refuses bad bodies and unknown skus with a 422 naming each, and changes nothing", async () => {
    const app = sandbox();
    const before = await owned(app, "demo-player-1");
    const cases: [unknown, string][] = [
      [{}, "virtual_items"],
      [{ virtual_items: [] }, "virtual_items"],
      [
        { virtual_items: [{ virtual_item: { sku: "bow-elven" }, amount: 0 }] },
        "virtual_items[0].amount",
      ],
      [
        { virtual_items: [{ virtual_item: { sku: "bow-elven" }, amount: 1.5 }] },
        "virtual_items[0].amount",
      ],
      [{ virtual_items: [{ virtual_item: {}, amount: 1 }] }, "virtual_items[0].virtual_item.sku"],
      [
        { virtual_items: [{ virtual_item: { sku: "nope" }, amount: 1 }] },
        "virtual_items[0].virtual_item.sku",
      ],
    ];
    for (const [body, property] of cases) {
      const answer = await add(app, "demo-player-1", body);
      expect(answer.status, JSON.stringify(body)).toBe(422);
      expectMerchantError(answer.body, 422);
      expect(answer.body.extended_message.property_errors).toHaveProperty([property]);
    }
    expect(await owned(app, "demo-player-1")).toEqual(before);
  });

  it("answers 415 without a JSON content type, 400 for a body that is not JSON, 404 for a stranger", async () => {
    const app = sandbox();
    const body = { virtual_items: [{ virtual_item: { sku: "bow-elven" }, amount: 1 }] };
    expect((await add(app, "demo-player-1", body, { "Content-Type": "text/plain" })).status).toBe(
      415,
    );
    expect((await add(app, "demo-player-1", "{not json")).status).toBe(400);
    const stranger = await add(app, "nobody-at-all", body);
    expect(stranger.status).toBe(404);
    expectMerchantError(stranger.body, 404);
  });
});

describe("the game server's one-click buy of an item", () => {
  it("charges the storefront's price as a checkout, then grants the item", async () => {
    const app = sandbox();
    const browser = browserOf(app);
    const answer = await browser.post(`${game}/payments/card/1`, proposal("bow-elven"));
    expect(answer.status).toBe(201);
    expect(answer.body).toEqual({ transaction_id: expect.any(Number) });
    expect((await owned(app, "demo-player-1"))["bow-elven"]).toBe(1);
    // Paid in money: the gold stays, and the payment names the item and its price.
    expect(await balanceOf(app, "demo-player-1")).toBe(DEMO_USER_START_BALANCE);
    const payment = (await operationsOf(app, "demo-player-1")).find(
      (row) => row.transaction_id === answer.body.transaction_id,
    );
    expect(payment).toMatchObject({ sum: 2.99, currency: "USD", comment: "Elven Recurve" });
  });

  it("charges in the currency the store showed, at the storefront's discounted price", async () => {
    const app = sandbox();
    const browser = browserOf(app);
    const answer = await browser.post(`${game}/payments/card/1`, proposal("blaster-ion", "EUR"));
    expect(answer.status).toBe(201);
    const payment = (await operationsOf(app, "demo-player-1")).find(
      (row) => row.transaction_id === answer.body.transaction_id,
    );
    // 12.99 USD (15.99 before the promotion) at the sandbox's EUR rate.
    expect(payment).toMatchObject({ sum: 11.95, currency: "EUR" });
  });

  it("grants the item's bonus items with it", async () => {
    const app = sandbox();
    const browser = browserOf(app);
    expect((await browser.post(`${game}/payments/card/1`, proposal("suit-titan"))).status).toBe(
      201,
    );
    const items = await owned(app, "demo-player-1");
    expect(items["suit-titan"]).toBe(1);
    expect(Object.keys(items).length).toBeGreaterThan(1);
  });

  it.each([
    ["a free item", proposal("sword-training")],
    ["an item priced only in gold", proposal("bow-hunter")],
    ["an unknown item", proposal("nope")],
    [
      "two items",
      {
        purchase: {
          virtual_items: {
            items: [
              { sku: "bow-elven", amount: 1 },
              { sku: "helm-void-visor", amount: 1 },
            ],
          },
        },
      },
    ],
    [
      "two of one item",
      { purchase: { virtual_items: { items: [{ sku: "bow-elven", amount: 2 }] } } },
    ],
    ["a bad currency", proposal("bow-elven", "usd")],
    [
      "gold and an item at once",
      {
        purchase: {
          virtual_currency: { quantity: 500 },
          virtual_items: { items: [{ sku: "bow-elven", amount: 1 }] },
        },
      },
    ],
  ])("refuses %s with a 422, charging nothing", async (_name, body) => {
    const app = sandbox();
    const browser = browserOf(app);
    const before = await operationsOf(app, "demo-player-1");
    const answer = await browser.post(`${game}/payments/card/1`, body);
    expect(answer.status).toBe(422);
    expectMerchantError(answer.body, 422);
    expect(await operationsOf(app, "demo-player-1")).toEqual(before);
    expect(await balanceOf(app, "demo-player-1")).toBe(DEMO_USER_START_BALANCE);
  });

  it("refuses an item whose per-player limit is used up before charging", async () => {
    const app = sandbox();
    const browser = browserOf(app);
    // The demo player has one Phoenix Elixir of three.
    for (let i = 0; i < 2; i += 1) {
      expect(
        (await browser.post(`${game}/payments/card/1`, proposal("elixir-phoenix"))).status,
      ).toBe(201);
    }
    const before = await operationsOf(app, "demo-player-1");
    const third = await browser.post(`${game}/payments/card/1`, proposal("elixir-phoenix"));
    expect(third.status).toBe(422);
    expect(JSON.stringify(third.body)).toContain("limit");
    expect(await operationsOf(app, "demo-player-1")).toEqual(before);
    expect((await owned(app, "demo-player-1"))["elixir-phoenix"]).toBe(3);
  });

  it("passes on a declined card's 402 and grants nothing", async () => {
    const app = sandbox();
    const browser = browserOf(app);
    await app.request("/__sandbox/payment-accounts", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ user: "demo-player-1", card: "4000000000000002" }),
    });
    const [, declining] = (await browser.get(`${game}/payment_accounts`)).body;
    const answer = await browser.post(
      `${game}/payments/card/${declining.id}`,
      proposal("bow-elven"),
    );
    expect(answer.status).toBe(402);
    expect(answer.body.extended_message.reason).toBe("insufficient_funds");
    expect((await owned(app, "demo-player-1"))["bow-elven"]).toBeUndefined();
  });

  it("says a charge it could not deliver was taken, naming the transaction, never 201", async () => {
    const app = sandbox();
    const grants: string[] = [];
    // The vendor, except that adding items fails.
    const vendorApp = {
      fetch(request: Request) {
        const path = new URL(request.url).pathname;
        if (path.endsWith("/virtual_items/add")) {
          grants.push(path);
          return Response.json(
            { http_status_code: 500, message: "Internal Server Error" },
            { status: 500 },
          );
        }
        return app.fetch(request);
      },
    };
    const hive = { fetch: () => new Response(null, { status: 500 }) };
    const gameServer = createGameServer(vendorApp, { now: () => 0, hive });
    const answer = await gameServer.request(`${game}/payments/card/1`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(proposal("bow-elven")),
    });
    expect(answer.status).toBe(502);
    const body = (await answer.json()) as Record<string, unknown> & {
      extended_message: { reason: string; transaction_id: number };
    };
    expectMerchantError(body, 502);
    expect(body.extended_message.reason).toBe("not_delivered");
    expect(body.message).toContain(`transaction ${body.extended_message.transaction_id}`);
    expect(grants).toEqual([
      "/vendor/merchant/v2/projects/44056/users/demo-player-1/virtual_items/add",
    ]);
    // The money was taken: the payment is there, the item is not.
    const payment = (await operationsOf(app, "demo-player-1")).find(
      (row) => row.transaction_id === body.extended_message.transaction_id,
    );
    expect(payment).toMatchObject({ sum: 2.99 });
    expect((await owned(app, "demo-player-1"))["bow-elven"]).toBeUndefined();
  });
});
