import { describe, expect, it } from "vitest";
import type { BackendConfig, PurchaseTarget } from "../../../src/api/backend";
import { createMerchantBackend } from "../../../src/api/merchant";
import { payStationLanguages } from "../../helpers/paystation-languages";
import { fakeFetch, fixture, type Handler, json } from "./fake-fetch";

const API_BASE = "https://game.example.com/game";
const TOKEN_URL = "https://game.example.com/game/token";

function setup(handler: Handler, overrides: Partial<BackendConfig> = {}) {
  const fetchImpl = fakeFetch(handler);
  const backend = createMerchantBackend({
    apiBase: API_BASE,
    projectId: "14004",
    userId: "user-42",
    currency: "USD",
    locale: "en-US",
    tokenUrl: TOKEN_URL,
    fetchImpl,
    ...overrides,
  });
  return { backend, fetchImpl };
}

/** The seed's token answer (002 ~line 560). */
const tokenAnswer = { token: "uV0iCEvWkUGVqWerTgbrndWePOMiLAfO" };

/** The wallet's user call as the seed shows it (002 ~7458). */
const walletUser = {
  user_id: "user-42",
  user_name: "Ada",
  email: "ada@example.com",
  balance: 250,
  wallet_amount: 0,
  wallet_currency: "USD",
  enabled: true,
};

describe("merchant checkout", () => {
  it.each<[string, PurchaseTarget, unknown]>([
    [
      "virtual currency package",
      { kind: "package", sku: "16913", quantity: 500 },
      { virtual_currency: { quantity: 500 } },
    ],
    [
      "virtual item",
      { kind: "item", sku: "1468" },
      { virtual_items: { items: [{ sku: "1468", amount: 1 }] } },
    ],
    [
      "subscription plan",
      { kind: "plan", planId: "2.99_1_months" },
      { subscription: { plan_id: "2.99_1_months" } },
    ],
  ])(
    "posts the seed's purchase object for a %s to the token endpoint",
    async (_name, target, purchase) => {
      const { backend, fetchImpl } = setup(() => json(tokenAnswer), {
        currency: "BRL",
        locale: "pt-BR",
      });
      await backend.checkout(target);
      expect(fetchImpl.seen).toHaveLength(1);
      const [request] = fetchImpl.seen;
      expect(request?.url.href).toBe(TOKEN_URL);
      expect(request?.method).toBe("POST");
      expect(request?.headers["Content-Type"]).toBe("application/json");
      expect(request?.body).toEqual({ purchase, settings: { currency: "BRL", language: "pt" } });
    },
  );

  it.each(payStationLanguages)(
    "asks the token endpoint for Pay Station in the player's language (%s -> %s)",
    async (locale, language) => {
      const { backend, fetchImpl } = setup(() => json(tokenAnswer), { locale });
      await backend.checkout({ kind: "item", sku: "1468" });
      expect(fetchImpl.seen[0]?.body).toMatchObject({ settings: { language } });
    },
  );

  it("never tells the token endpoint who the player is", async () => {
    const { backend, fetchImpl } = setup(() => json(tokenAnswer));
    await backend.checkout({ kind: "item", sku: "1468" });
    const [request] = fetchImpl.seen;
    expect(JSON.stringify(request?.body)).not.toContain("user-42");
    expect(request?.url.search).toBe("");
  });

  it("answers the token as a merchant checkout with no URL and no order to confirm", async () => {
    const { backend } = setup(() => json(tokenAnswer));
    expect(await backend.checkout({ kind: "item", sku: "1468" })).toEqual({
      ok: true,
      value: { token: tokenAnswer.token, tokenKind: "merchant", url: null, orderId: null },
    });
  });

  it("names the refused field when the token call answers 422 with property_errors", async () => {
    const { backend } = setup(() => json(fixture("merchant/error-token-422.json"), 422));
    const result = await backend.checkout({ kind: "package", sku: "16913", quantity: 500 });
    expect(result).toEqual({
      ok: false,
      error: {
        kind: "http",
        status: 422,
        serverMessage: "settings.project_id: string value found, but an integer is required",
        fields: ["settings.project_id: string value found, but an integer is required"],
      },
    });
  });

  it("keeps the message, code and request id of a full 422 error beside the refused field", async () => {
    const { backend } = setup(() => json(fixture("merchant/error-422.json"), 422));
    expect(await backend.checkout({ kind: "item", sku: "1468" })).toEqual({
      ok: false,
      error: {
        kind: "http",
        status: 422,
        code: "422",
        serverMessage:
          "Invalid parameters: settings.project_id: string value found, but an integer is required",
        requestId: "a1b2c3d",
        fields: ["settings.project_id: string value found, but an integer is required"],
      },
    });
  });

  it.each([
    ["an empty token", { token: "" }],
    ["no token", {}],
    ["a token that is not a string", { token: 42 }],
  ])("treats an answer with %s as invalid", async (_name, body) => {
    const { backend } = setup(() => json(body));
    expect(await backend.checkout({ kind: "item", sku: "1468" })).toEqual({
      ok: false,
      error: { kind: "invalid-response" },
    });
  });

  it("asks the token endpoint only once when it fails, since a POST is never retried", async () => {
    const { backend, fetchImpl } = setup(() =>
      json({ http_status_code: 503, message: "Service unavailable" }, 503),
    );
    const result = await backend.checkout({ kind: "item", sku: "1468" });
    expect(result).toMatchObject({ ok: false, error: { kind: "http", status: 503 } });
    expect(fetchImpl.seen).toHaveLength(1);
  });

  it("answers a not-configured error and sends nothing when the studio set no token endpoint", async () => {
    const { backend, fetchImpl } = setup(() => json(tokenAnswer), { tokenUrl: undefined });
    expect(await backend.checkout({ kind: "item", sku: "1468" })).toEqual({
      ok: false,
      error: { kind: "not-configured" },
    });
    expect(fetchImpl.seen).toEqual([]);
  });
});

