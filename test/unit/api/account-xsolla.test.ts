import { describe, expect, it } from "vitest";
import { createAccountCalls } from "../../../src/api/account";
import {
  CouponRewardsSchema,
  InventorySchema,
  RedeemedSchema,
} from "../../../src/api/account/xsolla-schemas";
import type { BackendConfig } from "../../../src/api/backend";
import { errorCode } from "../../../src/core/errors";
import { fakeFetch, fixture, type Handler, json, text, value } from "./fake-fetch";

const BASE = "https://store.xsolla.com/api";
const PROJECT = "/api/v2/project/44056";

/** The vendor's examples (docs/contracts.md 3.1, 3.3), verbatim. */
const inventory = fixture("xsolla/account/inventory-items.json") as {
  items: Record<string, unknown>[];
};
const rewards = fixture("xsolla/account/coupon-rewards.json") as Record<string, unknown>;
const redeemed = fixture("xsolla/account/coupon-redeem.json") as Record<string, unknown>;

const currency = {
  sku: "crystal",
  name: { en: "Crystals", de: "Kristalle" },
  type: "virtual_currency",
  image_url: "https://cdn.example.com/crystal.png",
};

const answers: Handler = (url, request) => {
  const path = url.pathname;
  if (path === `${PROJECT}/user/inventory/items`) return json(inventory);
  if (path === `${PROJECT}/coupon/code/WINTER/rewards`) return json(rewards);
  if (path === `${PROJECT}/coupon/redeem` && request.method === "POST") return json(redeemed);
  return json({ statusCode: 404, errorCode: 0, errorMessage: "no route" }, 404);
};

function setup(handler: Handler = answers, overrides: Partial<BackendConfig> = {}) {
  const fetchImpl = fakeFetch(handler);
  const calls = createAccountCalls("xsolla", {
    apiBase: BASE,
    projectId: "44056",
    userToken: "jwt-1",
    currency: "USD",
    locale: "de-DE",
    fetchImpl,
    ...overrides,
  });
  return { calls, fetchImpl };
}

describe("Store API account schemas", () => {
  it.each([
    ["inventory", InventorySchema, inventory],
    ["coupon rewards", CouponRewardsSchema, rewards],
    ["coupon redemption", RedeemedSchema, redeemed],
  ])("parses the vendor's %s example", (_name, schema, body) => {
    expect(schema.safeParse(body).success).toBe(true);
  });
});

describe("the xsolla backend's items", () => {
  it("lists the inventory with the player's token: an instance item without a quantity is one", async () => {
    const { calls, fetchImpl } = setup();
    expect(await value(calls.listItems(0))).toEqual({
      items: [
        {
          sku: "com.xsolla.instanciated_item_1",
          name: "Rocket",
          quantity: 1,
          imageUrl: "https://picture.bigrocket.png",
        },
        {
          sku: "com.xsolla.shotgun_raider_1",
          name: "SHOTGUN FOR TRUE RAIDERS",
          quantity: 2,
          imageUrl: "http://image.png",
        },
      ],
      nextOffset: null,
    });
    const [seen] = fetchImpl.seen;
    expect(seen?.headers.Authorization).toBe("Bearer jwt-1");
    expect(Object.fromEntries(seen?.url.searchParams ?? [])).toEqual({ limit: "50", offset: "0" });
  });

  it("leaves currencies out, counting them for the next page's offset", async () => {
    const page = Array.from({ length: 50 }, (_, i) =>
      i < 10 ? { ...currency, quantity: 5 } : { sku: `s${i}`, name: `Item ${i}`, quantity: 1 },
    );
    const { calls } = setup(() => json({ items: page }));
    const got = await value(calls.listItems(50));
    expect(got.items).toHaveLength(40);
    expect(got.nextOffset).toBe(100);
  });

  it("calls a function token before the request", async () => {
    const { calls, fetchImpl } = setup(answers, { userToken: async () => "fresh" });
    await calls.listItems(0);
    expect(fetchImpl.seen[0]?.headers.Authorization).toBe("Bearer fresh");
  });

  it("has no history: the view says it is not available", () => {
    expect(setup().calls.listTransactions).toBeUndefined();
  });
});

