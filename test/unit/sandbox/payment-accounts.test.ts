import { describe, expect, it } from "vitest";
import { DEMO_USER_START_BALANCE } from "../../../demo/sandbox/data/players";
import { createGameServer } from "../../../demo/sandbox/game-server";
import { CHARGE_FAILED } from "../../../demo/sandbox/vendor/payment-accounts-api";
import { basicAuth, browserOf, expectSeedShape, fixture, sandbox } from "./helpers";

type App = ReturnType<typeof sandbox>;
type Browser = ReturnType<typeof browserOf>;

const vendor = "/vendor/merchant/v2/projects/44056/users";
const game = "/game/merchant/v2/projects/44056/users";
const seedAccounts = fixture("merchant/payment-accounts.json") as unknown[];
const seedChargeRequest = fixture("merchant/payment-account-charge-request.json") as Record<
  string,
  unknown
>;
const seedCharge = fixture("merchant/payment-account-charge.json");
const seedErrorShape = fixture("merchant/error-401.json") as object;

function expectMerchantError(body: unknown, status: number, message?: string) {
  expect(Object.keys(body as object).sort()).toEqual(Object.keys(seedErrorShape).sort());
  expect(body).toMatchObject({ http_status_code: status, ...(message ? { message } : {}) });
}

async function vendorCall(app: App, path: string, init: RequestInit = {}) {
  const headers = { ...basicAuth, "Content-Type": "application/json", ...init.headers };
  const response = await app.request(`${vendor}${path}`, { ...init, headers });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

const listOf = (app: App, userId: string) => vendorCall(app, `/${userId}/payment_accounts`);

const charge = (app: App, userId: string, account: string, body: unknown) =>
  vendorCall(app, `/${userId}/payments/${account}`, {
    method: "POST",
    body: JSON.stringify(body),
  });

const balanceOf = async (app: App, userId: string) =>
  (await vendorCall(app, `/${userId}`)).body.balance as number;

const operationsOf = async (app: App, userId: string) =>
  (await vendorCall(app, `/${userId}/transactions`)).body as Record<string, unknown>[];

/** A browser signed in as a fresh test player, who starts with nothing and no saved card. */
async function player(app: App, id: string) {
  const browser = browserOf(app);
  await browser.signIn(id);
  return browser;
}

/**
 * The player buys 100 Gold on the Pay Station page with a test card, ticking "Save this
 * card" when `save` is true; answers the page's payment result.
 */
async function payOnPayStation(app: App, browser: Browser, number: string, save: boolean) {
  const paid = await buyGoldOnPayStation(app, browser, {
    card: { number, expiry: "12/20", cvv: "123" },
    ...(save ? { save_card: true } : {}),
  });
  return paid.body as { result: string };
}

/** The player buys 100 Gold on the Pay Station page as `payment` says; answers the page's answer. */
async function buyGoldOnPayStation(app: App, browser: Browser, payment: object) {
  const { body } = await browser.post("/game/token", {
    purchase: { virtual_currency: { quantity: 100 } },
  });
  const response = await app.request("/paystation/api/pay", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ token: body.token, ...payment }),
  });
  return { status: response.status, body: await response.json() };
}

describe("saved payment accounts: list", () => {
  it("starts the demo player with the seed's saved Visa, exactly as the seed shows it", async () => {
    const app = sandbox();
    const { status, body } = await listOf(app, "demo-player-1");
    expect(status).toBe(200);
    expect(body).toEqual(seedAccounts);
  });

  it("answers [] for a player without one, 404 for an unknown user, 401 without credentials", async () => {
    const app = sandbox();
    expect((await listOf(app, "test-no-cards")).body).toEqual([]);
    const unknown = await listOf(app, "nobody-at-all");
    expect(unknown.status).toBe(404);
    expectMerchantError(unknown.body, 404);
    const bare = await app.request(`${vendor}/demo-player-1/payment_accounts`);
    expect(bare.status).toBe(401);
  });
});

