import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { type AccountCalls, createAccountCalls } from "../../../src/api/account";
import {
  CouponSchema,
  couponExpiry,
  TransactionsSchema,
  UserItemsSchema,
} from "../../../src/api/account/merchant-schemas";
import type { BackendConfig } from "../../../src/api/backend";
import { errorCode } from "../../../src/core/errors";
import { readRetry } from "../../../src/core/retry";
import { fakeFetch, fixture, type Handler, json, text, value } from "./fake-fetch";

const BASE = "https://game.example.com/game";
const PROJECT = `/game/merchant/v2/projects/44056`;

/** The seed's examples (002), verbatim. */
const coupon = fixture("merchant/coupon.json") as Record<string, unknown>;
const transactions = fixture("merchant/transactions.json") as Record<string, unknown>[];
const userItems = fixture("merchant/user-virtual-items.json") as Record<string, unknown>[];

/** The seed's coupon, valid again: its example expired in 2014. */
const liveCoupon: Record<string, unknown> = { ...coupon, expiration_date: "2099-01-01 00:00:00" };

/** The history between 1970 and now, which merchant always has. */
async function history(calls: AccountCalls) {
  if (!calls.listTransactions) throw new Error("merchant keeps a history");
  return value(calls.listTransactions(new Date(0), new Date()));
}

/** A refusal as the game server relays the sandbox's (docs/contracts.md 2.6). */
const refusal = (status: number, reason: string) =>
  json(
    {
      http_status_code: status,
      message: "Coupon refused",
      extended_message: { reason, description: `Refused: ${reason}.` },
      request_id: "abc",
    },
    status,
  );

const answers: Handler = (url, request) => {
  const path = url.pathname;
  if (path === `${PROJECT}/users/me/virtual_items`) return json(userItems);
  if (path === `${PROJECT}/users/me/transactions`) return json(transactions);
  if (path === `${PROJECT}/coupons/CouPoNCoDe`) return json(liveCoupon);
  if (path === `${PROJECT}/coupons/CouPoNCoDe/redeem` && request.method === "POST")
    return json({ ...liveCoupon, redeems_count_remain: 0 });
  return json({ http_status_code: 404, message: "Not Found", extended_message: "no route" }, 404);
};

function setup(handler: Handler = answers, overrides: Partial<BackendConfig> = {}) {
  const fetchImpl = fakeFetch(handler);
  const calls = createAccountCalls("merchant", {
    apiBase: BASE,
    projectId: "44056",
    userId: "p1",
    currency: "USD",
    locale: "en-US",
    fetchImpl,
    ...overrides,
  });
  return { calls, fetchImpl };
}

describe("merchant account schemas", () => {
  it.each([
    ["user items", UserItemsSchema, userItems],
    ["transactions", TransactionsSchema, transactions],
    ["coupon", CouponSchema, coupon],
  ])("parses the seed's %s example", (_name, schema, body) => {
    expect(schema.safeParse(body).success).toBe(true);
  });

  it("reads the seed's zoneless expiry as UTC and an ISO one as itself", () => {
    expect(couponExpiry("2014-10-16 21:44:31")).toEqual(new Date("2014-10-16T21:44:31Z"));
    expect(couponExpiry("2014-10-16T21:44:31+04:00")).toEqual(new Date("2014-10-16T17:44:31Z"));
    expect(couponExpiry("soon")).toBeNull();
    expect(couponExpiry(null)).toBeNull();
  });
});

describe("the merchant backend's items", () => {
  it("lists the player's items without names, for the view to take from the catalog", async () => {
    const { calls, fetchImpl } = setup();
    expect(await value(calls.listItems(0))).toEqual({
      items: [
        { sku: "item1", name: null, quantity: 10, imageUrl: null },
        { sku: "item2", name: null, quantity: 5, imageUrl: null },
      ],
      // Two of a page of 100: the last page.
      nextOffset: null,
    });
    const [seen] = fetchImpl.seen;
    expect(seen?.url.pathname).toBe(`${PROJECT}/users/me/virtual_items`);
    expect(Object.fromEntries(seen?.url.searchParams ?? [])).toEqual({ offset: "0", limit: "100" });
  });

  it("offers the next page after a full one and leaves out what the player has none of", async () => {
    const full = Array.from({ length: 100 }, (_, i) => ({ id: i, sku: `s${i}`, quantity: i % 2 }));
    const { calls, fetchImpl } = setup(() => json(full));
    const page = await value(calls.listItems(200));
    expect(page.nextOffset).toBe(300);
    expect(page.items).toHaveLength(50);
    expect(fetchImpl.seen[0]?.url.searchParams.get("offset")).toBe("200");
  });

  it("retries a read the game server failed with a 503", async () => {
    const saved = readRetry.baseMs;
    readRetry.baseMs = 1;
    try {
      let calls = 0;
      const { calls: account } = setup(() =>
        calls++ === 0 ? json({ message: "busy" }, 503) : json(userItems),
      );
      expect((await value(account.listItems(0))).items).toHaveLength(2);
      expect(calls).toBe(2);
    } finally {
      readRetry.baseMs = saved;
    }
  });
});

