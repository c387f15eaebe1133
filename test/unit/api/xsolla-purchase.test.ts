import { describe, expect, it } from "vitest";
import type { BackendConfig } from "../../../src/api/backend";
import { createXsollaBackend } from "../../../src/api/xsolla";
import { payStationLanguages } from "../../helpers/paystation-languages";
import { fakeFetch, fixture, type Handler, json, value } from "./fake-fetch";

const STORE = "https://store.xsolla.com/api/v2/project/44056";
const error401 = fixture("xsolla/error-401.json");

function setup(handler: Handler, overrides: Partial<BackendConfig> = {}) {
  const fetchImpl = fakeFetch(handler);
  const backend = createXsollaBackend({
    apiBase: "https://store.xsolla.com/api",
    projectId: "44056",
    userToken: "jwt-1",
    currency: "EUR",
    locale: "de-DE",
    sandbox: true,
    fetchImpl,
    ...overrides,
  });
  return { backend, fetchImpl };
}

/** A Store API error in the contract's shape (CONTRACTS.md section 3). */
const storeError = (statusCode: number, errorCode: number, errorMessage: string) =>
  json({ statusCode, errorCode, errorMessage }, statusCode);

/** The order call's answer (seed 001) with the given status. */
const order = (status: string) => ({
  order_id: 641,
  status,
  content: {
    price: { amount: "4.99", currency: "EUR" },
    virtual_price: null,
    is_free: false,
    items: [{ sku: "steel_sword", quantity: 1, is_free: false, price: { amount: "4.99" } }],
  },
});

const payStationLink = "https://sandbox-secure.xsolla.com/paystation4/?token=sub-token";

describe("xsolla checkout of items and packages", () => {
  it("posts the payment call with the player's token, sandbox, one unit, locale, currency and UI size", async () => {
    const { backend, fetchImpl } = setup(() => json({ token: "store-token", order_id: 9001 }));
    await backend.checkout({ kind: "item", sku: "steel_sword" });
    expect(fetchImpl.seen).toHaveLength(1);
    const [request] = fetchImpl.seen;
    expect(request?.url.href).toBe(`${STORE}/payment/item/steel_sword`);
    expect(request?.method).toBe("POST");
    expect(request?.headers.Authorization).toBe("Bearer jwt-1");
    expect(request?.headers["Content-Type"]).toBe("application/json");
    expect(request?.body).toEqual({
      sandbox: true,
      quantity: 1,
      locale: "de",
      currency: "EUR",
      settings: { ui: { size: "medium" } },
    });
  });

  it.each(payStationLanguages)(
    "asks for the payment token in the player's language (%s -> %s)",
    async (locale, language) => {
      const { backend, fetchImpl } = setup(() => json({ token: "t", order_id: 1 }), { locale });
      await backend.checkout({ kind: "item", sku: "steel_sword" });
      expect(fetchImpl.seen[0]?.body).toMatchObject({ locale: language });
    },
  );

  it("answers a Store checkout with the token and the order to confirm", async () => {
    const { backend } = setup(() => json({ token: "store-token", order_id: 9001 }));
    expect(await backend.checkout({ kind: "item", sku: "steel_sword" })).toEqual({
      ok: true,
      value: { token: "store-token", tokenKind: "store", url: null, orderId: 9001 },
    });
  });

  it("buys a virtual currency package by its sku, one package at a time", async () => {
    const { backend, fetchImpl } = setup(() => json({ token: "store-token", order_id: 9002 }));
    await backend.checkout({ kind: "package", sku: "gold_500", quantity: 500 });
    const [request] = fetchImpl.seen;
    expect(request?.url.href).toBe(`${STORE}/payment/item/gold_500`);
    expect(request?.body).toMatchObject({ quantity: 1 });
  });

  it("asks for a live payment unless sandbox is set", async () => {
    const { backend, fetchImpl } = setup(() => json({ token: "store-token", order_id: 1 }), {
      sandbox: undefined,
    });
    await backend.checkout({ kind: "item", sku: "steel_sword" });
    expect(fetchImpl.seen[0]?.body).toMatchObject({ sandbox: false });
  });

  it("treats an empty payment token as an invalid answer", async () => {
    const { backend } = setup(() => json({ token: "", order_id: 9001 }));
    expect(await backend.checkout({ kind: "item", sku: "steel_sword" })).toEqual({
      ok: false,
      error: { kind: "invalid-response" },
    });
  });

  it("reads an unknown sku as error code 4001", async () => {
    const { backend } = setup(() => storeError(404, 4001, "[0401-4001]: Item not found"));
    expect(await backend.checkout({ kind: "item", sku: "nope" })).toEqual({
      ok: false,
      error: {
        kind: "http",
        status: 404,
        code: "4001",
        serverMessage: "[0401-4001]: Item not found",
      },
    });
  });
});

