import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { createSandboxApp } from "../../../demo/sandbox/app";
import { MERCHANT_ID } from "../../../demo/sandbox/shared/config";
import {
  payStationOrigin,
  payStationOriginFor,
} from "../../../demo/sandbox/shared/paystation-origin";
import { PAYSTATION_CSP } from "../../../demo/sandbox/vendor/paystation";
import { SEED_TOKEN, TOKEN_LIFETIME_MS } from "../../../demo/sandbox/vendor/paystation-tokens";
import { basicAuth, expectSeedShape, fixture, NOW, sandbox } from "./helpers";

type App = ReturnType<typeof createSandboxApp>;

const tokenPath = `/vendor/merchant/v2/merchants/${MERCHANT_ID}/token`;
const json = { "Content-Type": "application/json" };
const TOKEN_INVALID = { error: { code: "0004-0001", message: "Token expired or invalid" } };

/** The seed's token request (002 ~line 330), for the demo project and one of its items. */
function seedRequest() {
  return {
    user: {
      id: { value: "1234567", hidden: true },
      email: { value: "email@example.com", allow_modify: true, hidden: false },
      country: { value: "US" },
    },
    settings: { project_id: 44056, language: "en", currency: "USD", ui: { size: "medium" } },
    purchase: {
      virtual_currency: { quantity: 100 },
      virtual_items: { items: [{ sku: "sword-ember", amount: 1 }] },
      description: { value: "Test Purchase" },
    },
    custom_parameters: { parameter1: "value1" },
  };
}

