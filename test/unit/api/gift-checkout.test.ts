import { describe, expect, it } from "vitest";
import type { BackendConfig, Gift, PurchaseTarget } from "../../../src/api/backend";
import { createMerchantBackend } from "../../../src/api/merchant";
import { createXsollaBackend } from "../../../src/api/xsolla";
import { fakeFetch, fixture, type Handler, json } from "./fake-fetch";

const TOKEN_URL = "https://game.example.com/game/token";

const BACKENDS = {
  merchant: createMerchantBackend,
  xsolla: createXsollaBackend,
} as const;

function setup(
  kind: keyof typeof BACKENDS,
  handler: Handler,
  overrides: Partial<BackendConfig> = {},
) {
  const fetchImpl = fakeFetch(handler);
  const backend = BACKENDS[kind]({
    apiBase:
      kind === "merchant" ? "https://game.example.com/game" : "https://store.example.com/api",
    projectId: "44056",
    ...(kind === "merchant" ? { userId: "demo-player-1" } : { userToken: "player-jwt" }),
    currency: "EUR",
    locale: "de-DE",
    tokenUrl: TOKEN_URL,
    fetchImpl,
    ...overrides,
  });
  return { backend, fetchImpl };
}

const gift: Gift = {
  message: "GG WP",
  hideGiverFromReceiver: true,
  friends: [
    { id: "123", name: "captain", email: "captain@ship.com", imageUrl: null },
    { id: "124", name: "mate", email: null, imageUrl: "https://cdn.example.com/mate.png" },
  ],
};

/** The seed's `purchase.gift` (004) for the gift above, without giver_id and the null email. */
const wireGift = {
  message: "GG WP",
  hide_giver_from_receiver: true,
  friends: [
    { id: "123", name: "captain", email: "captain@ship.com" },
    { id: "124", name: "mate" },
  ],
};

describe.each(Object.keys(BACKENDS) as (keyof typeof BACKENDS)[])("%s gift checkout", (kind) => {
  it.each<[string, PurchaseTarget, object]>([
    [
      "an item",
      { kind: "item", sku: "1468" },
      { virtual_items: { items: [{ sku: "1468", amount: 1 }] } },
    ],
    [
      "a currency package",
      { kind: "package", sku: "16913", quantity: 500 },
      { virtual_currency: { quantity: 500 } },
    ],
  ])(
    "posts %s with purchase.gift to the game server's token endpoint",
    async (_name, target, purchase) => {
      const { backend, fetchImpl } = setup(kind, () => json({ token: "gift-token" }));
      const result = await backend.giftCheckout?.(target, gift);
      expect(result).toEqual({
        ok: true,
        value: { token: "gift-token", tokenKind: "merchant", url: null, orderId: null },
      });
      expect(fetchImpl.seen).toHaveLength(1);
      const [request] = fetchImpl.seen;
      expect(request?.url.href).toBe(TOKEN_URL);
      expect(request?.method).toBe("POST");
      expect(request?.headers["Content-Type"]).toBe("application/json");
      expect(request?.body).toEqual({
        purchase: { ...purchase, gift: wireGift },
        settings: { currency: "EUR", language: "de" },
      });
    },
  );

  it("never names the giver: the game server adds giver_id from its session", async () => {
    const { backend, fetchImpl } = setup(kind, () => json({ token: "gift-token" }));
    await backend.giftCheckout?.({ kind: "item", sku: "1468" }, gift);
    const [request] = fetchImpl.seen;
    expect(JSON.stringify(request?.body)).not.toMatch(/giver_id|demo-player-1|player-jwt/);
    expect(request?.headers.Authorization).toBeUndefined();
  });

  it("passes a 422's property_errors on as the error's fields", async () => {
    const { backend } = setup(kind, () =>
      json(
        {
          http_status_code: 422,
          message: "Invalid parameters",
          extended_message: {
            global_errors: [],
            property_errors: {
              "purchase.gift.friends": ["Must have at most 100 items"],
              "purchase.gift.friends[0].id": ["not a friend", "unknown"],
            },
          },
          request_id: "r-9",
        },
        422,
      ),
    );
    const result = await backend.giftCheckout?.({ kind: "item", sku: "1468" }, gift);
    expect(result?.ok).toBe(false);
    if (result?.ok !== false) return;
    expect(result.error).toMatchObject({
      kind: "http",
      status: 422,
      requestId: "r-9",
      fields: [
        "purchase.gift.friends: Must have at most 100 items",
        "purchase.gift.friends[0].id: not a friend, unknown",
      ],
    });
  });

  it("reads the seed's token 422 fragment too", async () => {
    const { backend } = setup(kind, () => json(fixture("merchant/error-token-422.json"), 422));
    const result = await backend.giftCheckout?.({ kind: "item", sku: "1468" }, gift);
    expect(result?.ok === false && result.error.fields).toEqual([
      "settings.project_id: string value found, but an integer is required",
    ]);
  });

  it("is absent without a token endpoint", () => {
    const { backend } = setup(kind, () => json({}), { tokenUrl: undefined });
    expect(backend.giftCheckout).toBeNull();
  });
});
