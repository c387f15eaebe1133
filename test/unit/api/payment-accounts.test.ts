import { describe, expect, it } from "vitest";
import {
  brandOf,
  createPaymentAccountCalls,
  toSavedMethod,
} from "../../../src/api/account/payment-accounts";
import { PaymentAccountsSchema } from "../../../src/api/account/payment-accounts-schemas";
import type { BackendConfig } from "../../../src/api/backend";
import { errorCode } from "../../../src/core/errors";
import { fakeFetch, fixture, type Handler, json, text, value } from "./fake-fetch";

const BASE = "https://game.example.com/game";
const USER = "/game/merchant/v2/projects/44056/users/me";

/** The seed's examples (002 ~1714-1925), verbatim. */
const accounts = fixture("merchant/payment-accounts.json") as Record<string, unknown>[];
const charged = fixture("merchant/payment-account-charge.json");

/** A refused charge as the game server relays the sandbox's (docs/contracts.md 4). */
const refused = (reason?: string) =>
  json(
    {
      http_status_code: 402,
      message: "Request Failed",
      extended_message: reason
        ? { reason, description: `The saved card was refused: ${reason}.` }
        : "Request Failed",
      request_id: "r1",
    },
    402,
  );

const answers: Handler = (url, request) => {
  const path = url.pathname;
  if (path === `${USER}/payment_accounts` && request.method === "GET") return json(accounts);
  if (path === `${USER}/payment_accounts/card/1` && request.method === "DELETE")
    return new Response(null, { status: 204 });
  if (path === `${USER}/payments/card/1` && request.method === "POST") return json(charged, 201);
  return json({ http_status_code: 404, message: "Not Found", extended_message: "no route" }, 404);
};

