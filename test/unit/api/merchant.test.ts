import { describe, expect, it } from "vitest";
import type { BackendConfig } from "../../../src/api/backend";
import { createMerchantBackend } from "../../../src/api/merchant";
import {
  readMerchantError,
  toAdLabel,
  toItem,
  toPromotion,
  toSubscriptions,
  toVcPackage,
} from "../../../src/api/merchant/adapt";
import {
  MerchantBonusSchema,
  MerchantErrorSchema,
  MerchantGroupsSchema,
  MerchantItemsSchema,
  MerchantSubscriptionsSchema,
  MerchantVcPackagesSchema,
} from "../../../src/api/merchant/schemas";
import { fakeFetch, fixture, type Handler, json } from "./fake-fetch";

const groupsFixture = fixture("merchant/groups.json");
const itemsFixture = fixture("merchant/items.json");
const packagesFixture = fixture("merchant/virtual-currency.json");
const plansFixture = fixture("merchant/subscriptions.json");
const bonusFixture = fixture("merchant/bonus.json");

const NOW = new Date("2025-06-01T12:00:00Z");

function setup(handler: Handler, overrides: Partial<BackendConfig> = {}) {
  const fetchImpl = fakeFetch(handler);
  const backend = createMerchantBackend(
    {
      apiBase: "https://game.example.com/api",
      projectId: "14004",
      userId: "user-42",
      currency: "USD",
      locale: "en-US",
      fetchImpl,
      ...overrides,
    },
    () => NOW,
  );
  return { backend, fetchImpl };
}

const rabbit = MerchantItemsSchema.parse(itemsFixture).items[0];
if (!rabbit) throw new Error("the items fixture has the seed's Rabbit");
const goldPackage = MerchantVcPackagesSchema.parse(packagesFixture).packages[0];
if (!goldPackage) throw new Error("the package fixture has the seed's 500 Gold");

describe("merchant schemas", () => {
  it.each([
    ["groups", MerchantGroupsSchema, groupsFixture],
    ["items", MerchantItemsSchema, itemsFixture],
    ["virtual currency", MerchantVcPackagesSchema, packagesFixture],
    ["subscriptions", MerchantSubscriptionsSchema, plansFixture],
    ["bonus", MerchantBonusSchema, bonusFixture],
    ["error 401", MerchantErrorSchema, fixture("merchant/error-401.json")],
    ["error 422", MerchantErrorSchema, fixture("merchant/error-422.json")],
    ["token 422 fragment", MerchantErrorSchema, fixture("merchant/error-token-422.json")],
  ])("parses the seed's %s example", (_name, schema, body) => {
    expect(schema.safeParse(body).success).toBe(true);
  });

  it("accepts the newer is_free and limits fields on items", () => {
    const parsed = MerchantItemsSchema.parse({
      items: [{ ...rabbit, is_free: true, limits: { per_user: { total: 1, available: 0 } } }],
    });
    expect(parsed.items[0]?.limits?.per_user).toEqual({ total: 1, available: 0 });
  });

  it("reads a limits shape it does not know as no limit instead of rejecting the list", () => {
    const parsed = MerchantItemsSchema.parse({ items: [{ ...rabbit, limits: { per_user: 5 } }] });
    expect(toItem(parsed.items[0] ?? rabbit).limit).toBeNull();
  });

  it("rejects an item whose price is not a number", () => {
    expect(MerchantItemsSchema.safeParse({ items: [{ ...rabbit, amount: "free" }] }).success).toBe(
      false,
    );
  });
});