describe("saving a card on the Pay Station page", () => {
  it('saves the card, masked as the seed masks it, when the player pays with "Save this card"', async () => {
    const app = sandbox();
    const browser = await player(app, "test-saver");
    expect((await payOnPayStation(app, browser, "5555 5555 5555 4444", true)).result).toBe(
      "success",
    );
    const { body } = await listOf(app, "test-saver");
    expectSeedShape(body, seedAccounts);
    expect(body).toEqual([
      {
        type: "card",
        id: expect.any(Number),
        name: "555555******4444",
        payment_system: { id: 1380, name: "Credit/Debit Cards" },
      },
    ]);

    // The same card again is the same account; a card paid without the box is not saved.
    await payOnPayStation(app, browser, "5555555555554444", true);
    await payOnPayStation(app, browser, "4111111111111111", false);
    expect((await listOf(app, "test-saver")).body).toHaveLength(1);
  });

  it("keeps a card that is then refused, so that charging it is refused too", async () => {
    const app = sandbox();
    const browser = await player(app, "test-broke");
    expect((await payOnPayStation(app, browser, "4000000000000002", true)).result).toBe(
      "insufficient_funds",
    );
    const [account] = (await listOf(app, "test-broke")).body;
    expect(account).toMatchObject({ type: "card", name: "400000******0002" });
  });
});

describe("paying with PayPal on the Pay Station page", () => {
  /** The player buys 100 Gold with the page's stand-in PayPal; answers the page's result. */
  const payWithPaypal = (app: App, browser: Browser, email: unknown, save: boolean) =>
    buyGoldOnPayStation(app, browser, {
      paypal: { email },
      ...(save ? { save_paypal: true } : {}),
    });

  it('pays, delivers, and with "Save this PayPal account" saves it as the test hook does', async () => {
    const app = sandbox();
    const browser = await player(app, "test-paypal-payer");
    const webhooksBefore = (await browserOf(app).get("/game/webhooks/log")).body.length;
    const paid = await payWithPaypal(app, browser, " pal@example.com ", true);
    expect(paid.status).toBe(200);
    expect(paid.body).toMatchObject({ result: "success", paypal: { email: "pal@example.com" } });
    expect(await balanceOf(app, "test-paypal-payer")).toBe(110);
    const { body } = await listOf(app, "test-paypal-payer");
    expectSeedShape(body, seedAccounts);
    expect(body).toEqual([
      {
        type: "paypal",
        id: expect.any(Number),
        name: "pal@example.com",
        payment_system: { id: 24, name: "PayPal" },
      },
    ]);
    // The game server hears of it with PayPal's payment method.
    const log = (await browserOf(app).get("/game/webhooks/log")).body;
    expect(log).toHaveLength(webhooksBefore + 1);
    expect(log.at(-1).body.transaction).toMatchObject({ payment_method: 24 });

    // The same address again is the same account; one paid without the box is not saved.
    await payWithPaypal(app, browser, "PAL@example.com", true);
    await payWithPaypal(app, browser, "other@example.com", false);
    expect((await listOf(app, "test-paypal-payer")).body).toHaveLength(1);
  });

  it("refuses a missing or malformed address on the e-mail field, paying and saving nothing", async () => {
    const app = sandbox();
    const browser = await player(app, "test-paypal-typo");
    for (const email of ["", "pal", "pal@example", 42]) {
      const refused = await payWithPaypal(app, browser, email, true);
      expect(refused.status, String(email)).toBe(422);
      expect(refused.body.error).toMatchObject({ code: "validation", field: "email" });
    }
    expect(await balanceOf(app, "test-paypal-typo")).toBe(0);
    expect((await listOf(app, "test-paypal-typo")).body).toEqual([]);
  });
});