describe("merchant free claims", () => {
  it("posts one of the item to the Store claim path below the game server", async () => {
    const { backend, fetchImpl } = setup(() => json({ order_id: 641 }));
    await backend.claimFree("starter potion");
    const [request] = fetchImpl.seen;
    expect(request?.url.href).toBe(`${API_BASE}/v2/project/14004/free/item/starter%20potion`);
    expect(request?.method).toBe("POST");
    expect(request?.headers["Content-Type"]).toBe("application/json");
    expect(request?.headers.Authorization).toBeUndefined();
    expect(request?.body).toEqual({ quantity: 1 });
  });

  it("answers the order id of the claim", async () => {
    const { backend } = setup(() => json({ order_id: 641 }));
    expect(await backend.claimFree("starter_potion")).toEqual({ ok: true, value: 641 });
  });

  it("reads a Store-shaped 422 for an item that is not free as code 1411, reason not-free", async () => {
    const { backend } = setup(() => json(fixture("xsolla/error-422-string-code.json"), 422));
    expect(await backend.claimFree("steel_sword")).toEqual({
      ok: false,
      error: {
        kind: "http",
        status: 422,
        code: "1411",
        reason: "not-free",
        serverMessage: "[0401-1411]: Invalid item",
      },
    });
  });

  it("treats an answer without an order id as invalid", async () => {
    const { backend } = setup(() => json({ order_id: "641" }));
    expect(await backend.claimFree("starter_potion")).toEqual({
      ok: false,
      error: { kind: "invalid-response" },
    });
  });
});

describe("merchant wallet and player", () => {
  it("reads the player's virtual currency balance from the wallet's user call", async () => {
    const { backend, fetchImpl } = setup(() => json(walletUser));
    expect(await backend.getBalance()).toEqual({
      ok: true,
      value: [{ sku: null, name: null, amount: 250 }],
    });
    const [request] = fetchImpl.seen;
    expect(request?.url.href).toBe(`${API_BASE}/merchant/v2/projects/14004/users/user-42`);
    expect(request?.method).toBe("GET");
    expect(request?.body).toBeUndefined();
  });

  it("reads a balance sent as a decimal string", async () => {
    const { backend } = setup(() => json({ ...walletUser, balance: "12.5" }));
    expect(await backend.getBalance()).toEqual({
      ok: true,
      value: [{ sku: null, name: null, amount: 12.5 }],
    });
  });

  it("answers no balance when the wallet has none", async () => {
    const { backend } = setup(() => json({ ...walletUser, balance: null }));
    expect(await backend.getBalance()).toEqual({ ok: true, value: [] });
  });

  it("answers no balance and asks nothing when nobody is signed in", async () => {
    const { backend, fetchImpl } = setup(() => json(walletUser), { userId: undefined });
    expect(await backend.getBalance()).toEqual({ ok: true, value: [] });
    expect(fetchImpl.seen).toEqual([]);
  });

  it("passes a wallet error on as an http error", async () => {
    const { backend } = setup(() => json(fixture("merchant/error-401.json"), 401));
    expect(await backend.getBalance()).toMatchObject({
      ok: false,
      error: { kind: "http", status: 401, serverMessage: "Invalid merchant id or API key" },
    });
  });

  it("is signed in only when it was given a user id", () => {
    expect(setup(() => json({})).backend.signedIn).toBe(true);
    expect(setup(() => json({}), { userId: undefined }).backend.signedIn).toBe(false);
    expect(setup(() => json({}), { userId: "" }).backend.signedIn).toBe(false);
  });

  it("leaves buying with virtual currency and reading orders to Pay Station and the game server", () => {
    const { backend } = setup(() => json({}));
    expect(backend.buyWithVc).toBeNull();
    expect(backend.getOrderStatus).toBeNull();
  });
});