function setup(handler: Handler = answers, overrides: Partial<BackendConfig> = {}) {
  const fetchImpl = fakeFetch(handler);
  const calls = createPaymentAccountCalls({
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

const visa = { type: "card", id: "1" } as const;
const gold = { kind: "package", sku: "gold-500", quantity: 500 } as const;
const bow = { kind: "item", sku: "bow-elven" } as const;

describe("saved payment methods: the list", () => {
  it("accepts the seed's example and shows its Visa as Visa ••1111", async () => {
    expect(PaymentAccountsSchema.safeParse(accounts).success).toBe(true);
    const { calls, fetchImpl } = setup();
    expect(await value(calls.list())).toEqual([
      { type: "card", id: "1", brand: "Visa", last4: "1111", label: "Visa ••1111" },
    ]);
    expect(fetchImpl.seen[0]?.url.href).toBe(`https://game.example.com${USER}/payment_accounts`);
  });

  it.each([
    ["411111******1111", "Visa"],
    ["555555******4444", "Mastercard"],
    ["222100******0000", "Mastercard"],
    ["272099******0000", "Mastercard"],
    ["520000******0007", "Mastercard"],
    ["378282*****0005", "American Express"],
    ["601111******1117", "Discover"],
    ["620000******0000", "UnionPay"],
    ["353011******0000", "JCB"],
    ["305693*****5904", "Diners Club"],
    ["675964******8453", "Maestro"],
    ["900000******0000", null],
    ["******1111", null],
  ])("reads the brand of %s from its first digits: %s", (masked, brand) => {
    expect(brandOf(masked)).toBe(brand);
  });

  it("names a card of an unknown brand after its payment system, and PayPal by its name", () => {
    const system = { id: 1380, name: "Credit/Debit Cards" };
    expect(
      toSavedMethod({ type: "card", id: "7", name: "900000******4321", payment_system: system }),
    ).toMatchObject({ brand: null, last4: "4321", label: "Credit/Debit Cards ••4321" });
    expect(
      toSavedMethod({
        type: "paypal",
        id: "8",
        name: "player@example.com",
        payment_system: { name: "PayPal" },
      }),
    ).toEqual({
      type: "paypal",
      id: "8",
      brand: null,
      last4: null,
      label: "player@example.com",
    });
    expect(
      toSavedMethod({ type: "paypal", id: "9", name: null, payment_system: null })?.label,
    ).toBe("PayPal");
  });

  it("leaves out accounts of a type it cannot charge, and gives no vendor field out", async () => {
    const { calls } = setup(() =>
      json([
        ...accounts,
        { type: "webmoney", id: 3, name: "Z123", payment_system: { id: 2, name: "WebMoney" } },
      ]),
    );
    const methods = await value(calls.list());
    expect(methods.map((method) => method.id)).toEqual(["1"]);
    expect(Object.keys(methods[0] ?? {}).sort()).toEqual(["brand", "id", "label", "last4", "type"]);
  });

  it("refuses an answer of another shape", async () => {
    const { calls } = setup(() => json({ accounts }));
    const result = await calls.list();
    expect(result.ok ? null : result.error.kind).toBe("invalid-response");
  });

  it("passes a signed-out player's 401 on", async () => {
    const { calls } = setup(() =>
      json({ http_status_code: 401, message: "Unauthorized", extended_message: "Sign in" }, 401),
    );
    const result = await calls.list();
    expect(result.ok ? null : result.error).toMatchObject({ kind: "http", status: 401 });
  });
});

describe("saved payment methods: removal", () => {
  it("sends DELETE for the account and takes the empty 204 as done", async () => {
    const { calls, fetchImpl } = setup();
    expect((await calls.remove(visa)).ok).toBe(true);
    expect(fetchImpl.seen[0]).toMatchObject({ method: "DELETE" });
    expect(fetchImpl.seen[0]?.url.pathname).toBe(`${USER}/payment_accounts/card/1`);
  });

  it("is never tried again after a failure, which says why", async () => {
    const { calls, fetchImpl } = setup(() => text("oops", 503));
    const result = await calls.remove(visa);
    expect(result.ok ? null : result.error).toMatchObject({ kind: "http", status: 503 });
    expect(fetchImpl.seen).toHaveLength(1);
  });
});

describe("saved payment methods: one-click charge", () => {
  it("sends only the package's quantity, never a price, and answers the transaction", async () => {
    const { calls, fetchImpl } = setup();
    expect(await value(calls.charge(visa, gold))).toEqual({ transactionId: "119478390" });
    expect(fetchImpl.seen[0]).toMatchObject({
      method: "POST",
      body: {
        purchase: { virtual_currency: { quantity: 500 } },
        settings: { currency: "USD", language: "en" },
      },
    });
    expect(fetchImpl.seen[0]?.url.pathname).toBe(`${USER}/payments/card/1`);
  });

  it("proposes an item as the token endpoint does: its sku, once, with no price", async () => {
    const { calls, fetchImpl } = setup(answers, { currency: "EUR", locale: "de-DE" });
    expect(await value(calls.charge(visa, bow))).toEqual({ transactionId: "119478390" });
    expect(fetchImpl.seen[0]?.body).toEqual({
      purchase: { virtual_items: { items: [{ sku: "bow-elven", amount: 1 }] } },
      settings: { currency: "EUR", language: "de" },
    });
  });

  it("calls an item charged but not granted not-delivered, whatever its status", async () => {
    const { calls } = setup(() =>
      json(
        {
          http_status_code: 502,
          message: "Charged (transaction 7) but Elven Recurve was not delivered",
          extended_message: { reason: "not_delivered", transaction_id: 7 },
          request_id: "r2",
        },
        502,
      ),
    );
    const result = await calls.charge(visa, bow);
    if (result.ok) throw new Error("expected a failure");
    expect(result.error.chargeReason).toBe("not-delivered");
    expect(result.error.serverMessage).toContain("transaction 7");
  });

  it.each([
    ["insufficient_funds", "insufficient-funds", "http-402-insufficient_funds"],
    ["declined", "declined", "http-402-declined"],
    [undefined, "declined", "http-402"],
  ])("maps a 402 with reason %s to %s", async (reason, chargeReason, code) => {
    const { calls } = setup(() => refused(reason));
    const result = await calls.charge(visa, gold);
    if (result.ok) throw new Error("expected a refusal");
    expect(result.error.chargeReason).toBe(chargeReason);
    expect(errorCode(result.error)).toBe(code);
    expect(result.error.serverMessage).toContain("Request Failed");
  });

  it.each([
    [
      "a 404 for an unknown account",
      () => json({ http_status_code: 404, message: "Not Found" }, 404),
    ],
    ["a 500", () => text("", 500)],
    ["a network failure", () => Promise.reject(new TypeError("offline"))],
  ])("calls %s another failure, tried once", async (_name, answer) => {
    const { calls, fetchImpl } = setup(answer as Handler);
    const result = await calls.charge(visa, gold);
    expect(result.ok ? null : result.error.chargeReason).toBe("other");
    expect(fetchImpl.seen).toHaveLength(1);
  });

  it("sends nothing for a quantity that is not positive", async () => {
    const { calls, fetchImpl } = setup();
    const result = await calls.charge(visa, { ...gold, quantity: 0 });
    expect(result.ok).toBe(false);
    expect(fetchImpl.seen).toHaveLength(0);
  });
});