describe("saved payment accounts: charge", () => {
  it("takes the seed's request, answers 201 with the seed's shape, credits the gold and writes a payment", async () => {
    const app = sandbox();
    const before = (await operationsOf(app, "demo-player-1")).length;
    const webhooksBefore = (await browserOf(app).get("/game/webhooks/log")).body.length;
    const { status, body } = await charge(app, "demo-player-1", "card/1", seedChargeRequest);
    expect(status).toBe(201);
    expectSeedShape(body, seedCharge);

    // The seed's 100 gold is the 100 Gold package: its 10 bonus gold come with it.
    expect(await balanceOf(app, "demo-player-1")).toBe(DEMO_USER_START_BALANCE + 110);
    const operations = await operationsOf(app, "demo-player-1");
    expect(operations).toHaveLength(before + 1);
    expect(operations.at(-1)).toMatchObject({
      transaction_id: body.transaction_id,
      transaction_type: "payment",
      comment: "Test Purchase",
      amount: 110,
      sum: 0.99,
      currency: "USD",
      status: "notified",
      user_balance: DEMO_USER_START_BALANCE + 110,
    });
    // The game server hears of it as of a Pay Station payment.
    const log = (await browserOf(app).get("/game/webhooks/log")).body;
    expect(log).toHaveLength(webhooksBefore + 1);
  });

  it("charges a money amount (checkout) without granting gold", async () => {
    const app = sandbox();
    const { status } = await charge(app, "demo-player-1", "card/1", {
      user: { ip: "127.0.0.1" },
      purchase: { checkout: { currency: "USD", amount: 2.5 } },
    });
    expect(status).toBe(201);
    expect(await balanceOf(app, "demo-player-1")).toBe(DEMO_USER_START_BALANCE);
    expect((await operationsOf(app, "demo-player-1")).at(-1)).toMatchObject({
      transaction_type: "payment",
      amount: 0,
      sum: 2.5,
      currency: "USD",
    });
  });

  it("refuses a charge without user.ip, with neither or both purchases, or an unsold quantity", async () => {
    const app = sandbox();
    const vc = { virtual_currency: { quantity: 100 } };
    const cases: [unknown, string][] = [
      [{ purchase: vc }, "user.ip"],
      [{ user: { ip: "" }, purchase: vc }, "user.ip"],
      [{ user: { ip: "127.0.0.1" }, purchase: {} }, "purchase"],
      [
        {
          user: { ip: "127.0.0.1" },
          purchase: { ...vc, checkout: { currency: "USD", amount: 1 } },
        },
        "purchase",
      ],
      [
        { user: { ip: "127.0.0.1" }, purchase: { virtual_items: { items: [] } } },
        "purchase.virtual_items",
      ],
      [
        { user: { ip: "127.0.0.1" }, purchase: { virtual_currency: { quantity: 123 } } },
        "purchase.virtual_currency.quantity",
      ],
    ];
    for (const [body, property] of cases) {
      const answer = await charge(app, "demo-player-1", "card/1", body);
      expect(answer.status, property).toBe(422);
      expectMerchantError(answer.body, 422, "Invalid parameters");
      expect(Object.keys(answer.body.extended_message.property_errors)).toContain(property);
    }
    expect(await balanceOf(app, "demo-player-1")).toBe(DEMO_USER_START_BALANCE);
  });

  it("answers 404 for an account the player does not have, another player's included", async () => {
    const app = sandbox();
    for (const account of ["card/999", "paypal/1", "card/x"]) {
      const answer = await charge(app, "demo-player-1", account, seedChargeRequest);
      expect(answer.status, account).toBe(404);
      expectMerchantError(answer.body, 404);
    }
    // demo-player-1's card, charged as demo-player-2.
    const stranger = await charge(app, "demo-player-2", "card/1", seedChargeRequest);
    expect(stranger.status).toBe(404);
    expect(await balanceOf(app, "demo-player-1")).toBe(DEMO_USER_START_BALANCE);
  });

  it("answers 402 Request Failed for a card that declines, charging and writing nothing", async () => {
    const app = sandbox();
    const browser = await player(app, "test-declined");
    await payOnPayStation(app, browser, "5200000000000007", true);
    const [account] = (await listOf(app, "test-declined")).body;
    const answer = await charge(app, "test-declined", `card/${account.id}`, seedChargeRequest);
    expect(answer.status).toBe(402);
    expectMerchantError(answer.body, 402, CHARGE_FAILED);
    expect(answer.body.extended_message).toMatchObject({ reason: "insufficient_funds" });
    expect(await balanceOf(app, "test-declined")).toBe(0);
    expect(await operationsOf(app, "test-declined")).toEqual([]);
  });
});

