import { describe, expect, it } from "vitest";
import {
  COUPON_ALREADY_REDEEMED,
  COUPON_EXPIRED,
  COUPON_NOT_FOUND,
  COUPON_USED_UP,
} from "../../../demo/sandbox/vendor/coupons";
import {
  basicAuth,
  browserOf,
  expectSeedShape,
  fixture,
  NOW,
  payWithCard,
  sandbox,
  tokenRecord,
} from "./helpers";

type App = ReturnType<typeof sandbox>;

const vendor = "/vendor/merchant/v2/projects/44056";
const game = "/game/merchant/v2/projects/44056";
const wallet = `${game}/users/me`;
const seedCoupon = fixture("merchant/coupon.json") as Record<string, unknown> & {
  virtual_items: { virtual_item: Record<string, unknown> };
};
const [seedPayment, seedCouponRedeem] = fixture("merchant/transactions.json") as Record<
  string,
  unknown
>[];
const seedErrorShape = fixture("merchant/error-401.json") as object;

/**
 * The seed's coupon, where a coupon without a total limit has no count of redemptions left,
 * the sandbox's items never expire, and names come in more languages than English.
 */
const couponShape = {
  ...seedCoupon,
  redeems_count_remain: null,
  virtual_items: {
    ...seedCoupon.virtual_items,
    // Names and descriptions hold every language the catalog has, where the seed's has "en".
    virtual_item: {
      ...seedCoupon.virtual_items.virtual_item,
      expiration: null,
      name: null,
      description: null,
    },
  },
};

/** The coupon refusals' machine-readable reason (docs/contracts.md, 2.6), by message. */
const REASONS: Record<string, string> = {
  [COUPON_NOT_FOUND]: "unknown",
  [COUPON_EXPIRED]: "expired",
  [COUPON_USED_UP]: "used_up",
  [COUPON_ALREADY_REDEEMED]: "already_redeemed",
};

function expectMerchantError(body: unknown, status: number, message?: string) {
  expect(Object.keys(body as object).sort()).toEqual(Object.keys(seedErrorShape).sort());
  expect(body).toMatchObject({ http_status_code: status, ...(message ? { message } : {}) });
  const reason = message ? REASONS[message] : undefined;
  if (reason) expect(body).toMatchObject({ extended_message: { reason } });
}

/**
 * The seed's two example operations as one: a field null in either (no invoice for a coupon,
 * no coupon for a payment) may be null.
 */
const operationShape = Object.fromEntries(
  Object.entries(seedPayment ?? {}).map(([key, value]) => [
    key,
    value === null || seedCouponRedeem?.[key] === null ? null : value,
  ]),
);

async function vendorGet(app: App, path: string) {
  const response = await app.request(`${vendor}${path}`, { headers: basicAuth });
  return { status: response.status, body: await response.json() };
}

/** A browser signed in as a fresh test player, who starts with nothing. */
async function player(app: App, id: string) {
  const browser = browserOf(app);
  await browser.signIn(id);
  return browser;
}

const redeem = (browser: ReturnType<typeof browserOf>, code: string, body?: unknown) =>
  browser.post(`${game}/coupons/${code}/redeem`, body);