describe("the xsolla backend's coupons", () => {
  it("says what the spec's coupon gives, names in the player's language", async () => {
    const { calls, fetchImpl } = setup();
    expect(await value(calls.checkCoupon("WINTER"))).toEqual({
      code: "WINTER",
      virtualCurrency: null,
      items: [
        {
          sku: "com.xsolla.game_1",
          name: "Game name",
          quantity: 1,
          imageUrl: "https://cdn.xsolla.net/img/misc/images/b79342cdf24f0f8557b63c87e8326e62.png",
        },
        {
          sku: "com.xsolla.game_2",
          name: "Game name",
          quantity: 2,
          imageUrl: "https://cdn.xsolla.net/img/misc/images/b79342cdf24f0f8557b63c87e8326e62.png",
        },
      ],
      expiresAt: null,
      remaining: null,
    });
    expect(fetchImpl.seen[0]?.headers.Authorization).toBe("Bearer jwt-1");
  });

  it("takes the currency out of the bonus list", async () => {
    const body = {
      bonus: [
        { item: currency, quantity: 100 },
        { item: { sku: "sword", name: "Sword", type: "virtual_good" }, quantity: 1 },
        { item: currency, quantity: "50" },
      ],
      is_selectable: false,
      discount: null,
    };
    const { calls } = setup(() => json(body));
    expect(await value(calls.checkCoupon("GOLD"))).toMatchObject({
      virtualCurrency: {
        amount: 150,
        sku: "crystal",
        name: "Kristalle",
        imageUrl: "https://cdn.example.com/crystal.png",
      },
      items: [{ sku: "sword", name: "Sword", quantity: 1, imageUrl: null }],
    });
  });

  it("redeems with the code in the body, once, and says what the player received", async () => {
    const { calls, fetchImpl } = setup();
    expect(await value(calls.redeemCoupon("WINTER"))).toEqual({
      code: "WINTER",
      virtualCurrency: null,
      items: [
        {
          sku: "com.xsolla.booster_mega_1",
          name: "Xsolla Booster Mega",
          quantity: 1,
          imageUrl: "https://cdn.xsolla.net/img/misc/images/e9f2f4a634bc96ea03b5d5ceadd7c55f.png",
        },
      ],
      expiresAt: null,
      remaining: null,
    });
    const [seen] = fetchImpl.seen;
    expect(seen?.method).toBe("POST");
    expect(seen?.body).toEqual({ coupon_code: "WINTER" });

    const { calls: failing, fetchImpl: once } = setup(() => text("", 503));
    expect((await failing.redeemCoupon("WINTER")).ok).toBe(false);
    expect(once.seen).toHaveLength(1);
  });

  it("reads a redeemed currency as the coupon's currency", async () => {
    const body = { items: [{ ...currency, quantity: 300 }] };
    const { calls } = setup(() => json(body));
    expect(await value(calls.redeemCoupon("GOLD"))).toMatchObject({
      virtualCurrency: { amount: 300, sku: "crystal" },
      items: [],
    });
  });

  it.each([
    [
      "unknown (404 9807, errorCode 4001 in the spec's example)",
      "coupon-404-9807.json",
      404,
      "unknown",
      "http-404-9807",
    ],
    ["unknown (404 9811)", "coupon-404-9811.json", 404, "unknown", "http-404-9811"],
    ["expired (9810)", "coupon-422-9810.json", 422, "expired", "http-422-9810"],
    ["at its limit (9804)", "coupon-422-9804.json", 422, "already-redeemed", "http-422-9804"],
    ["signed out (1501)", "coupon-401-1501.json", 401, "not-signed-in", "http-401-1501"],
    [
      "signed out (403, no header)",
      "coupon-403-no-header.json",
      403,
      "not-signed-in",
      "http-403-0",
    ],
    [
      "locked to a region (9808): no reason of its own",
      "coupon-422-9808.json",
      422,
      null,
      "http-422-9808",
    ],
  ])("on both calls, a coupon %s", async (_name, file, status, reason, code) => {
    const body = fixture(`xsolla/account/${file}`);
    const { calls } = setup(() => json(body, status));
    for (const call of [calls.checkCoupon, calls.redeemCoupon]) {
      const result = await call("WINTER");
      if (result.ok) throw new Error("expected a refusal");
      expect(result.error.couponReason).toBe(reason);
      expect(errorCode(result.error)).toBe(code);
    }
  });

  it("has no reason for a failure that is not the coupon's", async () => {
    const { calls } = setup(() => text("<!doctype html>", 502));
    const result = await calls.redeemCoupon("WINTER");
    expect(result).toMatchObject({
      ok: false,
      error: { kind: "http", status: 502, couponReason: null },
    });
  });

  it.each([
    ["a bonus without its item", { bonus: [{ quantity: 1 }] }],
    ["a quantity in words", { bonus: [{ item: currency, quantity: "a few" }] }],
    ["items as an object", { items: { sku: "x" } }],
    ["not JSON", "<html>"],
  ])("refuses %s as a malformed answer", async (_name, body) => {
    const { calls } = setup(() => (typeof body === "string" ? text(body) : json(body)));
    const check = await calls.checkCoupon("X");
    const redeem = await calls.redeemCoupon("X");
    // Each body is malformed for at least the call it belongs to.
    expect([check, redeem]).toContainEqual({
      ok: false,
      error: { kind: "invalid-response", couponReason: null },
    });
  });
});