describe("saved payment accounts: remove", () => {
  it("answers 204 with no body, then the account is gone and a second removal is 404", async () => {
    const app = sandbox();
    const removed = await vendorCall(app, "/demo-player-1/payment_accounts/card/1", {
      method: "DELETE",
    });
    expect(removed).toEqual({ status: 204, body: null });
    expect((await listOf(app, "demo-player-1")).body).toEqual([]);
    const again = await vendorCall(app, "/demo-player-1/payment_accounts/card/1", {
      method: "DELETE",
    });
    expect(again.status).toBe(404);
    expectMerchantError(again.body, 404);
  });

  it("does not remove another player's account", async () => {
    const app = sandbox();
    const answer = await vendorCall(app, "/demo-player-2/payment_accounts/card/1", {
      method: "DELETE",
    });
    expect(answer.status).toBe(404);
    expect((await listOf(app, "demo-player-1")).body).toEqual(seedAccounts);
  });
});

describe("the game server's saved payment accounts", () => {
  it("lists, charges and removes for the session's player only", async () => {
    const app = sandbox();
    const browser = browserOf(app);
    const mine = await browser.get(`${game}/me/payment_accounts`);
    expect(mine.status).toBe(200);
    expect(mine.body).toEqual(seedAccounts);
    expect((await browser.get(`${game}/demo-player-1/payment_accounts`)).status).toBe(200);

    const charged = await browser.post(`${game}/me/payments/card/1`, {
      purchase: { virtual_currency: { quantity: 500 } },
    });
    expect(charged.status).toBe(201);
    expect(charged.body).toEqual({ transaction_id: expect.any(Number) });
    expect(await balanceOf(app, "demo-player-1")).toBe(DEMO_USER_START_BALANCE + 550);

    const removed = await browser.request(`${game}/me/payment_accounts/card/1`, {
      method: "DELETE",
    });
    expect(removed.status).toBe(204);
    expect((await listOf(app, "demo-player-1")).body).toEqual([]);
  });

  it("refuses another player's id with 403, and everything with 401 when signed out", async () => {
    const app = sandbox();
    const browser = browserOf(app);
    const other = `${game}/demo-player-2`;
    expect((await browser.get(`${other}/payment_accounts`)).status).toBe(403);
    const vc = { purchase: { virtual_currency: { quantity: 100 } } };
    expect((await browser.post(`${other}/payments/card/1`, vc)).status).toBe(403);
    const otherDelete = await browser.request(`${other}/payment_accounts/card/1`, {
      method: "DELETE",
    });
    expect(otherDelete.status).toBe(403);

    await browser.signIn(null);
    const list = await browser.get(`${game}/me/payment_accounts`);
    expect(list.status).toBe(401);
    expectMerchantError(list.body, 401);
    expect((await browser.post(`${game}/me/payments/card/1`, vc)).status).toBe(401);
    const signedOutDelete = await browser.request(`${game}/me/payment_accounts/card/1`, {
      method: "DELETE",
    });
    expect(signedOutDelete.status).toBe(401);
    expect((await listOf(app, "demo-player-1")).body).toEqual(seedAccounts);
  });

  it("refuses a charge or a removal from another site", async () => {
    const app = sandbox();
    const browser = browserOf(app);
    const crossSite = { "Sec-Fetch-Site": "cross-site" };
    const vc = { purchase: { virtual_currency: { quantity: 100 } } };
    expect((await browser.post(`${game}/me/payments/card/1`, vc, crossSite)).status).toBe(403);
    const removal = await browser.request(`${game}/me/payment_accounts/card/1`, {
      method: "DELETE",
      headers: crossSite,
    });
    expect(removal.status).toBe(403);
    expect(await balanceOf(app, "demo-player-1")).toBe(DEMO_USER_START_BALANCE);
    expect((await listOf(app, "demo-player-1")).body).toEqual(seedAccounts);
  });

  it("passes on a declined charge's 402, so the widget can open Pay Station instead", async () => {
    const app = sandbox();
    const browser = await player(app, "test-fallback");
    await payOnPayStation(app, browser, "4000000000000002", true);
    const [account] = (await browser.get(`${game}/me/payment_accounts`)).body;
    const answer = await browser.post(`${game}/me/payments/card/${account.id}`, {
      purchase: { virtual_currency: { quantity: 100 } },
    });
    expect(answer.status).toBe(402);
    expectMerchantError(answer.body, 402, CHARGE_FAILED);
  });

  it("refuses a money amount or no quantity from the browser", async () => {
    const app = sandbox();
    const browser = browserOf(app);
    const checkout = await browser.post(`${game}/me/payments/card/1`, {
      purchase: { checkout: { currency: "USD", amount: 0.01 } },
    });
    expect(checkout.status).toBe(422);
    expect(checkout.body.extended_message.property_errors).toHaveProperty(["purchase.checkout"]);
    const empty = await browser.post(`${game}/me/payments/card/1`, { purchase: {} });
    expect(empty.status).toBe(422);
    expect(await balanceOf(app, "demo-player-1")).toBe(DEMO_USER_START_BALANCE);
  });
});

