import { describe, expect, it } from "vitest";
import {
  createSubscriptionCalls,
  type PlayerSubscription,
} from "../../../src/api/account/subscriptions";
import {
  MerchantSubscriptionSchema,
  MerchantSubscriptionsSchema,
  StoreSubscriptionsSchema,
} from "../../../src/api/account/subscriptions-schemas";
import type { BackendConfig, BackendKind } from "../../../src/api/backend";
import { errorCode } from "../../../src/core/errors";
import { browserOf, NOW, sandbox } from "../sandbox/helpers";
import { fakeFetch, fixture, type Handler, json, value } from "./fake-fetch";

const GAME = "https://game.example.com/game";
const MINE = "/game/merchant/v2/projects/44056/users/me/subscriptions";
const SUBS = "https://subs.example.com/api";
const XSOLLA = "/api/user/v1/projects/44056/subscriptions";
const DAY = 86_400_000;

/** The seed's examples (002), verbatim. */
const seedList = fixture("merchant/user-subscriptions.json") as Record<string, unknown>[];
const seedUpdated = fixture("merchant/user-subscription.json") as Record<string, unknown>;

/** An item as the vendor's SDK describes it (docs/contracts.md 3.7); it gives no example. */
const storeItem = {
  id: 7,
  plan_id: 54322,
  plan_external_id: "commander-pass",
  plan_name: "Commander Pass",
  plan_description: null,
  status: "active",
  is_in_trial: false,
  date_create: "2026-05-01T12:00:00+00:00",
  date_next_charge: "2026-06-13T12:00:00+00:00",
  date_last_charge: "2026-05-13T12:00:00+00:00",
  charge: { amount: 9.99, amount_with_promotion: null, currency: "USD" },
  period: { value: 1, unit: "month" },
};

function setup(kind: BackendKind, handler: Handler, overrides: Partial<BackendConfig> = {}) {
  const fetchImpl = fakeFetch(handler);
  const calls = createSubscriptionCalls(kind, {
    apiBase: GAME,
    projectId: "44056",
    subscriptionsApiBase: SUBS,
    currency: "USD",
    locale: "en-US",
    fetchImpl,
    ...(kind === "merchant" ? { userId: "p1" } : { userToken: "jwt" }),
    ...overrides,
  });
  return { calls, fetchImpl };
}

describe("subscription schemas", () => {
  it("parse the seed's list and update examples", () => {
    expect(MerchantSubscriptionsSchema.safeParse(seedList).success).toBe(true);
    expect(MerchantSubscriptionSchema.safeParse(seedUpdated).success).toBe(true);
    expect(
      StoreSubscriptionsSchema.safeParse({ items: [storeItem], has_more: false }).success,
    ).toBe(true);
  });

  it("refuse a row whose status the widget could not act on", () => {
    const odd = [{ ...seedList[0], status: "frozen" }];
    expect(MerchantSubscriptionsSchema.safeParse(odd).success).toBe(false);
  });
});

describe("the merchant backend's subscriptions", () => {
  it("lists the seed's subscription in the widget's words, through the game server as me", async () => {
    const { calls, fetchImpl } = setup("merchant", () => json(seedList));
    expect(await value(calls.list())).toEqual([
      {
        id: "45",
        planId: "sample_plan",
        planName: "Basic Plan",
        status: "active",
        nextCharge: null,
        endsAt: null,
        price: { amount: 10, currency: "USD" },
        period: { value: 1, unit: "month" },
      },
    ]);
    const [seen] = fetchImpl.seen;
    expect(seen?.url.pathname).toBe(MINE);
    expect(Object.fromEntries(seen?.url.searchParams ?? [])).toEqual({ offset: "0", limit: "100" });
  });

  it("cancels with the seed's PUT and reads the updated row, which charges nothing more", async () => {
    const { calls, fetchImpl } = setup("merchant", () => json(seedUpdated));
    const updated = await value(calls.change("45", "cancel"));
    expect(updated).toMatchObject({
      id: "45",
      status: "canceled",
      nextCharge: null,
      endsAt: new Date("2014-10-07T09:34:17Z"),
    });
    const [seen] = fetchImpl.seen;
    expect(seen).toMatchObject({ method: "PUT", body: { status: "canceled" } });
    expect(seen?.url.pathname).toBe(`${MINE}/45`);
  });

  it("turns off renewal with non_renewing, and never sends it twice", async () => {
    let calls = 0;
    const { calls: subs, fetchImpl } = setup("merchant", () => {
      calls++;
      return json({ message: "busy" }, 503);
    });
    const result = await subs.change("45", "stop-renewal");
    expect(result.ok).toBe(false);
    expect(calls).toBe(1);
    expect(fetchImpl.seen[0]?.body).toEqual({ status: "non_renewing" });
  });

  it("offers both changes on a running plan, only ending one that no longer renews", () => {
    const { calls } = setup("merchant", () => json([]));
    const row = { status: "active" } as PlayerSubscription;
    expect(calls.changesFor(row)).toEqual(["stop-renewal", "cancel"]);
    expect(calls.changesFor({ ...row, status: "non-renewing" })).toEqual(["cancel"]);
    expect(calls.changesFor({ ...row, status: "canceled" })).toEqual([]);
  });

  it("says what the game server refused", async () => {
    const { calls } = setup("merchant", () =>
      json({ http_status_code: 422, message: "Unprocessable", request_id: "r1" }, 422),
    );
    const result = await calls.change("45", "cancel");
    expect(result.ok ? null : errorCode(result.error)).toBe("http-422");
  });
});