describe("merchant mapping", () => {
  it("maps the seed's Rabbit as priced in virtual currency only", () => {
    expect(toItem(rabbit)).toEqual({
      sku: "1468",
      name: "Rabbit",
      description: "Rabbits are small mammals in the family Leporidae",
      longDescription: null,
      imageUrl:
        "https://cdn3.xsolla.com/img/misc/merchant-digital-goods/4376c004fa33dc74483906561d617cb3.png",
      price: null,
      vcPrice: { amount: 2, beforeDiscount: null, currency: null },
      isFree: false,
      bonusVc: null,
      bonusItems: [],
      adLabel: null,
      offerLabel: null,
      limit: null,
      promotions: [],
      vpRewards: [],
    });
  });

  it("keeps the price before a discount only when it is higher", () => {
    const discounted = toItem({ ...rabbit, amount: 4.99, amount_without_discount: 9.99 });
    expect(discounted.price).toEqual({
      current: { amount: 4.99, currency: "USD" },
      beforeDiscount: { amount: 9.99, currency: "USD" },
    });
    const same = toItem({ ...rabbit, amount: 4.99, amount_without_discount: 4.99 });
    expect(same.price?.beforeDiscount).toBeNull();
    const lower = toItem({ ...rabbit, vc_amount: 5, vc_amount_without_discount: 3 });
    expect(lower.vcPrice?.beforeDiscount).toBeNull();
  });

  it("treats an item with neither a money nor a VC price as free", () => {
    const item = toItem({ ...rabbit, vc_amount: 0, vc_amount_without_discount: 0 });
    expect(item).toMatchObject({ isFree: true, price: null, vcPrice: null });
  });

  it("treats an item flagged is_free as free and shows no stale price", () => {
    const item = toItem({
      ...rabbit,
      amount: 1,
      is_free: true,
      limits: { per_user: { total: 1, available: 1 } },
    });
    expect(item).toMatchObject({
      isFree: true,
      price: null,
      vcPrice: null,
      limit: { total: 1, available: 1 },
    });
  });

  it("falls back to the numeric id when an item has no sku", () => {
    expect(toItem({ ...rabbit, sku: "" }).sku).toBe("1678");
  });

  it("maps the seed's package: description as name, protocol-relative image, bonuses, label", () => {
    expect(toVcPackage(goldPackage)).toEqual({
      sku: "16913",
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
      currency: null,
      bonusVc: 10,
      bonusItems: [{ name: "Rabbit", quantity: 1 }],
      adLabel: { kind: "recommended", text: "Most Popular" },
      offerLabel: null,
      limit: null,
      promotions: [],
    });
  });

  it("reports the package quantity before a promotion changed it", () => {
    const pkg = toVcPackage({ ...goldPackage, quantity: 550, quantity_without_discount: 500 });
    expect(pkg.quantityBeforeDiscount).toBe(500);
  });

  it("shows an advertisement label only with text, as 'other' when its type is unknown", () => {
    expect(toAdLabel(null)).toBeNull();
    expect(toAdLabel({ type: null, name: null })).toBeNull();
    expect(toAdLabel({ type: "best_deal", name: "" })).toBeNull();
    expect(toAdLabel({ type: null, name: "Hot" })).toEqual({ kind: "other", text: "Hot" });
    expect(toAdLabel({ type: "limited", name: "Soon gone" })).toEqual({
      kind: "other",
      text: "Soon gone",
    });
    expect(toAdLabel({ type: "special_offer", name: "Deal" })).toEqual({
      kind: "special_offer",
      text: "Deal",
    });
  });

  it("maps the seed's plans with string ids and the active plan's next charge date", () => {
    const subscriptions = toSubscriptions(MerchantSubscriptionsSchema.parse(plansFixture));
    expect(subscriptions.plans.map((plan) => plan.id)).toEqual(["2.99_1_months", "4.99_1_months"]);
    expect(subscriptions.plans[0]).toEqual({
      id: "2.99_1_months",
      name: "Silver Status",
      description: null,
      price: { current: { amount: 2.99, currency: "USD" }, beforeDiscount: null },
      period: { value: 1, unit: "month" },
      trialDays: null,
      bonusVc: null,
      bonusItems: [],
      offerLabel: null,
    });
    expect(subscriptions.active).toEqual({
      planId: "2.99_1_months",
      nextChargeAt: new Date("2016-06-28T06:35:02Z"),
    });
  });

  it("accepts integer plan ids, trial days and an empty active plan", () => {
    const wire = MerchantSubscriptionsSchema.parse({
      packages: [
        {
          id: 77,
          is_active: true,
          charge_amount: 9.99,
          charge_amount_without_discount: 12.99,
          charge_currency: "EUR",
          period: 30,
          period_unit: "day",
          name: "Monthly pass",
          description: "All maps",
          bonus_virtual_currency: { vc_amount: 100 },
          bonus_virtual_items: [{ name: "Cape", quantity: 1 }],
          offer_label: "Save 25%",
          is_trial: true,
          period_trial: 7,
        },
        { ...(plansFixture as { packages: object[] }).packages[0], is_active: false },
      ],
      active_user_package: [],
    });
    const subscriptions = toSubscriptions(wire);
    expect(subscriptions.active).toBeNull();
    expect(subscriptions.plans).toEqual([
      {
        id: "77",
        name: "Monthly pass",
        description: "All maps",
        price: {
          current: { amount: 9.99, currency: "EUR" },
          beforeDiscount: { amount: 12.99, currency: "EUR" },
        },
        period: { value: 30, unit: "day" },
        trialDays: 7,
        bonusVc: 100,
        bonusItems: [{ name: "Cape", quantity: 1 }],
        offerLabel: "Save 25%",
      },
    ]);
  });

  it("ends the promotion the given number of seconds after the answer", () => {
    const promotion = toPromotion(MerchantBonusSchema.parse(bonusFixture), NOW);
    expect(promotion).toEqual({
      name: "Promotion name",
      description: "Promotion description",
      endsAt: new Date(NOW.getTime() + 619513283 * 1000),
    });
  });

  it("has no promotion when none is running", () => {
    expect(toPromotion({ seconds: 0, name: "Over", description: null }, NOW)).toBeNull();
    expect(toPromotion({ seconds: 60, name: "", description: null }, NOW)).toBeNull();
    expect(toPromotion(MerchantBonusSchema.parse([]), NOW)).toBeNull();
  });

  it("reads the error JSON whether extended_message is a string or an object, naming refused fields", () => {
    expect(readMerchantError(fixture("merchant/error-401.json"))).toEqual({
      code: "401",
      serverMessage: "Invalid merchant id or API key",
      requestId: "6445b85",
    });
    expect(readMerchantError(fixture("merchant/error-422.json"))).toEqual({
      code: "422",
      serverMessage:
        "Invalid parameters: settings.project_id: string value found, but an integer is required",
      requestId: "a1b2c3d",
      fields: ["settings.project_id: string value found, but an integer is required"],
    });
    expect(readMerchantError(fixture("merchant/error-token-422.json"))).toEqual({
      serverMessage: "settings.project_id: string value found, but an integer is required",
      fields: ["settings.project_id: string value found, but an integer is required"],
    });
    expect(readMerchantError("<html>Bad gateway</html>")).toEqual({});
  });
});

