import { describe, expect, it } from "vitest";
import type { BackendConfig } from "../../../src/api/backend";
import { readStoreError, StoreErrorSchema } from "../../../src/api/store-contract";
import { createXsollaBackend } from "../../../src/api/xsolla";
import { pickText, toGroups, toItem } from "../../../src/api/xsolla/adapt";
import {
  XsollaGroupsSchema,
  XsollaItemsPageSchema,
  XsollaOwnSubscriptionsSchema,
  XsollaPlansPageSchema,
  XsollaVcPackagesPageSchema,
} from "../../../src/api/xsolla/schemas";
import { fakeFetch, fixture, type Handler, json, value } from "./fake-fetch";

const groupsFixture = fixture("xsolla/groups.json");
const itemsFixture = fixture("xsolla/virtual-items.json");
const packagesFixture = fixture("xsolla/virtual-currency-packages.json");
const plansFixture = fixture("xsolla/user-plans.json");
const ownFixture = fixture("xsolla/user-subscriptions.json");
const error401 = fixture("xsolla/error-401.json");

function setup(handler: Handler, overrides: Partial<BackendConfig> = {}) {
  const fetchImpl = fakeFetch(handler);
  const backend = createXsollaBackend({
    apiBase: "https://store.xsolla.com/api",
    projectId: "44056",
    currency: "USD",
    locale: "en-US",
    fetchImpl,
    ...overrides,
  });
  return { backend, fetchImpl };
}

/** Serves each fixture on its own path, like the real services. */
const catalog: Handler = (url) => {
  if (url.pathname.endsWith("/items/groups")) return json(groupsFixture);
  if (url.pathname.includes("/items/virtual_items/group/")) return json(itemsFixture);
  if (url.pathname.endsWith("/items/virtual_currency/package")) return json(packagesFixture);
  if (url.pathname.endsWith("/user_plans")) return json(plansFixture);
  return json(error401, 401);
};

describe("xsolla schemas", () => {
  it.each([
    ["groups", XsollaGroupsSchema, groupsFixture],
    ["virtual items", XsollaItemsPageSchema, itemsFixture],
    ["virtual currency packages", XsollaVcPackagesPageSchema, packagesFixture],
    ["user plans", XsollaPlansPageSchema, plansFixture],
    ["player's subscriptions", XsollaOwnSubscriptionsSchema, ownFixture],
    ["401 error", StoreErrorSchema, error401],
    ["404 error", StoreErrorSchema, fixture("xsolla/error-404-group.json")],
    ["string error code", StoreErrorSchema, fixture("xsolla/error-422-string-code.json")],
  ])("parses the %s example", (_name, schema, body) => {
    expect(schema.safeParse(body).success).toBe(true);
  });

  it("keeps the item list when a promotion has a shape it does not know", () => {
    const page = XsollaItemsPageSchema.parse({
      has_more: false,
      items: [
        {
          sku: "odd",
          name: "Odd",
          price: { amount: "1.00", currency: "USD" },
          promotions: [
            "flash",
            { name: 42, date_end: 17, bonus: "none" },
            { name: "Ok", date_end: "2030-01-01T00:00:00Z" },
          ],
        },
        { sku: "odder", name: "Odder", price: null, is_free: true, promotions: { sale: true } },
      ],
    });
    const [odd, odder] = page.items.map((item) => toItem(item, "en"));
    expect(odd?.promotions).toEqual([
      { name: "", endsAt: null },
      { name: "Ok", endsAt: new Date("2030-01-01T00:00:00Z") },
    ]);
    expect(odder?.promotions).toEqual([]);
  });

  it("rejects a price that is not a decimal", () => {
    const page = { items: [{ sku: "x", name: "X", price: { amount: "cheap", currency: "USD" } }] };
    expect(XsollaItemsPageSchema.safeParse(page).success).toBe(false);
  });
});