describe("xsolla checkout of plans", () => {
  it("posts the plan's external id and settings to the subscriptions buy call", async () => {
    const { backend, fetchImpl } = setup(() => json({ link_to_ps: payStationLink }), {
      subscriptionsApiBase: "https://subs.example.com/api",
    });
    await backend.checkout({ kind: "plan", planId: "silver_monthly" });
    expect(fetchImpl.seen).toHaveLength(1);
    const [request] = fetchImpl.seen;
    expect(request?.url.href).toBe(
      "https://subs.example.com/api/user/v1/projects/44056/subscriptions/buy",
    );
    expect(request?.method).toBe("POST");
    expect(request?.headers.Authorization).toBe("Bearer jwt-1");
    expect(request?.body).toEqual({
      plan_external_id: "silver_monthly",
      settings: { sandbox: true, locale: "de", currency: "EUR" },
    });
  });

  it.each(payStationLanguages)(
    "asks for a plan's Pay Station link in the player's language (%s -> %s)",
    async (locale, language) => {
      const { backend, fetchImpl } = setup(() => json({ link_to_ps: payStationLink }), { locale });
      await backend.checkout({ kind: "plan", planId: "silver_monthly" });
      expect(fetchImpl.seen[0]?.body).toMatchObject({ settings: { locale: language } });
    },
  );

  it("asks the vendor's subscriptions service when no base is configured", async () => {
    const { backend, fetchImpl } = setup(() => json({ link_to_ps: payStationLink }));
    await backend.checkout({ kind: "plan", planId: "silver_monthly" });
    expect(fetchImpl.seen[0]?.url.href).toBe(
      "https://subscriptions.xsolla.com/api/user/v1/projects/44056/subscriptions/buy",
    );
  });

  it("answers the Pay Station link as the checkout's URL, with no token and no order", async () => {
    const { backend } = setup(() => json({ link_to_ps: payStationLink }));
    expect(await backend.checkout({ kind: "plan", planId: "silver_monthly" })).toEqual({
      ok: true,
      value: { token: null, tokenKind: "store", url: payStationLink, orderId: null },
    });
  });

  it.each([
    "javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "//secure.xsolla.com/paystation4/",
    "",
  ])("refuses a Pay Station link that is not an http(s) page: %s", async (link) => {
    const { backend } = setup(() => json({ link_to_ps: link }));
    expect(await backend.checkout({ kind: "plan", planId: "silver_monthly" })).toEqual({
      ok: false,
      error: { kind: "invalid-response" },
    });
  });
});

describe("xsolla purchases with virtual currency", () => {
  it("posts to the item's virtual price path with the player's token and answers the order id", async () => {
    const { backend, fetchImpl } = setup(() => json({ order_id: 77 }));
    expect(await backend.buyWithVc?.("rabbit", "gems")).toEqual({ ok: true, value: 77 });
    const [request] = fetchImpl.seen;
    expect(request?.url.href).toBe(`${STORE}/payment/item/rabbit/virtual/gems`);
    expect(request?.method).toBe("POST");
    expect(request?.headers.Authorization).toBe("Bearer jwt-1");
  });

  it("reads not enough virtual currency as code 5006, reason not-enough-vc", async () => {
    const { backend } = setup(() =>
      storeError(422, 5006, "[0401-5006]: Not enough virtual currency"),
    );
    expect(await backend.buyWithVc?.("rabbit", "gems")).toEqual({
      ok: false,
      error: {
        kind: "http",
        status: 422,
        code: "5006",
        reason: "not-enough-vc",
        serverMessage: "[0401-5006]: Not enough virtual currency",
      },
    });
  });
});

describe("xsolla free claims", () => {
  it("posts one of the item to the free item path with the player's token", async () => {
    const { backend, fetchImpl } = setup(() => json({ order_id: 641 }));
    expect(await backend.claimFree("starter_potion")).toEqual({ ok: true, value: 641 });
    const [request] = fetchImpl.seen;
    expect(request?.url.href).toBe(`${STORE}/free/item/starter_potion`);
    expect(request?.method).toBe("POST");
    expect(request?.headers.Authorization).toBe("Bearer jwt-1");
    expect(request?.body).toEqual({ quantity: 1 });
  });

  it("reads an item that is not free as code 1411, reason not-free", async () => {
    const { backend } = setup(() => json(fixture("xsolla/error-422-string-code.json"), 422));
    expect(await backend.claimFree("steel_sword")).toMatchObject({
      ok: false,
      error: { kind: "http", status: 422, code: "1411", reason: "not-free" },
    });
  });
});