describe("merchant backend", () => {
  it("asks for the storefront paths with user, currency and ISO 639-1 language", async () => {
    const { backend, fetchImpl } = setup(
      (url) => {
        if (url.pathname.endsWith("/groups")) return json(groupsFixture);
        if (url.pathname.endsWith("/items")) return json(itemsFixture);
        if (url.pathname.endsWith("/virtual_currency")) return json(packagesFixture);
        if (url.pathname.endsWith("/subscriptions")) return json(plansFixture);
        return json(bonusFixture);
      },
      { apiBase: "https://game.example.com/api/", locale: "pt-BR", currency: "BRL" },
    );
    await backend.getGroups();
    await backend.getItems("22");
    await backend.getVcPackages();
    await backend.getSubscriptions();
    await backend.getPromotion();
    const base = "https://game.example.com/api/merchant/v2/projects/14004/storefront";
    expect(fetchImpl.seen.map((r) => `${r.url.origin}${r.url.pathname}`)).toEqual([
      `${base}/virtual_items/groups`,
      `${base}/virtual_items/items`,
      `${base}/virtual_currency`,
      `${base}/subscriptions`,
      `${base}/bonus`,
    ]);
    for (const request of fetchImpl.seen) {
      expect(request.method).toBe("GET");
      expect(request.url.searchParams.get("user_id")).toBe("user-42");
      expect(request.url.searchParams.get("currency")).toBe("BRL");
      expect(request.url.searchParams.get("language")).toBe("pt");
    }
    expect(fetchImpl.seen[1]?.url.searchParams.get("group_id")).toBe("22");
  });

  it("leaves user_id out when the game server knows the player from its session", async () => {
    const { backend, fetchImpl } = setup(() => json(groupsFixture), { userId: undefined });
    await backend.getGroups();
    expect(fetchImpl.seen[0]?.url.searchParams.has("user_id")).toBe(false);
  });

  it("returns the group tree with numeric ids as strings", async () => {
    const { backend } = setup(() => json(groupsFixture));
    const result = await backend.getGroups();
    expect(result).toEqual({
      ok: true,
      value: [
        { id: "1", name: "Group name 21", description: "Group description 21", children: [] },
        {
          id: "2",
          name: "Group name 22",
          description: "Group description 22",
          children: [
            { id: "3", name: "Child group 1", description: "Child group 1", children: [] },
            { id: "8", name: "Child group 2", description: "Child group 2", children: [] },
          ],
        },
      ],
    });
  });

  it("hands on a long group's first items, checked, before checking the rest", async () => {
    const many = Array.from({ length: 1000 }, (_, i) => ({ ...rabbit, id: i, sku: `sku-${i}` }));
    const { backend } = setup(() => json({ items: many }));
    const firsts: string[][] = [];
    const result = await backend.getItems("2", undefined, (soFar) =>
      firsts.push(soFar.map((item) => item.sku)),
    );
    expect(firsts).toHaveLength(1);
    expect(firsts[0]?.length).toBeGreaterThanOrEqual(60);
    expect(firsts[0]?.length).toBeLessThan(1000);
    expect(firsts[0]).toEqual(many.slice(0, firsts[0]?.length).map((item) => item.sku));
    expect(result.ok && result.value.map((item) => item.sku)).toEqual(many.map((i) => i.sku));
  });

  it("rejects a long group whose last item is malformed, as it rejects a short one", async () => {
    const many: unknown[] = Array.from({ length: 1000 }, (_, i) => ({ ...rabbit, sku: `${i}` }));
    many.push({ ...rabbit, name: 42 });
    const { backend } = setup(() => json({ items: many }));
    expect(await backend.getItems("2", undefined, () => {})).toEqual({
      ok: false,
      error: { kind: "invalid-response" },
    });
  });

  it("fixes the promotion's end against the clock when the answer arrives", async () => {
    const { backend } = setup(() => json({ seconds: 90, name: "Flash sale", description: "" }));
    const result = await backend.getPromotion();
    expect(result).toEqual({
      ok: true,
      value: { name: "Flash sale", description: null, endsAt: new Date(NOW.getTime() + 90_000) },
    });
  });

  it("turns the error JSON into a typed http error with the server's message", async () => {
    const { backend } = setup(() => json(fixture("merchant/error-401.json"), 401));
    expect(await backend.getItems("1")).toEqual({
      ok: false,
      error: {
        kind: "http",
        status: 401,
        code: "401",
        serverMessage: "Invalid merchant id or API key",
        requestId: "6445b85",
      },
    });
  });
});
