import { describe, expect, it } from "vitest";
import { createSandboxApp } from "../../../demo/sandbox/app";
import {
  basicAuth,
  browserOf,
  expectSeedShape,
  fixture,
  NOW,
  payWithCard,
  sandbox,
} from "./helpers";

type App = ReturnType<typeof sandbox>;
type Browser = ReturnType<typeof browserOf>;

const vendor = "/vendor/merchant/v2/projects/44056";
const game = "/game/merchant/v2/projects/44056";
const mine = `${game}/users/me/subscriptions`;
const storefrontPlans = `${game}/storefront/subscriptions?currency=USD&language=en`;
const xsolla = "/subscriptions/api/user/v1/projects/44056/subscriptions";
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "+00:00");

const seedErrorShape = fixture("merchant/error-401.json") as object;
const [seedSubscription] = fixture("merchant/user-subscriptions.json") as Record<string, unknown>[];
const seedUpdated = fixture("merchant/user-subscription.json") as Record<string, unknown>;
const seedUpdateRequest = fixture("merchant/user-subscription-update-request.json");

/**
 * The seed's subscription, where the sandbox's plans carry their names in every language the
 * catalog has (the seed's has "en"), never expire and have no trial unless the plan has one.
 */
const sandboxShape = (seed: Record<string, unknown>) => ({
  ...seed,
  plan: {
    ...(seed.plan as object),
    name: null,
    description: null,
    expiration: null,
    trial: null,
  },
  date_next_charge: null,
});

function expectMerchantError(body: unknown, status: number) {
  expect(Object.keys(body as object).sort()).toEqual(Object.keys(seedErrorShape).sort());
  expect(body).toMatchObject({ http_status_code: status });
}