describe("xsolla mapping", () => {
  it("picks the player's language, then English, then the first text there is", () => {
    expect(pickText({ en: "Rabbit", zh: "兔子" }, "zh")).toBe("兔子");
    expect(pickText({ "en-US": "Rabbit", "de-DE": "Hase" }, "de")).toBe("Hase");
    expect(pickText({ de: "Hase", en: "Rabbit" }, "fr")).toBe("Rabbit");
    expect(pickText({ de: "Hase", ru: "Кролик" }, "fr")).toBe("Hase");
    expect(pickText({ zh: "", en: "Rabbit" }, "zh")).toBe("Rabbit");
    expect(pickText("Rabbit", "zh")).toBe("Rabbit");
    expect(pickText({}, "en")).toBeNull();
  });

  it("builds the same tree from a nested or a flat group list", () => {
    const nested = XsollaGroupsSchema.parse(groupsFixture).groups;
    const flat = nested.flatMap((group) => [{ ...group, children: [] }, ...(group.children ?? [])]);
    const expected = [
      {
        id: "weapons",
        name: "Weapons",
        description: "Swords, bows and everything sharp",
        children: [
          { id: "swords", name: "Swords", description: null, children: [] },
          { id: "bows", name: "Bows", description: null, children: [] },
        ],
      },
      { id: "potions", name: "Potions", description: "Restore health and mana", children: [] },
    ];
    expect(toGroups(nested, "en")).toEqual(expected);
    expect(toGroups(flat, "en")).toEqual(expected);
    expect(toGroups(nested, "zh")[0]?.name).toBe("武器");
  });

  it("reads the error JSON with numeric or string codes", () => {
    expect(readStoreError(error401)).toEqual({
      code: "1501",
      serverMessage: "[0401-1501]: Authorization header not sent",
    });
    expect(readStoreError(fixture("xsolla/error-404-group.json"))).toEqual({
      code: "4403",
      serverMessage: "[0401-4403]: Group not found",
      requestId: "7c1a2d2e4b9f11ee8c900242ac120002",
    });
    expect(readStoreError(fixture("xsolla/error-422-string-code.json"))).toMatchObject({
      code: "1411",
    });
    expect(readStoreError(null)).toEqual({});
  });
});

