import { describe, expect, it } from "vitest";
import { basicAuth, expectSeedShape, fixture, sandbox } from "./helpers";

type App = ReturnType<typeof sandbox>;

const store = "/store/api/v2/project/44056";
const vendor = "/vendor/merchant/v2/projects/44056";

/** The sandbox's Store token for a player: `<id>-token`. */
const bearer = (playerId: string) => ({ Authorization: `Bearer ${playerId}-token` });

async function storeGet(app: App, path: string, headers: Record<string, string> = {}) {
  const response = await app.request(`${store}${path}`, { headers });
  return { status: response.status, body: await response.json() };
}

async function storePost(app: App, path: string, body: unknown, headers: Record<string, string>) {
  const response = await app.request(`${store}${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: await response.json() };
}

const redeem = (app: App, playerId: string, code: string) =>
  storePost(app, "/coupon/redeem", { coupon_code: code }, bearer(playerId));

async function vendorCall(app: App, path: string, body?: unknown) {
  const response = await app.request(`${vendor}${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: { ...basicAuth, "Content-Type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: await response.json() };
}

function expectStoreError(body: unknown, status: number, errorCode: number) {
  expect(body).toMatchObject({ statusCode: status, errorCode });
  const error = body as { errorMessage: string; transactionId: string };
  expect(error.errorMessage).toMatch(new RegExp(`^\\[0401-${errorCode}\\]: `));
  expect(error.transactionId).toMatch(/^[0-9a-f]+$/);
}

type Fixture<T> = T & Record<string, unknown>;
const seedInventory = fixture("xsolla/inventory-items.json") as { items: object[] };
const seedRewards = fixture("xsolla/coupon-rewards.json") as Fixture<{
  bonus: { item: Record<string, unknown>; quantity: number }[];
}>;
const seedRedeem = fixture("xsolla/coupon-redeem.json") as { items: Record<string, unknown>[] };

/** The vendor's second inventory item, which has a quantity (the first's is null). */
const inventoryShape = { items: [seedInventory.items[1]] };

/**
 * The spec's rewards, whose bonus is game keys (`unit_items`); a virtual item or currency has
 * `inventory_options` in their place, the demo coupons give no discount, and names hold every
 * language the catalog has where the spec's has "en" (checked as an object below).
 */
const { unit_items: _unitItems, ...seedBonusItem } = seedRewards.bonus[0]?.item ?? {};
const rewardsShape = {
  ...seedRewards,
  discount: null,
  bonus: [{ item: { ...seedBonusItem, name: null, inventory_options: null }, quantity: 1 }],
};

/**
 * The spec's redeemed item; a currency among them has no `virtual_item_type` (null) and no
 * count of uses in its `inventory_options` (checked below for the item).
 */
const redeemedShape = {
  items: [{ ...seedRedeem.items[0], virtual_item_type: null, inventory_options: null }],
};

describe("Store API inventory", () => {
  it("lists the player's items with quantities in the vendor's shape", async () => {
    const app = sandbox();
    const { status, body } = await storeGet(app, "/user/inventory/items", bearer("demo-player-1"));
    expect(status).toBe(200);
    expectSeedShape(body, inventoryShape);
    expect(body).not.toHaveProperty("has_more");
    expect(body.items).toEqual([
      expect.objectContaining({
        sku: "elixir-phoenix",
        name: "Phoenix Elixir",
        type: "virtual_good",
        virtual_item_type: "consumable",
        quantity: 1,
        groups: [{ external_id: "consumables", name: expect.any(String) }],
      }),
      expect.objectContaining({ sku: "reward-daily-ration", quantity: 1 }),
    ]);
  });

  it("is empty for a player who owns nothing yet", async () => {
    const { body } = await storeGet(sandbox(), "/user/inventory/items", bearer("test-nobody"));
    expect(body).toEqual({ items: [] });
  });

  it("pages with limit and offset, and refuses a limit over 50", async () => {
    const app = sandbox();
    const headers = bearer("demo-player-1");
    const second = await storeGet(app, "/user/inventory/items?limit=1&offset=1", headers);
    expect(second.body.items.map((item: { sku: string }) => item.sku)).toEqual([
      "reward-daily-ration",
    ]);
    const past = await storeGet(app, "/user/inventory/items?offset=5", headers);
    expect(past.body).toEqual({ items: [] });
    const tooMany = await storeGet(app, "/user/inventory/items?limit=51", headers);
    expect(tooMany.status).toBe(422);
    expectStoreError(tooMany.body, 422, 1102);
  });
});

describe("Store API coupons", () => {
  it("answers 401 errorCode 1501 on every call without a player's token", async () => {
    const app = sandbox();
    for (const path of [
      "/user/inventory/items",
      "/coupon/code/WELCOME100/rewards",
      "/promotion/code/WELCOME100/verify",
    ]) {
      const { status, body } = await storeGet(app, path);
      expect(status, path).toBe(401);
      expectStoreError(body, 401, 1501);
    }
    const redeemed = await storePost(app, "/coupon/redeem", { coupon_code: "WELCOME100" }, {});
    expect(redeemed.status).toBe(401);
    expectStoreError(redeemed.body, 401, 1501);
  });

  it("tells what a coupon gives before redeeming, in the spec's shape, and gives nothing", async () => {
    const app = sandbox();
    const { status, body } = await storeGet(
      app,
      "/coupon/code/WELCOME100/rewards",
      bearer("test-looker"),
    );
    expect(status).toBe(200);
    expectSeedShape(body, rewardsShape);
    expect(body).toMatchObject({
      is_selectable: false,
      discount: null,
      bonus: [
        { item: { sku: "gold", type: "virtual_currency", name: { en: "Gold" } }, quantity: 100 },
        {
          item: { sku: "potion-health", type: "virtual_good", name: { en: "Health Potion" } },
          quantity: 1,
        },
      ],
    });
    const inventory = await storeGet(app, "/user/inventory/items", bearer("test-looker"));
    expect(inventory.body.items).toEqual([]);
  });

  it("redeems for the token's player: items, balance and the coupon transaction", async () => {
    const app = sandbox();
    const { status, body } = await redeem(app, "test-store-redeemer", "welcome100");
    expect(status).toBe(200);
    expectSeedShape(body, redeemedShape);
    expect(body.items).toEqual([
      expect.objectContaining({ sku: "gold", type: "virtual_currency", quantity: 100 }),
      expect.objectContaining({
        sku: "potion-health",
        name: "Health Potion",
        type: "virtual_good",
        virtual_item_type: "consumable",
        inventory_options: { consumable: { usages_count: 1 }, expiration_period: null },
        quantity: 1,
      }),
    ]);

    const headers = bearer("test-store-redeemer");
    const inventory = await storeGet(app, "/user/inventory/items", headers);
    expect(inventory.body.items).toEqual([
      expect.objectContaining({ sku: "potion-health", quantity: 1 }),
    ]);
    const balance = await storeGet(app, "/user/virtual_currency_balance", headers);
    expect(balance.body.items).toEqual([expect.objectContaining({ sku: "gold", amount: 100 })]);

    // The same player on the Merchant API: the same items, balance and transaction.
    const items = await vendorCall(app, "/users/test-store-redeemer/virtual_items");
    expect(items.body).toEqual([{ id: expect.any(Number), sku: "potion-health", quantity: 1 }]);
    const history = await vendorCall(app, "/users/test-store-redeemer/transactions");
    expect(history.body).toMatchObject([
      {
        coupon_id: 501,
        coupon_code: "WELCOME100",
        transaction_type: "coupon",
        comment: "Coupon Redeem",
        amount: 100,
        status: "done",
        user_balance: 100,
      },
    ]);
  });

  it("adds a redemption to what the player already has", async () => {
    const app = sandbox();
    expect((await redeem(app, "demo-player-1", "ONCE-PER-PLAYER")).status).toBe(200);
    const headers = bearer("demo-player-1");
    const inventory = await storeGet(app, "/user/inventory/items", headers);
    expect(inventory.body.items.map((item: { sku: string }) => item.sku)).toEqual([
      "elixir-phoenix",
      "reward-daily-ration",
      "potion-mana",
    ]);
    expect(inventory.body.items[2].quantity).toBe(2);
    const balance = await storeGet(app, "/user/virtual_currency_balance", headers);
    expect(balance.body.items[0].amount).toBe(1025);
  });

  it("answers 404 errorCode 9807 for a code the project does not have", async () => {
    const app = sandbox();
    const rewards = await storeGet(app, "/coupon/code/NO-SUCH-CODE/rewards", bearer("test-x"));
    expect(rewards.status).toBe(404);
    expectStoreError(rewards.body, 404, 9807);
    const redeemed = await redeem(app, "test-x", "NO-SUCH-CODE");
    expect(redeemed.status).toBe(404);
    expectStoreError(redeemed.body, 404, 9807);
  });

  it("answers 422 errorCode 9810 for an expired coupon, and writes the refusal down", async () => {
    const app = sandbox();
    const rewards = await storeGet(app, "/coupon/code/SPRING-EXPIRED/rewards", bearer("test-x"));
    expect(rewards.status).toBe(422);
    expectStoreError(rewards.body, 422, 9810);
    const redeemed = await redeem(app, "test-x", "SPRING-EXPIRED");
    expect(redeemed.status).toBe(422);
    expectStoreError(redeemed.body, 422, 9810);
    expect(redeemed.body.errorMessage).toBe("[0401-9810]: Sorry, this code is expired.");
    const history = await vendorCall(app, "/users/test-x/transactions");
    expect(history.body).toMatchObject([
      { coupon_code: "SPRING-EXPIRED", status: "failed", amount: 0, user_balance: 0 },
    ]);
  });

  it("answers 422 errorCode 9804 for a used-up coupon and for the player's limit reached", async () => {
    const app = sandbox();
    const soldOut = await redeem(app, "test-x", "SOLD-OUT");
    expect(soldOut.status).toBe(422);
    expectStoreError(soldOut.body, 422, 9804);
    expect((await redeem(app, "test-x", "ONCE-PER-PLAYER")).status).toBe(200);
    const again = await redeem(app, "test-x", "ONCE-PER-PLAYER");
    expect(again.status).toBe(422);
    expectStoreError(again.body, 422, 9804);
    const rewards = await storeGet(app, "/coupon/code/ONCE-PER-PLAYER/rewards", bearer("test-x"));
    expectStoreError(rewards.body, 422, 9804);
    const balance = await storeGet(app, "/user/virtual_currency_balance", bearer("test-x"));
    expect(balance.body.items[0].amount).toBe(25);
  });

  it("answers 422 errorCode 1102 when the code is missing, empty or too long", async () => {
    const app = sandbox();
    const headers = bearer("test-x");
    const missing = await storePost(app, "/coupon/redeem", {}, headers);
    expect(missing.status).toBe(422);
    expectStoreError(missing.body, 422, 1102);
    expect(missing.body.errorMessage).toBe(
      "[0401-1102]: Unprocessable Entity. The property `coupon_code` is required",
    );
    for (const body of [undefined, { coupon_code: "" }, { coupon_code: "A".repeat(129) }]) {
      const refused = await storePost(app, "/coupon/redeem", body, headers);
      expect(refused.status, JSON.stringify(body)).toBe(422);
      expectStoreError(refused.body, 422, 1102);
    }
  });

  it("shares the coupons' limits with the Merchant API: one coupon system behind both", async () => {
    const app = sandbox();
    // A total limit of 1 taken on the Store API is gone on the Merchant API.
    expect((await redeem(app, "test-first", "FIRST-ONLY")).status).toBe(200);
    expect((await vendorCall(app, "/coupons/FIRST-ONLY")).body.redeems_count_remain).toBe(0);
    const late = await vendorCall(app, "/coupons/FIRST-ONLY/redeem", { user_id: "test-second" });
    expect(late.body).toMatchObject({ extended_message: { reason: "used_up" } });
    // A player's redemption on the Merchant API counts against their limit on the Store API.
    const merchant = await vendorCall(app, "/coupons/ONCE-PER-PLAYER/redeem", {
      user_id: "test-both",
    });
    expect(merchant.status).toBe(200);
    const store = await redeem(app, "test-both", "ONCE-PER-PLAYER");
    expectStoreError(store.body, 422, 9804);
  });

  it("verifies a code as a coupon with its rewards, 9811 for one it does not know", async () => {
    const app = sandbox();
    const { status, body } = await storeGet(
      app,
      "/promotion/code/welcome100/verify",
      bearer("test-x"),
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({ type: "coupon", code: "WELCOME100" });
    expectSeedShape(body.rewards, rewardsShape);
    const unknown = await storeGet(app, "/promotion/code/NO-SUCH-CODE/verify", bearer("test-x"));
    expect(unknown.status).toBe(404);
    expectStoreError(unknown.body, 404, 9811);
  });
});