describe("xsolla orders", () => {
  it.each(["new", "paid", "done", "canceled"])("reads an order that is %s", async (status) => {
    const { backend } = setup(() => json(order(status)));
    expect(await backend.getOrderStatus?.(641)).toEqual({ ok: true, value: status });
  });

  it("reads a status it does not know as still new", async () => {
    const { backend } = setup(() => json(order("refunded")));
    expect(await backend.getOrderStatus?.(641)).toEqual({ ok: true, value: "new" });
  });

  it("asks for the order by id with the player's token", async () => {
    const { backend, fetchImpl } = setup(() => json(order("done")));
    await backend.getOrderStatus?.(641);
    const [request] = fetchImpl.seen;
    expect(request?.url.href).toBe(`${STORE}/order/641`);
    expect(request?.method).toBe("GET");
    expect(request?.headers.Authorization).toBe("Bearer jwt-1");
  });

  it("reads an unknown order as error code 9001", async () => {
    const { backend } = setup(() => storeError(404, 9001, "[0401-9001]: Order not found"));
    expect(await backend.getOrderStatus?.(999)).toEqual({
      ok: false,
      error: {
        kind: "http",
        status: 404,
        code: "9001",
        serverMessage: "[0401-9001]: Order not found",
      },
    });
  });
});

describe("xsolla balance and player", () => {
  const balance = {
    items: [
      {
        sku: "gold",
        type: "virtual_currency",
        name: { en: "Gold", zh: "金币" },
        amount: 120,
        description: "Main currency",
        image_url: "https://cdn3.xsolla.com/img/misc/images/gold.png",
      },
      {
        sku: "gems",
        type: "virtual_currency",
        name: "Gems",
        amount: "35",
        description: null,
        image_url: null,
      },
    ],
  };

  it("maps each currency's sku, localized name and amount", async () => {
    const { backend } = setup(() => json(balance), { locale: "zh-CN" });
    expect(await backend.getBalance()).toEqual({
      ok: true,
      value: [
        { sku: "gold", name: "金币", amount: 120 },
        { sku: "gems", name: "Gems", amount: 35 },
      ],
    });
  });

  it("asks for the balance in the player's language with the player's token", async () => {
    const { backend, fetchImpl } = setup(() => json(balance));
    await backend.getBalance();
    const [request] = fetchImpl.seen;
    expect(request?.url.href).toBe(`${STORE}/user/virtual_currency_balance?locale=de`);
    expect(request?.method).toBe("GET");
    expect(request?.headers.Authorization).toBe("Bearer jwt-1");
  });

  it("answers no balance and asks nothing without a token", async () => {
    const { backend, fetchImpl } = setup(() => json(balance), { userToken: undefined });
    expect(await backend.getBalance()).toEqual({ ok: true, value: [] });
    expect(fetchImpl.seen).toEqual([]);
  });

  it("is signed in only when it was given a token or a token function", () => {
    expect(setup(() => json({})).backend.signedIn).toBe(true);
    expect(setup(() => json({}), { userToken: () => "jwt" }).backend.signedIn).toBe(true);
    expect(setup(() => json({}), { userToken: undefined }).backend.signedIn).toBe(false);
    expect(setup(() => json({}), { userToken: "" }).backend.signedIn).toBe(false);
  });

  it("asks a token function again before each purchase call", async () => {
    let issued = 0;
    const { backend, fetchImpl } = setup(
      (url) =>
        url.pathname.endsWith("/order/641")
          ? json(order("done"))
          : json({ token: "store-token", order_id: 641 }),
      { userToken: async () => `jwt-${++issued}` },
    );
    await value(backend.checkout({ kind: "item", sku: "steel_sword" }));
    await backend.getOrderStatus?.(641);
    expect(fetchImpl.seen.map((r) => r.headers.Authorization)).toEqual([
      "Bearer jwt-1",
      "Bearer jwt-2",
    ]);
  });

  it("still sends a purchase without Authorization when the token function throws, and reads the 401", async () => {
    const { backend, fetchImpl } = setup(() => json(error401, 401), {
      userToken: () => {
        throw new Error("login expired");
      },
    });
    expect(await backend.checkout({ kind: "item", sku: "steel_sword" })).toEqual({
      ok: false,
      error: {
        kind: "http",
        status: 401,
        code: "1501",
        serverMessage: "[0401-1501]: Authorization header not sent",
      },
    });
    expect(await backend.claimFree("starter_potion")).toMatchObject({
      ok: false,
      error: { status: 401, code: "1501" },
    });
    expect(fetchImpl.seen).toHaveLength(2);
    for (const request of fetchImpl.seen) expect(request.headers.Authorization).toBeUndefined();
  });
});