describe("the xsolla backend's subscriptions", () => {
  it("lists with the player's token on the Subscriptions API, page after page", async () => {
    const { calls, fetchImpl } = setup("xsolla", (url) =>
      url.searchParams.get("offset") === "0"
        ? json({ items: [storeItem], has_more: true })
        : json({ items: [{ ...storeItem, id: 8, status: "non_renewing" }], has_more: false }),
    );
    const list = await value(calls.list());
    expect(list.map((s) => [s.id, s.status])).toEqual([
      ["7", "active"],
      ["8", "non-renewing"],
    ]);
    expect(list[0]).toMatchObject({
      planId: "commander-pass",
      planName: "Commander Pass",
      nextCharge: new Date("2026-06-13T12:00:00Z"),
      price: { amount: 9.99, currency: "USD" },
      period: { value: 1, unit: "month" },
    });
    expect(fetchImpl.seen.map((r) => r.url.searchParams.get("offset"))).toEqual(["0", "50"]);
    expect(fetchImpl.seen[0]?.url.pathname).toBe(XSOLLA);
    expect(fetchImpl.seen[0]?.headers.Authorization).toBe("Bearer jwt");
  });

  it("shows the promotion's price while it lasts", async () => {
    const promoted = { ...storeItem, charge: { ...storeItem.charge, amount_with_promotion: 4.99 } };
    const { calls } = setup("xsolla", () => json({ items: [promoted], has_more: false }));
    expect((await value(calls.list()))[0]?.price).toEqual({ amount: 4.99, currency: "USD" });
  });

  it("can only stop renewal, with the cancel call that answers nothing", async () => {
    const { calls, fetchImpl } = setup("xsolla", () => new Response(null, { status: 204 }));
    expect(calls.changesFor({ status: "active" } as PlayerSubscription)).toEqual(["stop-renewal"]);
    expect(calls.changesFor({ status: "non-renewing" } as PlayerSubscription)).toEqual([]);
    expect(await value(calls.change("7", "stop-renewal"))).toBeNull();
    expect(fetchImpl.seen[0]).toMatchObject({ method: "PUT" });
    expect(fetchImpl.seen[0]?.url.pathname).toBe(`${XSOLLA}/7/cancel`);
  });
});

describe("against the sandbox", () => {
  /** The calls of a browser signed in to the sandbox's game server as demo-player-1. */
  async function merchantOnSandbox() {
    const app = sandbox();
    const browser = browserOf(app);
    await browser.signIn("demo-player-1");
    const fetchImpl = (input: RequestInfo | URL, init?: RequestInit) => {
      const url = new URL(String(input));
      return browser.request(`${url.pathname}${url.search}`, init);
    };
    return createSubscriptionCalls("merchant", {
      apiBase: "http://sandbox.test/game",
      projectId: "44056",
      userId: "demo-player-1",
      currency: "USD",
      locale: "en",
      fetchImpl: fetchImpl as typeof fetch,
    });
  }

  function xsollaOnSandbox() {
    const app = sandbox();
    return createSubscriptionCalls("xsolla", {
      apiBase: "http://sandbox.test/store",
      subscriptionsApiBase: "http://sandbox.test/subscriptions/api",
      projectId: "44056",
      userToken: "demo-player-1-token",
      currency: "USD",
      locale: "en",
      fetchImpl: ((input: RequestInfo | URL, init?: RequestInit) =>
        app.request(String(input), init)) as typeof fetch,
    });
  }

  it("merchant: reads the demo player's plan, stops its renewal, then ends it", async () => {
    const calls = await merchantOnSandbox();
    const [plan] = await value(calls.list());
    expect(plan).toMatchObject({
      planId: "9.99_1_months",
      planName: "Commander Pass",
      status: "active",
      nextCharge: new Date(NOW + 12 * DAY),
      price: { amount: 9.99, currency: "USD" },
      period: { value: 1, unit: "month" },
    });
    const id = (plan as PlayerSubscription).id;
    expect(await value(calls.change(id, "stop-renewal"))).toMatchObject({
      status: "non-renewing",
      nextCharge: null,
      endsAt: new Date(NOW + 12 * DAY),
    });
    expect(await value(calls.change(id, "cancel"))).toMatchObject({ status: "canceled" });
    const refused = await calls.change(id, "cancel");
    expect(refused.ok ? null : errorCode(refused.error)).toBe("http-422");
  });

  it("xsolla: reads the demo player's plan and stops its renewal", async () => {
    const calls = xsollaOnSandbox();
    const [plan] = await value(calls.list());
    expect(plan).toMatchObject({
      planId: "commander-pass",
      planName: "Commander Pass",
      status: "active",
      nextCharge: new Date(NOW + 12 * DAY),
    });
    const id = (plan as PlayerSubscription).id;
    expect(await value(calls.change(id, "stop-renewal"))).toBeNull();
    expect(await value(calls.list())).toMatchObject([
      { id, status: "non-renewing", nextCharge: null, endsAt: new Date(NOW + 12 * DAY) },
    ]);
  });
});