async function requestToken(app: App, body: unknown, headers: Record<string, string> = {}) {
  const response = await app.request(tokenPath, {
    method: "POST",
    headers: { ...basicAuth, ...json, ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

async function tokenInfo(app: App, token: string) {
  const response = await app.request(`/paystation/api/token?token=${encodeURIComponent(token)}`);
  return { status: response.status, body: await response.json() };
}

async function mint(app: App, body: unknown = {}, url = "http://127.0.0.1:4480") {
  const response = await app.request(`${url}/__sandbox/paystation/tokens`, {
    method: "POST",
    headers: json,
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

async function pay(app: App, token: string, number: string) {
  const response = await app.request("/paystation/api/pay", {
    method: "POST",
    headers: json,
    body: JSON.stringify({ token, card: { number, expiry: "12/20", cvv: "123" } }),
  });
  return { status: response.status, body: await response.json() };
}

async function record(app: App, token: string) {
  return (await app.request(`/__sandbox/paystation/tokens/${token}`)).json();
}

describe("Merchant API token call", () => {
  const app = sandbox();

  it("answers a 32-character token for the seed's request", async () => {
    const { status, body } = await requestToken(app, seedRequest());
    expect(status).toBe(200);
    expect(Object.keys(body)).toEqual(["token"]);
    expect(body.token).toMatch(/^[A-Za-z0-9]{32}$/);
  });

  it("records what the token stands for, with names and prices from the catalog", async () => {
    const { body } = await requestToken(app, seedRequest());
    const info = await tokenInfo(app, body.token);
    expect(info.status).toBe(200);
    expect(info.body).toMatchObject({
      kind: "merchant",
      sandbox: false,
      project_id: 44056,
      language: "en",
      size: { name: "medium", width: 740, height: 760 },
      user: { id: "1234567", email: "email@example.com", country: "US" },
      purchase: {
        description: "Test Purchase",
        amount: 5.98,
        currency: "USD",
        virtual_currency_amount: 100,
        items: [
          {
            type: "virtual_currency",
            sku: "gold-100",
            name: "100 Gold",
            quantity: 100,
            amount: 0.99,
          },
          { type: "virtual_item", sku: "sword-ember", quantity: 1, amount: 4.99 },
        ],
      },
    });
    const stored = await record(app, body.token);
    expect(stored).toMatchObject({ customParameters: { parameter1: "value1" }, payments: [] });
  });

  it("prices in the requested currency and names in the requested language", async () => {
    const request = seedRequest();
    request.settings = { ...request.settings, currency: "JPY", language: "ja" };
    const { body } = await requestToken(app, request);
    const info = await tokenInfo(app, body.token);
    expect(info.body.purchase).toMatchObject({ currency: "JPY", amount: 900 });
    expect(info.body.purchase.items[1]).toMatchObject({
      name: "エンバーファングの剣",
      amount: 750,
    });
  });

  it("refuses a request without the merchant's credentials with 401", async () => {
    const response = await app.request(tokenPath, {
      method: "POST",
      headers: json,
      body: JSON.stringify(seedRequest()),
    });
    expect(response.status).toBe(401);
    expectSeedShape(await response.json(), fixture("merchant/error-401.json"));
  });

  it("refuses another merchant's path with 403", async () => {
    const response = await app.request("/vendor/merchant/v2/merchants/1/token", {
      method: "POST",
      headers: { ...basicAuth, ...json },
      body: JSON.stringify(seedRequest()),
    });
    expect(response.status).toBe(403);
  });

  it("answers 415 without a JSON content type", async () => {
    const response = await app.request(tokenPath, {
      method: "POST",
      headers: basicAuth,
      body: JSON.stringify(seedRequest()),
    });
    expect(response.status).toBe(415);
    expect((await response.json()).http_status_code).toBe(415);
    const text = await requestToken(app, seedRequest(), { "Content-Type": "text/plain" });
    expect(text.status).toBe(415);
  });

  it("answers the seed's 422 for a string project id", async () => {
    const request = { ...seedRequest(), settings: { project_id: "44056" } };
    const { status, body } = await requestToken(app, request);
    expect(status).toBe(422);
    expectSeedShape(body, fixture("merchant/error-422.json"));
    expect(body).toEqual({
      http_status_code: 422,
      message: "Invalid parameters",
      extended_message: (fixture("merchant/error-token-422.json") as { extended_message: unknown })
        .extended_message,
      request_id: expect.stringMatching(/^[0-9a-f]{32}$/),
    });
  });

  it("lists every invalid property at once", async () => {
    const request = {
      user: { id: {} },
      settings: { project_id: 44056, mode: "live", ui: { size: "huge" }, currency: "usd" },
      purchase: {
        virtual_items: { items: [{ sku: "sword-ember", amount: "1" }] },
        gift: {
          giver_id: "demo-player-1",
          friends: Array.from({ length: 101 }, (_, i) => ({ id: `friend-${i}` })),
        },
      },
      custom_parameters: [],
    };
    const { status, body } = await requestToken(app, request);
    expect(status).toBe(422);
    expect(body.extended_message).toEqual({
      global_errors: [],
      property_errors: {
        "user.id.value": ["The property value is required"],
        "settings.currency": ["Does not match the regex pattern ^[A-Z]{3}$"],
        "settings.mode": ['Does not have a value in the enumeration ["sandbox"]'],
        "settings.ui.size": ['Does not have a value in the enumeration ["small","medium","large"]'],
        "purchase.virtual_items.items[0].amount": [
          "string value found, but an integer is required",
        ],
        "purchase.gift.friends": ["There must be a maximum of 100 items in the array"],
        custom_parameters: ["array value found, but an object is required"],
      },
    });
  });

  it("requires the user id and the project", async () => {
    const { body } = await requestToken(app, { user: { id: { value: 7 } }, settings: {} });
    expect(body.extended_message.property_errors).toEqual({
      "user.id.value": ["integer value found, but a string is required"],
      "settings.project_id": ["The property project_id is required"],
    });
  });

  it("answers 422 for what the project does not sell for money", async () => {
    const request = seedRequest();
    request.purchase = {
      virtual_currency: { quantity: 150 },
      virtual_items: {
        items: [
          { sku: "no-such-sku", amount: 1 },
          { sku: "sword-training", amount: 1 },
          { sku: "bow-hunter", amount: 1 },
        ],
      },
      description: { value: "Nothing sold" },
    };
    Object.assign(request.purchase, { subscription: { plan_id: "no-such-plan" } });
    const { status, body } = await requestToken(app, request);
    expect(status).toBe(422);
    const errors = body.extended_message.property_errors;
    expect(Object.keys(errors).sort()).toEqual([
      "purchase.subscription.plan_id",
      "purchase.virtual_currency.quantity",
      "purchase.virtual_items.items[0].sku",
      "purchase.virtual_items.items[1].sku",
      "purchase.virtual_items.items[2].sku",
    ]);
    expect(errors["purchase.virtual_items.items[0].sku"]).toEqual([
      'Item with sku "no-such-sku" not found',
    ]);
    expect(errors["purchase.virtual_items.items[1].sku"]).toEqual([
      'Item "sword-training" is not purchasable for money',
    ]);
  });

  it("needs something to buy", async () => {
    const { status, body } = await requestToken(app, { ...seedRequest(), purchase: {} });
    expect(status).toBe(422);
    expect(body.extended_message.global_errors).toHaveLength(1);
  });

  it("sells subscriptions and gifts", async () => {
    const request = {
      ...seedRequest(),
      settings: { project_id: 44056, mode: "sandbox", ui: { size: "large" } },
      purchase: {
        subscription: { plan_id: "9.99_1_months" },
        gift: {
          giver_id: "demo-player-1",
          message: "Enjoy",
          hide_giver_from_receiver: "false",
          friends: [{ id: "friend-1", name: "Ria" }],
        },
      },
    };
    const { status, body } = await requestToken(app, request);
    expect(status).toBe(200);
    const info = await tokenInfo(app, body.token);
    expect(info.body).toMatchObject({
      sandbox: true,
      size: { name: "large", width: 820, height: 840 },
      purchase: { description: "Commander Pass", amount: 9.99, virtual_currency_amount: null },
      gift: {
        giverId: "demo-player-1",
        hideGiverFromReceiver: false,
        friends: [{ id: "friend-1" }],
      },
    });
  });

  it("answers 404 for an unknown project and 412 for one that takes no payments", async () => {
    const unknown = await requestToken(app, {
      ...seedRequest(),
      settings: { project_id: 14004 },
    });
    expect(unknown.status).toBe(404);
    const inactive = await requestToken(app, {
      ...seedRequest(),
      settings: { project_id: 5000 },
    });
    expect(inactive.status).toBe(412);
    expect(inactive.body.http_status_code).toBe(412);
  });
});

describe("token lifetime", () => {
  it("accepts a token for 24 hours and not a moment longer", async () => {
    let now = NOW;
    const app = createSandboxApp({ now: () => now });
    const { body } = await requestToken(app, seedRequest());
    now = NOW + TOKEN_LIFETIME_MS - 1;
    expect((await tokenInfo(app, body.token)).status).toBe(200);
    now = NOW + TOKEN_LIFETIME_MS;
    expect(await tokenInfo(app, body.token)).toEqual({ status: 401, body: TOKEN_INVALID });
    expect((await pay(app, body.token, "4111111111111111")).body).toEqual(TOKEN_INVALID);
  });

  it("keeps the seed snippet's token valid for ever", async () => {
    let now = NOW;
    const app = createSandboxApp({ now: () => now });
    now = NOW + 365 * TOKEN_LIFETIME_MS;
    const { status, body } = await tokenInfo(app, SEED_TOKEN);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      kind: "merchant",
      sandbox: true,
      user: { id: "demo-player-1", email: "player@example.com", country: "US" },
      purchase: { description: "500 Gold", amount: 4.99, currency: "USD" },
      expires_at: null,
    });
  });
});

describe("Store API payment/item", () => {
  const app = sandbox();
  const base = "/store/api/v2/project/44056/payment/item";
  const bearer = { Authorization: "Bearer demo-player-1-token" };

  async function buy(sku: string, body?: unknown, headers: Record<string, string> = bearer) {
    const response = await app.request(`${base}/${sku}`, {
      method: "POST",
      headers: { ...json, ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, body: await response.json() };
  }

  it("answers 401 errorCode 1501 without a user token", async () => {
    const { status, body } = await buy("sword-ember", undefined, {});
    expect(status).toBe(401);
    expect(body).toMatchObject({ statusCode: 401, errorCode: 1501 });
  });

  it("answers 404 errorCode 4001 for an unknown sku", async () => {
    const { status, body } = await buy("no-such-sku", {});
    expect(status).toBe(404);
    expect(body).toMatchObject({ statusCode: 404, errorCode: 4001 });
  });

  it("answers 422 errorCode 1411 for a free item and a gold-only item", async () => {
    for (const sku of ["sword-training", "bow-hunter"]) {
      const { status, body } = await buy(sku, {});
      expect(status, sku).toBe(422);
      expect(body.errorMessage).toBe(`[0401-1411]: Item ${sku} is not purchasable for money`);
    }
  });

  it("answers 422 errorCode 1102 for a malformed body", async () => {
    const { status, body } = await buy("sword-ember", { quantity: 0, currency: "XXX" });
    expect(status).toBe(422);
    expect(body.errorCode).toBe(1102);
    expect(body.errorMessageExtended.map((e: { property: string }) => e.property)).toEqual([
      "quantity",
      "currency",
    ]);
  });

  it("answers a Pay Station token and a new order", async () => {
    const { status, body } = await buy("sword-ember", {
      sandbox: true,
      quantity: 2,
      currency: "EUR",
      settings: { ui: { size: "small" } },
    });
    expect(status).toBe(200);
    expect(Object.keys(body).sort()).toEqual(["order_id", "token"]);
    expect(body.token).toMatch(/^[A-Za-z0-9]{32}$/);
    const info = await tokenInfo(app, body.token);
    expect(info.body).toMatchObject({
      kind: "store",
      sandbox: true,
      order_id: body.order_id,
      size: { name: "small", width: 620, height: 630 },
      purchase: { amount: 9.18, currency: "EUR", description: "Emberfang Sword × 2" },
    });
    expect((await record(app, body.token)).order).toMatchObject({
      orderId: body.order_id,
      status: "new",
    });
  });

  it("sells currency packages and marks the order done once a payment delivers it", async () => {
    const { body } = await buy("gold-500", {});
    const info = await tokenInfo(app, body.token);
    expect(info.body.purchase).toMatchObject({ amount: 4.99, virtual_currency_amount: 500 });
    await pay(app, body.token, "4111111111111111");
    const { order } = await record(app, body.token);
    expect(order).toMatchObject({ status: "done", invoiceId: expect.any(Number) });
  });
});

describe("Pay Station page", () => {
  const app = sandbox();

  it("is served on the localhost origin under its own policy, scripts and styles external", async () => {
    for (const path of [
      "/paystation2/?access_token=abc",
      "/paystation4/?token=abc",
      "/paystation2?access_token=abc",
    ]) {
      const response = await app.request(`http://localhost:4480${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get("Content-Security-Policy")).toBe(PAYSTATION_CSP);
      expect(response.headers.get("Content-Type")).toContain("text/html");
      const html = await response.text();
      expect(html).toContain('<script type="module" src="/paystation/page.js"></script>');
      expect(html).toContain('<html lang="en">');
      expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(html).not.toMatch(/<style|\sstyle=|data:/);
    }
  });

  it("serves its script, styles and the third-party test page", async () => {
    for (const [path, type] of [
      ["/paystation/page.js", "text/javascript"],
      ["/paystation/page.css", "text/css"],
      ["/paystation/third-party.js", "text/javascript"],
      ["/paystation/third-party.html", "text/html"],
    ]) {
      const response = await app.request(`http://localhost:4480${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get("Content-Type"), path).toContain(type);
    }
    const thirdParty = await app.request("/paystation/third-party.html");
    expect(thirdParty.headers.get("Content-Security-Policy")).toBe(PAYSTATION_CSP);
    expect((await app.request("/paystation/index.html")).status).toBe(404);
  });

  it("tells where Pay Station lives for a port", () => {
    expect(payStationOrigin(4480)).toBe("http://localhost:4480");
    expect(payStationOrigin("")).toBe("http://localhost");
    expect(payStationOriginFor("http://127.0.0.1:4480/paystation-demo.html")).toBe(
      "http://localhost:4480",
    );
  });
});

describe("Pay Station token endpoint", () => {
  const app = sandbox();

  it("describes a valid token", async () => {
    const { body } = await mint(app, {
      purchase: { virtual_items: { items: [{ sku: "helm-crown", amount: 1 }] } },
    });
    const info = await tokenInfo(app, body.token);
    expect(info.status).toBe(200);
    expect(info.body).toMatchObject({
      kind: "merchant",
      step_ms: 300,
      user: { id: "demo-player-1", email: "player@example.com", country: "US" },
      purchase: { description: "Crown of Stars", amount: 14.99, currency: "USD" },
    });
  });

  it("answers 0004-0001 for an unknown, a missing and an expired token", async () => {
    expect(await tokenInfo(app, "no-such-token")).toEqual({ status: 401, body: TOKEN_INVALID });
    const missing = await app.request("/paystation/api/token");
    expect(missing.status).toBe(401);
    const { body } = await mint(app, { expired: true });
    expect(await tokenInfo(app, body.token)).toEqual({ status: 401, body: TOKEN_INVALID });
  });
});

describe("Pay Station payments", () => {
  const app = sandbox();

  async function statusesFor(number: string) {
    const { body: minted } = await mint(app, { user: { id: "player-7" } });
    const { status, body } = await pay(app, minted.token, number);
    expect(status, number).toBe(200);
    return { token: minted.token, body };
  }

  const statuses = (body: { steps: { paymentInfo: { status: string } }[] }) =>
    body.steps.map((step) => step.paymentInfo.status);

  it("walks invoice, delivering, done for the success cards", async () => {
    for (const [number, threeDSecure] of [
      ["4111111111111111", false],
      ["5555 5555 5555 4444", false],
      ["4000000000000010", true],
      ["5200000000000114", true],
      ["6759649826438453", true],
    ] as const) {
      const { body } = await statusesFor(number);
      expect(statuses(body), number).toEqual(["invoice", "delivering", "done"]);
      expect(body.three_d_secure, number).toBe(threeDSecure);
      expect(body.result).toBe("success");
    }
  });

  it("gives each status step the seed's paymentInfo", async () => {
    const { body } = await statusesFor("4111111111111111");
    expect(body.steps[2]).toEqual({
      paymentInfo: {
        email: "player@example.com",
        invoice: body.invoice,
        status: "done",
        userId: "player-7",
        virtualCurrencyAmount: 500,
      },
    });
    expect(body.invoice).toEqual(expect.any(Number));
  });

  it("ends in troubled with the reason for the failing cards", async () => {
    for (const [number, reason, threeDSecure] of [
      ["4000000000000002", "Insufficient funds", false],
      ["5200000000000007", "Insufficient funds", false],
      ["4000000000000036", "Declined", true],
      ["5200000000000031", "Declined", true],
    ] as const) {
      const { token, body } = await statusesFor(number);
      expect(statuses(body), number).toEqual(["invoice", "troubled"]);
      expect(body.steps[1].paymentInfo.errorReason).toBe(reason);
      expect(body.error_reason).toBe(reason);
      expect(body.three_d_secure).toBe(threeDSecure);
      const stored = await record(app, token);
      expect(stored.payments).toEqual([
        expect.objectContaining({
          status: "troubled",
          errorReason: reason,
          last4: number.slice(-4),
        }),
      ]);
    }
  });

  it("refuses other card numbers before any payment starts", async () => {
    const { body: minted } = await mint(app);
    for (const number of ["4242424242424242", "", "not a card"]) {
      const { status, body } = await pay(app, minted.token, number);
      expect(status, number).toBe(422);
      expect(body.error).toMatchObject({ code: "validation", field: "number" });
    }
    expect((await record(app, minted.token)).payments).toEqual([]);
  });

  it("records a successful payment on the token", async () => {
    const { token, body } = await statusesFor("5200000000000114");
    const stored = await record(app, token);
    expect(stored.payments).toEqual([
      {
        invoice: body.invoice,
        at: NOW,
        card: "success",
        brand: "MasterCard",
        last4: "0114",
        threeDSecure: true,
        status: "done",
        errorReason: null,
      },
    ]);
  });
});

describe("Pay Station test hooks and demo pages", () => {
  const app = sandbox();

  it("mints tokens with their Pay Station URL on the localhost origin", async () => {
    const merchant = await mint(app);
    expect(merchant.body.url).toBe(
      `http://localhost:4480/paystation2/?access_token=${merchant.body.token}`,
    );
    const store = await mint(app, { kind: "store", stepMs: 20 });
    expect(store.body.url).toBe(`http://localhost:4480/paystation4/?token=${store.body.token}`);
    expect(store.body.order_id).toEqual(expect.any(Number));
    expect((await tokenInfo(app, store.body.token)).body.step_ms).toBe(20);
  });

  it("refuses a malformed mint request in the Merchant API's 422 shape", async () => {
    const { status, body } = await mint(app, {
      kind: "other",
      purchase: { virtual_items: { items: [{ sku: "nope", amount: 1 }] } },
    });
    expect(status).toBe(422);
    expect(body.extended_message.property_errors).toEqual({
      kind: ['Does not have a value in the enumeration ["merchant","store"]'],
    });
  });

  it("serves the launcher demo allowing frames from the Pay Station origin", async () => {
    const response = await app.request("http://127.0.0.1:4480/paystation-demo.html");
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Security-Policy")).toBe(
      "default-src 'self'; frame-src 'self' http://localhost:4480 https://evil.example",
    );
    const html = await response.text();
    expect(html).toContain('<script src="/dist/paystation.js" defer></script>');
    expect(html).toMatch(/<button[^>]*data-xpaystation-widget-open[^>]*>\s*<span/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/<style|\sstyle=|data:/);
  });

  it("serves the seed's embed snippet verbatim, without a policy", async () => {
    const response = await app.request("/paystation-snippet.html");
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toContain("text/html");
    expect(response.headers.get("Content-Security-Policy")).toBeNull();
    const html = await response.text();
    expect(html).toContain("access_token: 'abcdef1234567890abcdef1234567890'");
    expect(html).toContain(
      's.src = "https://static.xsolla.com/embed/paystation/1.0.7/widget.min.js";',
    );
    expect(html).toContain("s.addEventListener('load', function (e) {");
    expect(html.match(/<button data-xpaystation-widget-open>Buy Credits<\/button>/g)).toHaveLength(
      2,
    );
    expect(html).not.toContain("<?php");
  });
  it("mints a token with the value the test names, and again with a fresh record", async () => {
    const value = "u3ohBlHWA870RUlLSRmC3Szd7ao1p2GG_lc_en_bg_FFFFFF_tb_3D46F5";
    const first = await mint(app, { token: value, user: { country: "DE" } });
    expect(first.status).toBe(200);
    expect(first.body.token).toBe(value);
    expect((await tokenInfo(app, value)).status).toBe(200);
    await pay(app, value, "4111111111111111");
    expect((await record(app, value)).payments).toHaveLength(1);
    await mint(app, { token: value });
    expect((await record(app, value)).payments).toEqual([]);
    for (const token of ["short", "with space in it", "x".repeat(101), 42]) {
      expect((await mint(app, { token })).status).toBe(422);
    }
  });

  it("serves the vendor's example page verbatim but for its script, ours or the store's", async () => {
    const vendor = await readFile(
      new URL("../../../demo/vendor-example/index.html", import.meta.url),
      "utf8",
    );
    expect(vendor).toContain('s.src = "widget.js";');
    for (const [query, script] of [
      ["", "/dist/paystation.js"],
      ["?script=paystation", "/dist/paystation.js"],
      ["?script=game-storefront", "/dist/game-storefront.js"],
    ]) {
      const response = await app.request(`/paystation-embed-example.html${query}`);
      expect(response.status).toBe(200);
      expect(response.headers.get("Content-Type")).toContain("text/html");
      expect(response.headers.get("Content-Security-Policy")).toBeNull();
      expect(await response.text()).toBe(
        vendor.replace('s.src = "widget.js";', `s.src = "${script}";`),
      );
    }
    expect((await app.request("/paystation-embed-example.html?script=other")).status).toBe(404);
  });
});