describe("xsolla backend", () => {
  it("maps a free item with its per-user limit", async () => {
    const { backend } = setup(catalog);
    const [free] = await value(backend.getItems("potions"));
    expect(free).toEqual({
      sku: "starter_potion",
      name: "Starter potion",
      description: "A free healing potion for every new hero.",
      longDescription: null,
      imageUrl: "https://cdn3.xsolla.com/img/misc/images/starter-potion.png",
      price: null,
      vcPrice: null,
      isFree: true,
      bonusVc: null,
      bonusItems: [],
      adLabel: null,
      offerLabel: null,
      limit: { total: 1, available: 1 },
      promotions: [],
      vpRewards: [],
    });
  });

  it("maps a discounted item with decimal-string prices and its promotion's end", async () => {
    const { backend } = setup(catalog);
    const [, sword] = await value(backend.getItems("swords"));
    expect(sword).toMatchObject({
      sku: "steel_sword",
      imageUrl: "https://cdn3.xsolla.com/img/misc/images/steel-sword.png",
      longDescription: "Forged in the northern mountains; +12 attack.",
      price: {
        current: { amount: 4.99, currency: "USD" },
        beforeDiscount: { amount: 9.99, currency: "USD" },
      },
      vcPrice: null,
      isFree: false,
      limit: null,
      promotions: [{ name: "Summer sale", endsAt: new Date("2025-06-30T23:59:59Z") }],
    });
  });

  it("prices an item in its default virtual currency and localizes its name", async () => {
    const { backend } = setup(catalog, { locale: "zh-CN" });
    const [, , rabbit] = await value(backend.getItems("weapons"));
    expect(rabbit).toMatchObject({
      sku: "rabbit",
      name: "兔子",
      description: "兔子是兔科的小型哺乳动物",
      price: null,
      isFree: false,
      vcPrice: {
        amount: 150,
        beforeDiscount: 200,
        currency: {
          sku: "gems",
          name: "Gems",
          imageUrl: "https://cdn3.xsolla.com/img/misc/images/gems.png",
        },
      },
    });
  });

  it("maps VC packages to their currency content, quantity and promotion bonus", async () => {
    const { backend } = setup(catalog);
    const [gold, daily] = await value(backend.getVcPackages());
    expect(gold).toEqual({
      sku: "gold_500",
      name: "500 Gold",
      description: null,
      imageUrl: "https://cdn2.xsolla.com/img/misc/images/5df58528dee219c2ab48e003f8f1a8f1.jpg",
      price: {
        current: { amount: 4, currency: "USD" },
        beforeDiscount: { amount: 4.99, currency: "USD" },
      },
      isFree: false,
      quantity: 500,
      quantityBeforeDiscount: null,
      currency: {
        sku: "gold",
        name: "Gold",
        imageUrl: "https://cdn3.xsolla.com/img/misc/images/gold.png",
      },
      bonusVc: 50,
      bonusItems: [{ name: "Rabbit", quantity: 1 }],
      adLabel: null,
      offerLabel: null,
      limit: null,
      promotions: [{ name: "Launch bonus", endsAt: null }],
    });
    expect(daily).toMatchObject({
      sku: "daily_gold",
      isFree: true,
      price: null,
      quantity: 25,
      limit: { total: 1, available: 0 },
    });
  });

  it("leaves out a package that contains no virtual currency", async () => {
    const page = { has_more: false, items: [{ sku: "empty", name: "Empty", content: [] }] };
    const { backend } = setup(() => json(page));
    expect(await backend.getVcPackages()).toEqual({ ok: true, value: [] });
  });

  it("maps plans by external id with trial days, promotion price and, without a player, no active plan", async () => {
    const { backend } = setup(catalog);
    const subscriptions = await value(backend.getSubscriptions());
    expect(subscriptions.active).toBeNull();
    expect(subscriptions.plans).toEqual([
      {
        id: "silver_monthly",
        name: "Silver Status",
        description: "Double daily rewards",
        price: { current: { amount: 2.99, currency: "USD" }, beforeDiscount: null },
        period: { value: 1, unit: "month" },
        trialDays: 7,
        bonusVc: null,
        bonusItems: [],
        offerLabel: null,
      },
      {
        id: "gold_monthly",
        name: "Gold Status",
        description: null,
        price: {
          current: { amount: 3.99, currency: "USD" },
          beforeDiscount: { amount: 4.99, currency: "USD" },
        },
        period: { value: 1, unit: "month" },
        trialDays: null,
        bonusVc: null,
        bonusItems: [],
        offerLabel: null,
      },
      {
        id: "founder_lifetime",
        name: "Founder",
        description: "Forever yours.",
        price: { current: { amount: 49.99, currency: "USD" }, beforeDiscount: null },
        period: { value: 0, unit: "lifetime" },
        trialDays: null,
        bonusVc: null,
        bonusItems: [],
        offerLabel: null,
      },
    ]);
  });

  describe("the player's plan", () => {
    /** The catalog, and the player's own subscriptions as `own` (the vendor's example by default). */
    const withOwn =
      (own: unknown = ownFixture, status = 200): Handler =>
      (url, request) =>
        url.pathname.endsWith("/user/v1/projects/44056/subscriptions")
          ? json(own, status)
          : catalog(url, request);
    const item = (plan: string, status: string, next: string | null = null) => ({
      ...(ownFixture as { items: object[] }).items[0],
      plan_external_id: plan,
      status,
      date_next_charge: next,
    });

    it("is read from the player's own subscriptions, with their token, beside the plans", async () => {
      let release = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      const { backend, fetchImpl } = setup(
        async (url, request) => {
          // Neither read is answered before both have gone out.
          if (fetchImpl.seen.length === 2) release();
          await held;
          return withOwn()(url, request);
        },
        { userToken: "jwt", locale: "de-AT", country: "AT" },
      );
      const subscriptions = await value(backend.getSubscriptions());
      expect(fetchImpl.seen.map((r) => [r.url.href, r.headers.Authorization])).toEqual([
        [
          "https://subscriptions.xsolla.com/api/public/v1/projects/44056/user_plans?limit=50&offset=0&locale=de&country=AT",
          undefined,
        ],
        [
          "https://subscriptions.xsolla.com/api/user/v1/projects/44056/subscriptions?limit=50&offset=0&locale=de&country=AT",
          "Bearer jwt",
        ],
      ]);
      // The vendor's example names a plan this project does not sell: no card is the player's.
      expect(subscriptions.active).toEqual({
        planId: "TestChangePlanBase",
        nextChargeAt: new Date("2031-04-11T13:51:02+03:00"),
      });
    });

    it("is a running plan first, then one whose renewal is off, which has no next charge", async () => {
      const running = setup(
        withOwn({
          items: [
            item("silver_monthly", "non_renewing"),
            item("founder_lifetime", "pause"),
            item("gold_monthly", "active", "2031-04-11T13:51:02+03:00"),
          ],
          has_more: false,
        }),
        { userToken: "jwt" },
      );
      expect((await value(running.backend.getSubscriptions())).active).toEqual({
        planId: "gold_monthly",
        nextChargeAt: new Date("2031-04-11T13:51:02+03:00"),
      });
      const ending = setup(
        withOwn({
          items: [
            item("founder_lifetime", "pause"),
            // Its next charge will not happen once renewal is off, whatever the answer says.
            item("silver_monthly", "non_renewing", "2031-04-11T13:51:02+03:00"),
          ],
          has_more: false,
        }),
        { userToken: "jwt" },
      );
      expect((await value(ending.backend.getSubscriptions())).active).toEqual({
        planId: "silver_monthly",
        nextChargeAt: null,
      });
    });

    it("is none, and every plan stays for sale, when the player's list cannot be read", async () => {
      const refused = setup(withOwn(error401, 401), { userToken: "jwt" });
      const subscriptions = await value(refused.backend.getSubscriptions());
      expect(subscriptions.active).toBeNull();
      expect(subscriptions.plans).toHaveLength(3);
      const odd = setup(withOwn({ items: [{ status: "active" }] }), { userToken: "jwt" });
      expect((await value(odd.backend.getSubscriptions())).active).toBeNull();
    });

    it("is not asked for without a player", async () => {
      const { backend, fetchImpl } = setup(withOwn());
      expect((await value(backend.getSubscriptions())).active).toBeNull();
      expect(fetchImpl.seen.map((r) => r.url.pathname)).toEqual([
        "/api/public/v1/projects/44056/user_plans",
      ]);
    });
  });

  it("has no store-wide promotion and asks no server for one", async () => {
    const { backend, fetchImpl } = setup(catalog);
    expect(await backend.getPromotion()).toEqual({ ok: true, value: null });
    expect(fetchImpl.seen).toEqual([]);
  });

  it("asks the Store paths with locale and country, paging lists by 50", async () => {
    const { backend, fetchImpl } = setup(catalog, {
      apiBase: "",
      locale: "de-AT",
      country: "AT",
    });
    await backend.getGroups();
    await backend.getItems("swords & shields");
    await backend.getVcPackages();
    const base = "https://store.xsolla.com/api/v2/project/44056";
    expect(fetchImpl.seen.map((r) => r.url.href)).toEqual([
      `${base}/items/groups?locale=de&country=AT`,
      `${base}/items/virtual_items/group/swords%20%26%20shields?limit=50&offset=0&locale=de&country=AT`,
      `${base}/items/virtual_currency/package?limit=50&offset=0&locale=de&country=AT`,
    ]);
  });

  it("asks the subscriptions service, by default or at the configured base, without a token", async () => {
    const { backend, fetchImpl } = setup(catalog, { userToken: "jwt" });
    await backend.getSubscriptions();
    const custom = setup(catalog, { subscriptionsApiBase: "https://subs.example.com/api/" });
    await custom.backend.getSubscriptions();
    expect(fetchImpl.seen[0]?.url.href).toBe(
      "https://subscriptions.xsolla.com/api/public/v1/projects/44056/user_plans?limit=50&offset=0&locale=en",
    );
    expect(fetchImpl.seen[0]?.headers.Authorization).toBeUndefined();
    expect(custom.fetchImpl.seen[0]?.url.origin).toBe("https://subs.example.com");
  });

  it("sends the player's token as a Bearer header on store calls", async () => {
    const { backend, fetchImpl } = setup(catalog, { userToken: "jwt-1" });
    await backend.getGroups();
    expect(fetchImpl.seen[0]?.headers.Authorization).toBe("Bearer jwt-1");
  });

  it("asks a token function before each request, waiting for it when async", async () => {
    let issued = 0;
    const { backend, fetchImpl } = setup(catalog, {
      userToken: async () => `jwt-${++issued}`,
    });
    await backend.getGroups();
    await backend.getItems("swords");
    expect(fetchImpl.seen.map((r) => r.headers.Authorization)).toEqual([
      "Bearer jwt-1",
      "Bearer jwt-2",
    ]);
  });

  it("sends no Authorization header without a token or when the token source fails", async () => {
    const anonymous = setup(catalog);
    await anonymous.backend.getGroups();
    const failing = setup(catalog, {
      userToken: () => Promise.reject(new Error("login expired")),
    });
    await failing.backend.getGroups();
    expect(anonymous.fetchImpl.seen[0]?.headers.Authorization).toBeUndefined();
    expect(failing.fetchImpl.seen[0]?.headers.Authorization).toBeUndefined();
  });

  it("follows pages one after another until has_more is false", async () => {
    const item = (sku: string) => ({ sku, name: sku, price: { amount: "1.00", currency: "USD" } });
    const pages = [
      { has_more: true, items: Array.from({ length: 50 }, (_, i) => item(`a${i}`)) },
      { has_more: true, items: Array.from({ length: 50 }, (_, i) => item(`b${i}`)) },
      { has_more: false, items: [item("c0")] },
    ];
    let inFlight = 0;
    const { backend, fetchImpl } = setup(async (url) => {
      inFlight += 1;
      expect(inFlight).toBe(1);
      await Promise.resolve();
      inFlight -= 1;
      return json(pages[Number(url.searchParams.get("offset")) / 50]);
    });
    const items = await value(backend.getItems("all"));
    expect(items).toHaveLength(101);
    expect(items.at(-1)?.sku).toBe("c0");
    expect(fetchImpl.seen.map((r) => r.url.searchParams.get("offset"))).toEqual(["0", "50", "100"]);
  });

  it("stops paging when a server keeps saying has_more with no items", async () => {
    const { backend, fetchImpl } = setup(() => json({ has_more: true, items: [] }));
    expect(await backend.getVcPackages()).toEqual({ ok: true, value: [] });
    expect(fetchImpl.seen).toHaveLength(1);
  });

  it("stops paging after a bounded number of pages from a server that never ends", async () => {
    const { backend, fetchImpl } = setup(() =>
      json({ has_more: true, items: [{ sku: "loop", name: "Loop", is_free: true }] }),
    );
    const items = await value(backend.getItems("loop"));
    expect(items.length).toBe(fetchImpl.seen.length);
    expect(fetchImpl.seen.length).toBeGreaterThan(1);
    expect(fetchImpl.seen.length).toBeLessThanOrEqual(400);
  });

  it("fails the whole list when a later page fails", async () => {
    const { backend } = setup((url) =>
      url.searchParams.get("offset") === "0"
        ? json({ has_more: true, items: [{ sku: "a", name: "A", is_free: true }] })
        : json(error401, 401),
    );
    expect(await backend.getItems("x")).toMatchObject({ ok: false, error: { status: 401 } });
  });

  it("turns the error JSON into a typed http error with the server's message", async () => {
    const { backend } = setup(() => json(fixture("xsolla/error-404-group.json"), 404));
    expect(await backend.getItems("nope")).toEqual({
      ok: false,
      error: {
        kind: "http",
        status: 404,
        code: "4403",
        serverMessage: "[0401-4403]: Group not found",
        requestId: "7c1a2d2e4b9f11ee8c900242ac120002",
      },
    });
  });
});