describe("coupon check", () => {
  it("answers the seed's coupon shape with what the coupon gives and what is left of it", async () => {
    const app = sandbox();
    const { status, body } = await vendorGet(app, "/coupons/FIRST-ONLY");
    expect(status).toBe(200);
    expectSeedShape(body, couponShape);
    expect(body).toMatchObject({
      coupon_id: 503,
      project_id: 44056,
      coupon_code: "FIRST-ONLY",
      virtual_currency_amount: 0,
      is_active: 1,
      redeems_count_remain: 1,
      redeems_count_for_user: null,
      expiration_date: "2027-06-01 12:00:00",
      virtual_items: {
        amount: 1,
        virtual_item: {
          sku: "xp-booster",
          name: { en: "XP Booster (1 hour)" },
          prices: { USD: 1.99 },
          virtual_currency_price: 180,
          image_url: expect.stringMatching(/\/images\/item\/xp-booster\.svg$/),
        },
      },
    });
  });

  it("reads codes in any case, gold and an item for WELCOME100, and [] for no items", async () => {
    const app = sandbox();
    const welcome = await vendorGet(app, "/coupons/welcome100");
    expect(welcome.body).toMatchObject({
      coupon_code: "WELCOME100",
      virtual_currency_amount: 100,
      redeems_count_remain: null,
      virtual_items: { amount: 1, virtual_item: { sku: "potion-health" } },
    });
    const expired = await vendorGet(app, "/coupons/SPRING-EXPIRED");
    expect(expired.body).toMatchObject({
      virtual_items: [],
      expiration_date: "2026-05-02 12:00:00",
    });
    const once = await vendorGet(app, "/coupons/ONCE-PER-PLAYER");
    expect(once.body).toMatchObject({ redeems_count_for_user: 1, virtual_currency_amount: 25 });
    expect((await vendorGet(app, "/coupons/SOLD-OUT")).body.redeems_count_remain).toBe(0);
  });

  it("answers 404 for an unknown code and 401 without the merchant's credentials", async () => {
    const app = sandbox();
    const unknown = await vendorGet(app, "/coupons/NO-SUCH-CODE");
    expect(unknown.status).toBe(404);
    expectMerchantError(unknown.body, 404, COUPON_NOT_FOUND);
    const bare = await app.request(`${vendor}/coupons/WELCOME100`);
    expect(bare.status).toBe(401);
  });

  it("is the game server's for a signed-in player only", async () => {
    const app = sandbox();
    const browser = await player(app, "test-coupon-check");
    const { status, body } = await browser.get(`${game}/coupons/WELCOME100`);
    expect(status).toBe(200);
    expect(body.coupon_code).toBe("WELCOME100");
    await browser.signIn(null);
    const signedOut = await browser.get(`${game}/coupons/WELCOME100`);
    expect(signedOut.status).toBe(401);
    expectMerchantError(signedOut.body, 401);
  });
});

describe("coupon redemption", () => {
  it("gives the gold and the item to the session's player, in their items and transactions", async () => {
    const app = sandbox();
    const browser = await player(app, "test-redeemer");
    const { status, body } = await redeem(browser, "welcome100");
    expect(status).toBe(200);
    expectSeedShape(body, couponShape);
    expect(body).toMatchObject({ coupon_code: "WELCOME100", virtual_currency_amount: 100 });

    expect((await browser.get(wallet)).body.balance).toBe(100);
    expect((await browser.get(`${wallet}/virtual_items`)).body).toEqual([
      { id: expect.any(Number), sku: "potion-health", quantity: 1 },
    ]);
    const history = await browser.get(`${wallet}/transactions`);
    expect(history.status).toBe(200);
    expectSeedShape(history.body, [operationShape]);
    expect(history.body).toEqual([
      {
        operation_id: expect.any(Number),
        transaction_id: null,
        coupon_id: 501,
        coupon_code: "WELCOME100",
        transaction_type: "coupon",
        comment: "Coupon Redeem",
        date: "2026-06-01T12:00:00+00:00",
        amount: 100,
        sum: null,
        currency: null,
        status: "done",
        user_balance: 100,
        user_id: "test-redeemer",
      },
    ]);
  });

  it("refuses an expired coupon and one that is used up, with their own messages", async () => {
    const app = sandbox();
    const browser = await player(app, "test-refused");
    const expired = await redeem(browser, "SPRING-EXPIRED");
    expect(expired.status).toBe(422);
    expectMerchantError(expired.body, 422, COUPON_EXPIRED);
    const soldOut = await redeem(browser, "SOLD-OUT");
    expect(soldOut.status).toBe(422);
    expectMerchantError(soldOut.body, 422, COUPON_USED_UP);
    const unknown = await redeem(browser, "NO-SUCH-CODE");
    expect(unknown.status).toBe(404);
    expectMerchantError(unknown.body, 404, COUPON_NOT_FOUND);

    expect((await browser.get(wallet)).body.balance).toBe(0);
    // Refused redemptions of known coupons are listed as failed, as in the seed's example.
    const history = (await browser.get(`${wallet}/transactions`)).body;
    expect(history).toMatchObject([
      { coupon_code: "SPRING-EXPIRED", status: "failed", amount: 0, user_balance: 0 },
      { coupon_code: "SOLD-OUT", status: "failed", amount: 0 },
    ]);
  });

  it("keeps a total limit of 1 across players", async () => {
    const app = sandbox();
    const first = await player(app, "test-first");
    const second = await player(app, "test-second");
    expect((await redeem(first, "FIRST-ONLY")).status).toBe(200);
    const late = await redeem(second, "FIRST-ONLY");
    expect(late.status).toBe(422);
    expectMerchantError(late.body, 422, COUPON_USED_UP);
    expect((await first.get(`${game}/coupons/FIRST-ONLY`)).body.redeems_count_remain).toBe(0);
    expect((await second.get(`${wallet}/virtual_items`)).body).toEqual([]);
  });

  it("keeps a per-player limit of 1 for each player", async () => {
    const app = sandbox();
    const browser = await player(app, "test-once");
    expect((await redeem(browser, "ONCE-PER-PLAYER")).status).toBe(200);
    const again = await redeem(browser, "ONCE-PER-PLAYER");
    expect(again.status).toBe(422);
    expectMerchantError(again.body, 422, COUPON_ALREADY_REDEEMED);
    expect((await browser.get(wallet)).body.balance).toBe(25);
    expect((await browser.get(`${wallet}/virtual_items`)).body).toEqual([
      { id: expect.any(Number), sku: "potion-mana", quantity: 2 },
    ]);
    const other = await player(app, "test-once-other");
    expect((await redeem(other, "ONCE-PER-PLAYER")).status).toBe(200);
  });

  it("redeems for the session's player only, whatever user_id the browser sends", async () => {
    const app = sandbox();
    const browser = await player(app, "test-honest");
    const forOther = await redeem(browser, "WELCOME100", { user_id: "demo-player-2" });
    expect(forOther.status).toBe(403);
    expectMerchantError(forOther.body, 403);
    expect((await redeem(browser, "WELCOME100", { user_id: "me" })).status).toBe(200);
    expect((await redeem(browser, "WELCOME100", { user_id: "test-honest" })).status).toBe(200);
    expect((await browser.get(wallet)).body.balance).toBe(200);

    await browser.signIn(null);
    const signedOut = await redeem(browser, "WELCOME100");
    expect(signedOut.status).toBe(401);
    const crossSite = await (await player(app, "test-honest")).post(
      `${game}/coupons/WELCOME100/redeem`,
      {},
      { "Sec-Fetch-Site": "cross-site" },
    );
    expect(crossSite.status).toBe(403);
  });

  it("is the vendor's call, which takes user_id as a string or a number and requires it", async () => {
    const app = sandbox();
    const post = (body: unknown, headers: Record<string, string> = {}) =>
      app.request(`${vendor}/coupons/WELCOME100/redeem`, {
        method: "POST",
        headers: { ...basicAuth, "Content-Type": "application/json", ...headers },
        body: JSON.stringify(body),
      });
    expect((await post({ user_id: 1 })).status).toBe(200);
    const missing = await post({});
    expect(missing.status).toBe(422);
    expect((await missing.json()).extended_message.property_errors.user_id).toHaveLength(1);
    expect((await post({ user_id: "x" }, { "Content-Type": "text/plain" })).status).toBe(415);
  });
});