/** A game server whose vendor records the charges it is sent and answers the seed's 201. */
function recordingGameServer() {
  const seen: { path: string; body: unknown }[] = [];
  const vendorApp = {
    async fetch(request: Request) {
      seen.push({ path: new URL(request.url).pathname, body: await request.json() });
      return Response.json({ transaction_id: 119478390 }, { status: 201 });
    },
  };
  const hive = { fetch: () => new Response(null, { status: 500 }) };
  return { app: createGameServer(vendorApp, { now: () => 0, hive }), seen };
}

describe("the game server's charge request", () => {
  const request = (body: unknown) => ({
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  const spoofed = {
    user: { ip: "6.6.6.6", name: "Someone Else" },
    purchase: { virtual_currency: { quantity: 100 }, description: { value: "Free money" } },
    settings: { mode: "live" },
  };

  it("adds the player's IP address from the connection and their name, whatever the browser sends", async () => {
    const { app, seen } = recordingGameServer();
    const env = { incoming: { socket: { remoteAddress: "::ffff:203.0.113.9" } } };
    const answer = await app.request(`${game}/me/payments/card/1`, request(spoofed), env);
    expect(answer.status).toBe(201);
    expect(seen).toEqual([
      {
        path: "/vendor/merchant/v2/projects/44056/users/demo-player-1/payments/card/1",
        body: {
          user: { ip: "203.0.113.9", name: "Aria" },
          purchase: { virtual_currency: { quantity: 100 } },
          settings: { mode: "sandbox" },
        },
      },
    ]);
  });

  it("names 127.0.0.1 when the request came over no socket, and an IPv6 address as it is", async () => {
    const { app, seen } = recordingGameServer();
    await app.request(`${game}/me/payments/card/1`, request(spoofed));
    const env = { incoming: { socket: { remoteAddress: "2001:db8::1" } } };
    await app.request(`${game}/me/payments/card/1`, request(spoofed), env);
    expect(seen.map(({ body }) => (body as { user: { ip: string } }).user.ip)).toEqual([
      "127.0.0.1",
      "2001:db8::1",
    ]);
  });

  it("reaches the vendor's charge with the address of the sandbox's socket", async () => {
    const app = sandbox();
    const env = { incoming: { socket: { remoteAddress: "::1" } } };
    const answer = await app.request(
      `${game}/me/payments/card/1`,
      request({ purchase: { virtual_currency: { quantity: 100 } } }),
      env,
    );
    expect(answer.status).toBe(201);
  });
});

describe("saved payment accounts: test hooks", () => {
  const hook = (app: App, path: string, body: unknown) =>
    app.request(`/__sandbox/payment-accounts${path}`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });

  it("saves a test card for a player as Save this card does, and resets their list", async () => {
    const app = sandbox();
    const saved = await hook(app, "", { user: "test-hook", card: "4000000000000002" });
    expect(saved.status).toBe(201);
    expect(await saved.json()).toMatchObject({ type: "card", name: "400000******0002" });
    expect((await listOf(app, "test-hook")).body).toHaveLength(1);
    const reset = await hook(app, "/reset", { user: "test-hook" });
    expect(await reset.json()).toEqual([]);
    expect((await listOf(app, "test-hook")).body).toEqual([]);
  });

  it("gives the demo player the seed's Visa back on a reset", async () => {
    const app = sandbox();
    const [visa] = (await listOf(app, "demo-player-1")).body as { id: number }[];
    await vendorCall(app, `/demo-player-1/payment_accounts/card/${visa?.id}`, { method: "DELETE" });
    const reset = await hook(app, "/reset", { user: "demo-player-1" });
    expect(await reset.json()).toMatchObject([{ type: "card", name: "411111******1111" }]);
  });

  it("refuses an unknown player or card", async () => {
    const app = sandbox();
    expect((await hook(app, "", { user: "nobody", card: "4111111111111111" })).status).toBe(422);
    expect((await hook(app, "", { user: "test-hook", card: "1234" })).status).toBe(422);
    expect((await hook(app, "/reset", {})).status).toBe(422);
  });
});

describe("saved PayPal accounts", () => {
  const savePaypal = (app: App, user: string, paypal: unknown) =>
    app.request("/__sandbox/payment-accounts", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ user, paypal }),
    });

  it("are saved by the test hook and listed in the seed's shape, with PayPal's payment system", async () => {
    const app = sandbox();
    const saved = await savePaypal(app, "test-paypal", "player@example.com");
    expect(saved.status).toBe(201);
    const account = await saved.json();
    expectSeedShape([account], seedAccounts);
    expect(account).toEqual({
      type: "paypal",
      id: expect.any(Number),
      name: "player@example.com",
      payment_system: { id: 24, name: "PayPal" },
    });
    // The same address again is the same account.
    expect(await (await savePaypal(app, "test-paypal", "Player@Example.com")).json()).toEqual(
      account,
    );
    expect((await listOf(app, "test-paypal")).body).toEqual([account]);
  });

  it("sit beside the player's cards, oldest first", async () => {
    const app = sandbox();
    await savePaypal(app, "demo-player-1", "aria@example.com");
    const { body } = await listOf(app, "demo-player-1");
    expect(body.map((account: { type: string; name: string }) => account.type)).toEqual([
      "card",
      "paypal",
    ]);
  });

  it("refuse a missing or malformed address, or a card and PayPal at once", async () => {
    const app = sandbox();
    for (const paypal of ["", "player", "player@example", 42]) {
      expect((await savePaypal(app, "test-paypal", paypal)).status, String(paypal)).toBe(422);
    }
    const both = await app.request("/__sandbox/payment-accounts", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ user: "test-paypal", card: "4111111111111111", paypal: "a@b.co" }),
    });
    expect(both.status).toBe(422);
    expect((await listOf(app, "test-paypal")).body).toEqual([]);
  });

  it("are charged like a card: 201, the gold credited and a payment written", async () => {
    const app = sandbox();
    const { id } = await (await savePaypal(app, "test-paypal", "player@example.com")).json();
    const { status, body } = await charge(app, "test-paypal", `paypal/${id}`, seedChargeRequest);
    expect(status).toBe(201);
    expectSeedShape(body, seedCharge);
    expect(await balanceOf(app, "test-paypal")).toBe(110);
    expect((await operationsOf(app, "test-paypal")).at(-1)).toMatchObject({
      transaction_id: body.transaction_id,
      transaction_type: "payment",
      amount: 110,
      status: "notified",
    });
    // The account's type is part of its name: the same id as a card is not it.
    expect((await charge(app, "test-paypal", `card/${id}`, seedChargeRequest)).status).toBe(404);
  });

  it("are charged and removed through the game server for the session's player", async () => {
    const app = sandbox();
    const browser = await player(app, "test-paypal");
    const { id } = await (await savePaypal(app, "test-paypal", "player@example.com")).json();
    const charged = await browser.post(`${game}/me/payments/paypal/${id}`, {
      purchase: { virtual_currency: { quantity: 500 } },
    });
    expect(charged.status).toBe(201);
    expect(await balanceOf(app, "test-paypal")).toBe(550);

    const removed = await browser.request(`${game}/me/payment_accounts/paypal/${id}`, {
      method: "DELETE",
    });
    expect(removed.status).toBe(204);
    expect((await browser.get(`${game}/me/payment_accounts`)).body).toEqual([]);
    const again = await vendorCall(app, `/test-paypal/payment_accounts/paypal/${id}`, {
      method: "DELETE",
    });
    expect(again.status).toBe(404);
  });

  it("are forgotten by the reset hook", async () => {
    const app = sandbox();
    await savePaypal(app, "test-paypal", "player@example.com");
    const reset = await app.request("/__sandbox/payment-accounts/reset", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ user: "test-paypal" }),
    });
    expect(await reset.json()).toEqual([]);
  });
});