async function vendorCall(app: App, path: string, init: { method?: string; body?: unknown } = {}) {
  const response = await app.request(`${vendor}${path}`, {
    method: init.method ?? "GET",
    headers: { ...basicAuth, "Content-Type": "application/json" },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

async function player(app: App, id: string) {
  const browser = browserOf(app);
  await browser.signIn(id);
  return browser;
}

/** Buys a plan for the browser's player through the game server and the sandbox Pay Station. */
async function buyPlan(app: App, browser: Browser, planId: string) {
  const { body } = await browser.post("/game/token", {
    purchase: { subscription: { plan_id: planId } },
    settings: { currency: "USD", language: "en" },
  });
  expect((await payWithCard(app, body.token)).body.result).toBe("success");
}

async function put(browser: Browser, id: number, body: unknown, headers = {}) {
  const response = await browser.request(`${mine}/${id}`, {
    method: "PUT",
    headers: { "Content-Type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

async function xsollaGet(app: App, playerId: string | null) {
  const response = await app.request(xsolla, {
    headers: playerId ? { Authorization: `Bearer ${playerId}-token` } : {},
  });
  return { status: response.status, body: await response.json() };
}

async function xsollaCancel(app: App, playerId: string, id: number) {
  const response = await app.request(`${xsolla}/${id}/cancel`, {
    method: "PUT",
    headers: { Authorization: `Bearer ${playerId}-token` },
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

describe("Merchant API user subscriptions", () => {
  it("lists the demo player's plan in the seed's shape, its external id the storefront's plan id", async () => {
    const app = sandbox();
    const { status, body } = await vendorCall(app, "/users/demo-player-1/subscriptions");
    expect(status).toBe(200);
    expectSeedShape(body, [sandboxShape(seedSubscription ?? {})]);
    expect(body).toEqual([
      expect.objectContaining({
        id: expect.any(Number),
        plan: expect.objectContaining({
          id: "54322",
          external_id: "9.99_1_months",
          project_id: 44056,
          localized_name: "Commander Pass",
          charge: { period: { value: 1, type: "month" }, amount: 9.99, currency: "USD" },
          status: { value: "active", counters: { active: 1, canceled: 0, expired: 0 } },
        }),
        user: { id: "demo-player-1" },
        charge_amount: 9.99,
        currency: "USD",
        date_next_charge: iso(NOW + 12 * DAY),
        status: "active",
      }),
    ]);
    const plans = await browserOf(app).get(storefrontPlans);
    expect(plans.body.active_user_package.id).toBe(body[0].plan.external_id);
  });

  it("lists a plan bought in the sandbox Pay Station, with its trial, next charge and price", async () => {
    const app = sandbox();
    const browser = await player(app, "test-subscriber");
    expect((await browser.get(mine)).body).toEqual([]);
    await buyPlan(app, browser, "4.99_1_months");
    const { body } = await browser.get(mine);
    expect(body).toHaveLength(1);
    expect(body[0]).toMatchObject({
      plan: { id: "54321", external_id: "4.99_1_months", trial: { value: 7, type: "day" } },
      user: { id: "test-subscriber" },
      charge_amount: 4.99,
      date_create: iso(NOW),
      date_last_charge: iso(NOW),
      date_next_charge: "2026-07-01T12:00:00+00:00",
      status: "active",
    });
    expect((await browser.get(storefrontPlans)).body.active_user_package).toEqual({
      id: "4.99_1_months",
      date_next_charge: "2026-07-01T12:00:00+00:00",
    });
  });

  it("ends the running plan when another is bought, and lists both", async () => {
    const app = sandbox();
    const browser = await player(app, "test-switcher");
    await buyPlan(app, browser, "4.99_1_months");
    await buyPlan(app, browser, "79.99_12_months");
    const { body } = await browser.get(mine);
    expect(body.map((s: { status: string }) => s.status)).toEqual(["canceled", "active"]);
    expect(body[0].date_end).toBe(iso(NOW));
    expect((await browser.get(storefrontPlans)).body.active_user_package.id).toBe(
      "79.99_12_months",
    );
  });

  it("turns renewal off: no next charge, the plan stays the player's until its period ends", async () => {
    const app = sandbox();
    const [before] = (await vendorCall(app, "/users/demo-player-1/subscriptions")).body;
    const { status, body } = await vendorCall(
      app,
      `/users/demo-player-1/subscriptions/${before.id}`,
      { method: "PUT", body: { status: "non_renewing" } },
    );
    expect(status).toBe(200);
    expectSeedShape(body, { ...sandboxShape(seedUpdated), date_end: "" });
    expect(body).toMatchObject({
      id: before.id,
      status: "non_renewing",
      date_next_charge: null,
      date_end: before.date_next_charge,
    });
    expect((await browserOf(app).get(storefrontPlans)).body.active_user_package).toEqual({
      id: "9.99_1_months",
      date_next_charge: null,
    });
  });

  it("cancels at once, and the storefront's plans show no active plan", async () => {
    const app = sandbox();
    const [before] = (await vendorCall(app, "/users/demo-player-1/subscriptions")).body;
    const { status, body } = await vendorCall(
      app,
      `/users/demo-player-1/subscriptions/${before.id}`,
      { method: "PUT", body: { status: "canceled" } },
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: "canceled", date_next_charge: null, date_end: iso(NOW) });
    expect(body.plan.status.counters).toEqual({ active: 0, canceled: 1, expired: 0 });
    expect((await browserOf(app).get(storefrontPlans)).body.active_user_package).toBeNull();
    const canceled = await vendorCall(app, "/users/demo-player-1/subscriptions?status=canceled");
    expect(canceled.body.map((s: { id: number }) => s.id)).toEqual([before.id]);
  });

  it("moves the next charge by a timeshift, and takes the seed's example request", async () => {
    const app = sandbox();
    const [before] = (await vendorCall(app, "/users/demo-player-1/subscriptions")).body;
    const path = `/users/demo-player-1/subscriptions/${before.id}`;
    const shifted = await vendorCall(app, path, {
      method: "PUT",
      body: { timeshift: { value: "-2", type: "day" } },
    });
    expect(shifted.body).toMatchObject({ status: "active", date_next_charge: iso(NOW + 10 * DAY) });
    const seed = await vendorCall(app, path, { method: "PUT", body: seedUpdateRequest });
    expect(seed).toMatchObject({ status: 200, body: { status: "canceled", date_end: iso(NOW) } });
    const again = await vendorCall(app, path, { method: "PUT", body: { status: "active" } });
    expect(again.status).toBe(422);
    expectMerchantError(again.body, 422);
    expect(again.body.extended_message.property_errors).toEqual({
      status: ["A canceled subscription cannot be changed"],
    });
  });

  it("refunds the last payment with a cancel when asked, as a cancellation transaction", async () => {
    const app = sandbox();
    const browser = await player(app, "test-refunded");
    await buyPlan(app, browser, "9.99_1_months");
    const [subscription] = (await browser.get(mine)).body;
    const { status } = await vendorCall(
      app,
      `/users/test-refunded/subscriptions/${subscription.id}`,
      {
        method: "PUT",
        body: { status: "canceled", cancel_subscription_payment: true },
      },
    );
    expect(status).toBe(200);
    const history = (await browser.get(`${game}/users/me/transactions`)).body;
    expect(history.at(-1)).toMatchObject({
      transaction_type: "cancellation",
      comment: "Refund: Commander Pass",
      sum: 9.99,
      currency: "USD",
    });
  });

  it("ends a plan left not to renew when its period is over", async () => {
    let now = NOW;
    const app = createSandboxApp({ now: () => now });
    const [before] = (await vendorCall(app, "/users/demo-player-1/subscriptions")).body;
    await vendorCall(app, `/users/demo-player-1/subscriptions/${before.id}`, {
      method: "PUT",
      body: { status: "non_renewing" },
    });
    now += 12 * DAY;
    const [after] = (await vendorCall(app, "/users/demo-player-1/subscriptions")).body;
    expect(after).toMatchObject({ status: "canceled", date_end: iso(NOW + 12 * DAY) });
    expect(after.plan.status.counters).toEqual({ active: 0, canceled: 0, expired: 1 });
    expect((await browserOf(app).get(storefrontPlans)).body.active_user_package).toBeNull();
  });

  it("filters by status and plan, pages, and refuses a status it does not know", async () => {
    const app = sandbox();
    const browser = await player(app, "test-filters");
    await buyPlan(app, browser, "4.99_1_months");
    await buyPlan(app, browser, "9.99_1_months");
    const list = (query: string) => vendorCall(app, `/users/test-filters/subscriptions?${query}`);
    expect((await list("status=active")).body).toHaveLength(1);
    expect((await list("status=new")).body).toEqual([]);
    expect((await list("plan_id=54321")).body[0].plan.external_id).toBe("4.99_1_months");
    expect((await list("plan_id=9.99_1_months")).body[0].status).toBe("active");
    expect((await list("product_id=1")).body).toEqual([]);
    expect((await list("offset=1&limit=1")).body[0].plan.id).toBe("54322");
    expect((await list("datetime_from=2026-06-02T00:00:00Z")).body).toEqual([]);
    const bad = await list("status=paused");
    expect(bad.status).toBe(422);
    expectMerchantError(bad.body, 422);
    expect((await list("limit=1000")).status).toBe(422);
  });

  it("answers 404 for an unknown subscription, another player's and an unknown user", async () => {
    const app = sandbox();
    const [demo] = (await vendorCall(app, "/users/demo-player-1/subscriptions")).body;
    const unknown = await vendorCall(app, "/users/demo-player-1/subscriptions/999999", {
      method: "PUT",
      body: { status: "canceled" },
    });
    expect(unknown.status).toBe(404);
    expectMerchantError(unknown.body, 404);
    const theirs = await vendorCall(app, `/users/demo-player-2/subscriptions/${demo.id}`, {
      method: "PUT",
      body: { status: "canceled" },
    });
    expect(theirs.status).toBe(404);
    const stranger = await vendorCall(app, "/users/nobody-at-all/subscriptions");
    expect(stranger.status).toBe(404);
    expectMerchantError(stranger.body, 404);
  });

  it("answers 422 for a body it cannot take, 415 without JSON and 401 without credentials", async () => {
    const app = sandbox();
    const [demo] = (await vendorCall(app, "/users/demo-player-1/subscriptions")).body;
    const path = `/users/demo-player-1/subscriptions/${demo.id}`;
    const refuse = async (body: unknown) => {
      const answer = await vendorCall(app, path, { method: "PUT", body });
      expect(answer.status).toBe(422);
      expectMerchantError(answer.body, 422);
      return answer.body.extended_message;
    };
    expect((await refuse({ status: "paused" })).property_errors.status).toHaveLength(1);
    expect(
      (await refuse({ status: "non_renewing", cancel_subscription_payment: true })).property_errors,
    ).toHaveProperty("cancel_subscription_payment");
    expect(
      (await refuse({ timeshift: { value: "soon", type: "day" } })).property_errors,
    ).toHaveProperty("timeshift.value");
    expect((await refuse({})).global_errors).toHaveLength(1);
    const noJson = await app.request(`${vendor}${path}`, {
      method: "PUT",
      headers: basicAuth,
      body: '{"status":"canceled"}',
    });
    expect(noJson.status).toBe(415);
    const bare = await app.request(`${vendor}/users/demo-player-1/subscriptions`);
    expect(bare.status).toBe(401);
    // Nothing above changed the plan.
    expect((await vendorCall(app, "/users/demo-player-1/subscriptions")).body[0].status).toBe(
      "active",
    );
  });
});

describe("the game server's subscription calls", () => {
  it("lists and cancels for the session's player, by `me` or their own id", async () => {
    const app = sandbox();
    const browser = browserOf(app);
    const [demo] = (await browser.get(mine)).body;
    expect(demo.user).toEqual({ id: "demo-player-1" });
    const own = await browser.get(`${game}/users/demo-player-1/subscriptions?status=active`);
    expect(own.body).toHaveLength(1);
    const stopped = await put(browser, demo.id, { status: "non_renewing" });
    expect(stopped).toMatchObject({ status: 200, body: { status: "non_renewing" } });
    const canceled = await put(browser, demo.id, { status: "canceled" });
    expect(canceled).toMatchObject({ status: 200, body: { status: "canceled" } });
    expect((await browser.get(storefrontPlans)).body.active_user_package).toBeNull();
    const again = await put(browser, demo.id, { status: "canceled" });
    expect(again.status).toBe(422);
  });

  it("refuses another player's id with 403 and another player's subscription with 404", async () => {
    const app = sandbox();
    const [demo] = (await browserOf(app).get(mine)).body;
    const browser = await player(app, "test-nosy");
    const theirs = await browser.get(`${game}/users/demo-player-1/subscriptions`);
    expect(theirs.status).toBe(403);
    expectMerchantError(theirs.body, 403);
    const path = `${game}/users/demo-player-1/subscriptions/${demo.id}`;
    const byPath = await browser.request(path, {
      method: "PUT",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ status: "canceled" }),
    });
    expect(byPath.status).toBe(403);
    const byId = await put(browser, demo.id, { status: "canceled" });
    expect(byId.status).toBe(404);
    expectMerchantError(byId.body, 404);
    expect((await browserOf(app).get(mine)).body[0].status).toBe("active");
  });

  it("takes only a cancel or an end to renewal from the browser", async () => {
    const app = sandbox();
    const browser = browserOf(app);
    const [demo] = (await browser.get(mine)).body;
    for (const body of [
      { status: "active" },
      { status: "canceled", cancel_subscription_payment: true },
      { timeshift: { value: "30", type: "day" } },
      {},
    ]) {
      const answer = await put(browser, demo.id, body);
      expect(answer.status, JSON.stringify(body)).toBe(422);
      expectMerchantError(answer.body, 422);
    }
    expect((await browser.get(mine)).body[0]).toMatchObject({
      status: "active",
      date_next_charge: iso(NOW + 12 * DAY),
    });
  });

  it("answers 401 signed out and 403 to a PUT from another site", async () => {
    const app = sandbox();
    const browser = browserOf(app);
    const [demo] = (await browser.get(mine)).body;
    const crossSite = await put(
      browser,
      demo.id,
      { status: "canceled" },
      {
        "Sec-Fetch-Site": "cross-site",
      },
    );
    expect(crossSite.status).toBe(403);
    await browser.signIn(null);
    const list = await browser.get(mine);
    expect(list.status).toBe(401);
    expectMerchantError(list.body, 401);
    expect((await put(browser, demo.id, { status: "canceled" })).status).toBe(401);
    await browser.signIn("demo-player-1");
    expect((await browser.get(mine)).body[0].status).toBe("active");
  });

  it("passes the list's filters on and keeps anything else", async () => {
    const app = sandbox();
    const browser = browserOf(app);
    const active = await browser.get(`${mine}?status=active&user_id=demo-player-2&foo=1`);
    expect(active.body).toHaveLength(1);
    expect((await browser.get(`${mine}?status=canceled`)).body).toEqual([]);
  });
});

describe("subscriptions API player calls (xsolla backend)", () => {
  it("lists the player's running plan with the external id user_plans gives it", async () => {
    const app = sandbox();
    const { status, body } = await xsollaGet(app, "demo-player-1");
    expect(status).toBe(200);
    expect(body).toEqual({
      has_more: false,
      items: [
        expect.objectContaining({
          id: expect.any(Number),
          plan_id: 54322,
          plan_external_id: "commander-pass",
          plan_name: "Commander Pass",
          status: "active",
          is_in_trial: false,
          date_next_charge: iso(NOW + 12 * DAY),
          charge: { amount: 9.99, amount_with_promotion: null, currency: "USD" },
          period: { value: 1, unit: "month" },
        }),
      ],
    });
    const plans = await app.request("/subscriptions/api/public/v1/projects/44056/user_plans");
    const external = (await plans.json()).items.map(
      (p: { plan_external_id: string }) => p.plan_external_id,
    );
    expect(external).toContain(body.items[0].plan_external_id);
  });

  it("lists a plan bought through the subscriptions API and Pay Station", async () => {
    const app = sandbox();
    const buy = await app.request(`${xsolla}/buy`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: "Bearer test-xs-buyer-token" },
      body: JSON.stringify({ plan_external_id: "voyager-pass" }),
    });
    const token = new URL((await buy.json()).link_to_ps).searchParams.get("access_token") ?? "";
    await payWithCard(app, token);
    const { body } = await xsollaGet(app, "test-xs-buyer");
    expect(body.items).toEqual([
      expect.objectContaining({ plan_external_id: "voyager-pass", is_in_trial: true }),
    ]);
  });

  it("cancel stops renewal (204), which the merchant calls and the storefront agree with", async () => {
    const app = sandbox();
    const [item] = (await xsollaGet(app, "demo-player-1")).body.items;
    const cancel = await xsollaCancel(app, "demo-player-1", item.id);
    expect(cancel.status).toBe(204);
    const [after] = (await xsollaGet(app, "demo-player-1")).body.items;
    expect(after).toMatchObject({ status: "non_renewing", date_next_charge: null });
    const merchant = (await vendorCall(app, "/users/demo-player-1/subscriptions")).body;
    expect(merchant[0]).toMatchObject({ id: item.id, status: "non_renewing" });
    expect((await browserOf(app).get(storefrontPlans)).body.active_user_package).toEqual({
      id: "9.99_1_months",
      date_next_charge: null,
    });
  });

  it("answers 401 without a token, 404 for another's and 422 for a canceled one", async () => {
    const app = sandbox();
    const anonymous = await xsollaGet(app, null);
    expect(anonymous).toMatchObject({ status: 401, body: { errorCode: 1501 } });
    const [item] = (await xsollaGet(app, "demo-player-1")).body.items;
    const theirs = await xsollaCancel(app, "demo-player-2", item.id);
    expect(theirs).toMatchObject({ status: 404, body: { statusCode: 404 } });
    await vendorCall(app, `/users/demo-player-1/subscriptions/${item.id}`, {
      method: "PUT",
      body: { status: "canceled" },
    });
    const canceled = await xsollaCancel(app, "demo-player-1", item.id);
    expect(canceled).toMatchObject({ status: 422, body: { errorCode: 1102 } });
    expect((await xsollaGet(app, "demo-player-1")).body.items).toEqual([]);
  });
});