describe("the merchant backend's transactions", () => {
  it("maps the seed's rows newest first: an invoice is a payment, a refused coupon failed", async () => {
    const { calls } = setup();
    const rows = await value(
      calls.listTransactions?.(
        new Date("2014-10-01T00:00:00Z"),
        new Date("2014-11-01T00:00:00Z"),
      ) ?? Promise.reject(new Error("merchant has a history")),
    );
    expect(rows).toEqual([
      {
        id: "647288",
        date: new Date("2014-10-28T10:00:00Z"),
        kind: "coupon",
        description: "Coupon Redeem",
        amount: null,
        vcAmount: null,
        couponCode: "DemoCoupon",
        failed: true,
      },
      {
        id: "647287",
        date: new Date("2014-10-28T08:00:00Z"),
        kind: "payment",
        description: "Incoming payment",
        amount: { amount: 10, currency: "USD" },
        vcAmount: 1000,
        couponCode: null,
        failed: false,
      },
    ]);
  });

  it("sends the range as ISO 8601 dates in whole seconds that hold it all, and nothing else", async () => {
    const { calls, fetchImpl } = setup();
    await calls.listTransactions?.(
      new Date("2024-03-01T00:00:00.250Z"),
      new Date("2024-04-01T00:00:00.001Z"),
    );
    const [seen] = fetchImpl.seen;
    expect(seen?.url.pathname).toBe(`${PROJECT}/users/me/transactions`);
    expect(Object.fromEntries(seen?.url.searchParams ?? [])).toEqual({
      datetime_from: "2024-03-01T00:00:00Z",
      datetime_to: "2024-04-01T00:00:01Z",
    });
  });

  it.each([
    ["inGamePurchase", "in-game-purchase"],
    ["cancellation", "cancellation"],
    ["payment", "payment"],
    ["internal", "other"],
    ["constructor", "other"],
    [null, "other"],
  ])("words the type %s as %s", async (type, kind) => {
    const row = { ...transactions[0], transaction_type: type };
    const { calls } = setup(() => json([row]));
    const [mapped] = await history(calls);
    expect(mapped?.kind).toBe(kind);
  });

  it("shows no money in a currency Intl cannot format", async () => {
    const row = { ...transactions[0], currency: "<b>" };
    const { calls } = setup(() => json([row]));
    const [mapped] = await history(calls);
    expect(mapped?.amount).toBeNull();
  });

  it.each([
    ["a row without a date", [{ ...transactions[0], date: "yesterday-ish" }]],
    ["an object instead of a list", { items: transactions }],
    ["a row without its id", [{ ...transactions[0], operation_id: null }]],
  ])("refuses %s as a malformed answer", async (_name, body) => {
    const { calls } = setup(() => json(body));
    const result = await calls.listTransactions?.(new Date(0), new Date());
    expect(result).toEqual({ ok: false, error: { kind: "invalid-response" } });
  });
});