describe("transactions", () => {
  it("lists a card payment, a purchase for gold and a free claim, each of its type", async () => {
    const app = sandbox();
    const browser = await player(app, "test-shopper");
    const { body } = await browser.post("/game/token", {
      purchase: { virtual_currency: { quantity: 500 } },
    });
    const paid = await payWithCard(app, body.token);
    expect(paid.body.result).toBe("success");
    const record = await tokenRecord(app, body.token);

    const store = "/store/api/v2/project/44056";
    const auth = { Authorization: "Bearer test-shopper-token" };
    const buy = await app.request(`${store}/payment/item/sword-ember/virtual/gold`, {
      method: "POST",
      headers: auth,
    });
    expect(buy.status).toBe(200);
    const claim = await app.request(`${store}/free/item/emote-wave`, {
      method: "POST",
      headers: { ...auth, "Content-Type": "application/json" },
      body: "{}",
    });
    expect(claim.status).toBe(200);

    const history = (await browser.get(`${wallet}/transactions`)).body;
    expectSeedShape(history, [operationShape]);
    const gold = record.purchase.virtualCurrencyAmount as number;
    expect(history).toMatchObject([
      {
        transaction_type: "payment",
        transaction_id: paid.body.invoice,
        comment: record.purchase.description,
        sum: record.purchase.amount,
        currency: record.purchase.currency,
        status: "notified",
        user_id: "test-shopper",
      },
      {
        transaction_type: "inGamePurchase",
        comment: "Emberfang Sword",
        amount: -450,
        status: "done",
      },
      {
        transaction_type: "inGamePurchase",
        comment: "Friendly Wave (free)",
        amount: 0,
        sum: null,
        currency: null,
      },
    ]);
    const [payment, sword, wave] = history;
    expect(payment.amount).toBeGreaterThanOrEqual(gold);
    expect(sword.user_balance).toBe(payment.user_balance - 450);
    expect(wave.user_balance).toBe(sword.user_balance);
    expect(new Set(history.map((entry: { operation_id: number }) => entry.operation_id)).size).toBe(
      3,
    );
  });

  it("filters by date range and type and pages with offset and limit", async () => {
    const app = sandbox();
    const browser = await player(app, "test-filter");
    await redeem(browser, "WELCOME100");
    await redeem(browser, "SPRING-EXPIRED");
    await redeem(browser, "ONCE-PER-PLAYER");
    const list = async (query: string) =>
      (await browser.get(`${wallet}/transactions?${query}`)).body;
    const day = new Date(NOW).toISOString().slice(0, 10);
    expect(await list(`datetime_from=${day}T00:00:00Z&datetime_to=${day}T23:59:59Z`)).toHaveLength(
      3,
    );
    expect(await list("datetime_from=2026-06-02T00:00:00Z")).toEqual([]);
    expect(await list("datetime_to=2026-05-31T00:00:00%2B04:00")).toEqual([]);
    expect(await list("transaction_type=payment")).toEqual([]);
    expect(await list("transaction_type=coupon")).toHaveLength(3);
    const page = await list("offset=1&limit=1");
    expect(page).toMatchObject([{ coupon_code: "SPRING-EXPIRED" }]);
  });

  it("takes a past payment from the test hook, in date order, without touching the balance", async () => {
    const app = sandbox();
    const browser = await player(app, "test-old-payment");
    await redeem(browser, "WELCOME100");
    const hook = (body: object) =>
      app.request("/__sandbox/transactions", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body),
      });
    const added = await hook({
      user: "test-old-payment",
      daysAgo: 120,
      sum: 9.99,
      comment: "Pack",
    });
    expect(added.status).toBe(201);
    const history = (await browser.get(`${wallet}/transactions`)).body;
    expect(history).toMatchObject([
      { transaction_type: "payment", comment: "Pack", sum: 9.99, currency: "USD", amount: 0 },
      { transaction_type: "coupon", coupon_code: "WELCOME100" },
    ]);
    expect(Date.parse(history[0].date)).toBe(NOW - 120 * 86_400_000);
    expect(history[0].user_balance).toBe(history[1].user_balance);
    const recent = new Date(NOW - 90 * 86_400_000).toISOString();
    expect(
      await (await browser.get(`${wallet}/transactions?datetime_from=${recent}`)).body,
    ).toHaveLength(1);
    for (const bad of [
      { user: "nobody", daysAgo: 1, sum: 1 },
      { user: "test-old-payment", daysAgo: -1, sum: 1 },
      { user: "test-old-payment", daysAgo: 1, sum: 0 },
    ]) {
      expect((await hook(bad)).status).toBe(422);
    }
  });

  it("answers 422 for a date or a type it does not know", async () => {
    const app = sandbox();
    const browser = await player(app, "test-bad-query");
    for (const query of [
      "datetime_from=yesterday",
      "datetime_to=2026-13-01T00:00:00Z",
      "transaction_type=invoice-ish",
      "limit=-1",
    ]) {
      const { status, body } = await browser.get(`${wallet}/transactions?${query}`);
      expect(status, query).toBe(422);
      expectMerchantError(body, 422);
    }
  });

  it("refuses another player's id, and answers 401 when signed out", async () => {
    const app = sandbox();
    const browser = await player(app, "test-private");
    const other = await browser.get(`${game}/users/demo-player-1/transactions`);
    expect(other.status).toBe(403);
    expectMerchantError(other.body, 403);
    expect((await browser.get(`${game}/users/test-private/transactions`)).status).toBe(200);
    await browser.signIn(null);
    expect((await browser.get(`${wallet}/transactions`)).status).toBe(401);
  });

  it("is the vendor's call, 404 for a user it does not know", async () => {
    const app = sandbox();
    const stranger = await vendorGet(app, "/users/nobody/transactions");
    expect(stranger.status).toBe(404);
    const demo = await vendorGet(app, "/users/demo-player-1/transactions");
    expect(demo).toEqual({ status: 200, body: [] });
  });
});

describe("user virtual items", () => {
  it("answers the seed's shape, paged with offset and limit", async () => {
    const app = sandbox();
    const all = await vendorGet(app, "/users/demo-player-1/virtual_items");
    expectSeedShape(all.body, fixture("merchant/user-virtual-items.json"));
    expect(all.body.length).toBeGreaterThan(1);
    const second = await vendorGet(app, "/users/demo-player-1/virtual_items?offset=1&limit=1");
    expect(second.body).toEqual([all.body[1]]);
  });
});