describe("the merchant backend's coupons", () => {
  it("says what a coupon gives before it is redeemed", async () => {
    const { calls, fetchImpl } = setup();
    expect(await value(calls.checkCoupon(" CouPoNCoDe "))).toEqual({
      code: "CouPoNCoDe",
      virtualCurrency: null,
      items: [
        {
          sku: "T-43-3-unique-id",
          name: "T-34-3",
          quantity: 1,
          imageUrl: "http://livedemo.xsolla.com/airplanes/tank5.jpg",
        },
      ],
      expiresAt: new Date("2099-01-01T00:00:00Z"),
      remaining: 1,
    });
    expect(fetchImpl.seen[0]?.method).toBe("GET");
  });

  it("reads currency and a list of items, and no items as [] or null", async () => {
    const entry = liveCoupon.virtual_items;
    const many = { ...liveCoupon, virtual_currency_amount: 250, virtual_items: [entry, entry] };
    const none = { ...liveCoupon, virtual_currency_amount: "100", virtual_items: [] };
    const nothing = { ...liveCoupon, virtual_items: null };
    const { calls: a } = setup(() => json(many));
    const got = await value(a.checkCoupon("X"));
    expect(got.virtualCurrency).toEqual({ amount: 250, sku: null, name: null, imageUrl: null });
    expect(got.items).toHaveLength(2);
    const { calls: b } = setup(() => json(none));
    expect(await value(b.checkCoupon("X"))).toMatchObject({
      virtualCurrency: { amount: 100 },
      items: [],
    });
    const { calls: c } = setup(() => json(nothing));
    expect((await value(c.checkCoupon("X"))).items).toEqual([]);
  });

  it("redeems with an empty body, the game server naming the player, and never retries", async () => {
    const { calls, fetchImpl } = setup();
    const got = await value(calls.redeemCoupon("CouPoNCoDe"));
    // The last redemption went through: used up afterwards is no refusal.
    expect(got.remaining).toBe(0);
    expect(got.items[0]?.sku).toBe("T-43-3-unique-id");
    const [seen] = fetchImpl.seen;
    expect(seen?.method).toBe("POST");
    expect(seen?.url.pathname).toBe(`${PROJECT}/coupons/CouPoNCoDe/redeem`);
    expect(seen?.body).toEqual({});

    const { calls: failing, fetchImpl: once } = setup(() => json({ message: "busy" }, 503));
    expect((await failing.redeemCoupon("X")).ok).toBe(false);
    expect(once.seen).toHaveLength(1);
  });

  it("puts the code in the path encoded", async () => {
    const { calls, fetchImpl } = setup();
    await calls.checkCoupon("A/B?C");
    expect(fetchImpl.seen[0]?.url.pathname).toBe(`${PROJECT}/coupons/A%2FB%3FC`);
  });

  describe("refusals, each with its reason", () => {
    beforeEach(() => {
      vi.useFakeTimers({ toFake: ["Date"] });
      vi.setSystemTime(new Date("2020-01-01T00:00:00Z"));
    });
    afterEach(() => {
      vi.useRealTimers();
    });

    it.each([
      ["an unknown code", () => refusal(404, "unknown"), "unknown", "http-404-unknown"],
      ["an expired one", () => refusal(422, "expired"), "expired", "http-422-expired"],
      ["an inactive one", () => refusal(422, "inactive"), "expired", "http-422-inactive"],
      ["a used-up one", () => refusal(422, "used_up"), "used-up", "http-422-used_up"],
      [
        "one the player has already redeemed",
        () => refusal(422, "already_redeemed"),
        "already-redeemed",
        "http-422-already_redeemed",
      ],
      [
        "a signed-out player",
        () => json(fixture("merchant/error-401.json"), 401),
        "not-signed-in",
        "http-401",
      ],
      ["a reason the contract does not name", () => refusal(422, "region"), null, "http-422"],
      ["a broken game server", () => text("<html>", 502), null, "http-502"],
    ])("on redeeming: %s", async (_name, answer, reason, code) => {
      const { calls } = setup(answer);
      const result = await calls.redeemCoupon("CODE");
      if (result.ok) throw new Error("expected a refusal");
      expect(result.error.couponReason).toBe(reason);
      expect(errorCode(result.error)).toBe(code);
    });

    it("says so for the seed's own coupon example, expired since 2014, on checking", async () => {
      const { calls } = setup(() => json(coupon));
      const result = await calls.checkCoupon("CouPoNCoDe");
      expect(result).toMatchObject({ ok: false, error: { couponReason: "expired", status: 200 } });
    });

    it.each([
      ["inactive", { is_active: 0 }, "expired"],
      ["used up", { redeems_count_remain: 0 }, "used-up"],
      ["expired", { expiration_date: "2019-12-31 23:59:59" }, "expired"],
    ])("refuses a coupon the check finds %s", async (_name, change, reason) => {
      const body = { ...coupon, expiration_date: "2020-06-01 00:00:00", ...change };
      const { calls } = setup(() => json(body));
      const result = await calls.checkCoupon("CouPoNCoDe");
      expect(result).toMatchObject({ ok: false, error: { couponReason: reason } });
    });

    it("takes the fixture's expiry as UTC: valid a second before, refused at it", async () => {
      vi.setSystemTime(new Date("2014-10-16T21:44:30Z"));
      const { calls } = setup(() => json(coupon));
      expect((await calls.checkCoupon("CouPoNCoDe")).ok).toBe(true);
      vi.setSystemTime(new Date("2014-10-16T21:44:31Z"));
      expect((await calls.checkCoupon("CouPoNCoDe")).ok).toBe(false);
    });

    it("refuses an empty code without asking anyone", async () => {
      const { calls, fetchImpl } = setup();
      const result = await calls.checkCoupon("   ");
      expect(result).toMatchObject({ ok: false, error: { couponReason: "unknown" } });
      expect(fetchImpl.seen).toHaveLength(0);
    });
  });

  it.each([
    ["an item without a sku", { ...liveCoupon, virtual_items: { virtual_item: {}, amount: 1 } }],
    ["currency as words", { ...liveCoupon, virtual_currency_amount: "lots" }],
    ["a list with one broken entry", { ...liveCoupon, virtual_items: [{ amount: 1 }] }],
    ["a list instead of a coupon", [liveCoupon]],
  ])("refuses %s as a malformed answer", async (_name, body) => {
    const { calls } = setup(() => json(body));
    const result = await calls.checkCoupon("X");
    expect(result).toEqual({
      ok: false,
      error: { kind: "invalid-response", couponReason: null },
    });
  });

  it("reads what only informs leniently: a strange expiry or count is not said", async () => {
    const body = {
      ...liveCoupon,
      expiration_date: 42,
      redeems_count_remain: "many",
      is_active: "yes",
    };
    const { calls } = setup(() => json(body));
    expect(await value(calls.checkCoupon("X"))).toMatchObject({ expiresAt: null, remaining: null });
  });
});
