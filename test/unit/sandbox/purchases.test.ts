import { describe, expect, it } from "vitest";
import { PROJECT_SECRET_KEY } from "../../../demo/sandbox/shared/config";
import { signWebhook } from "../../../demo/sandbox/shared/webhook-signature";
import {
  browserOf,
  expectSeedShape,
  fixture,
  NOW,
  payWithCard,
  sandbox,
  tokenRecord,
} from "./helpers";

type App = ReturnType<typeof sandbox>;

const store = "/store/api/v2/project/44056";
const bearer = (player: string) => ({ Authorization: `Bearer ${player}-token` });
const wallet = "/game/merchant/v2/projects/44056/users/me";
const seedOrderPaid = (fixture("webhooks/free-order-paid.json") as { body: unknown }).body;

interface LogEntry {
  notification_type: string;
  valid: boolean;
  user: string;
  order_id?: number;
  transaction_id?: number;
  items?: { sku: string; quantity: number; amount?: string | number }[];
  amount?: string | number;
  currency?: string | null;
  gift_to?: string;
  body: Record<string, unknown> & {
    order: Record<string, unknown>;
    purchase: Record<string, unknown>;
    transaction: Record<string, unknown>;
    user: Record<string, unknown>;
  };
}

async function webhookLog(app: App): Promise<LogEntry[]> {
  return (await app.request("/game/webhooks/log")).json();
}

async function storePost(app: App, path: string, player: string | null, body?: unknown) {
  const response = await app.request(`${store}${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...(player ? bearer(player) : {}) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: await response.json() };
}

async function storeGet(app: App, path: string, player: string | null) {
  const response = await app.request(`${store}${path}`, { headers: player ? bearer(player) : {} });
  return { status: response.status, body: await response.json() };
}

describe("free claims", () => {
  it("grants a limit-1 item once through the Store API; the second claim is 422 [0401-1460]", async () => {
    const app = sandbox();
    const first = await storePost(app, "/free/item/sword-training", "demo-player-2", {});
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ order_id: expect.any(Number) });

    const second = await storePost(app, "/free/item/sword-training", "demo-player-2");
    expect(second.status).toBe(422);
    expect(second.body).toMatchObject({ statusCode: 422, errorCode: 1460 });
    expect(second.body.errorMessage).toBe(
      "[0401-1460]: The purchase limit for this item has been reached",
    );

    // Exactly one order: the refused claim made none, so the next order follows the first.
    const next = await storePost(app, "/free/item/emote-wave", "demo-player-2");
    expect(next.body.order_id).toBe(first.body.order_id + 1);
    const order = await storeGet(app, `/order/${first.body.order_id}`, "demo-player-2");
    expect(order.body).toEqual({
      order_id: first.body.order_id,
      status: "done",
      content: {
        price: null,
        virtual_price: null,
        is_free: true,
        items: [{ sku: "sword-training", quantity: 1, is_free: true, price: null }],
      },
    });

    // The player's own reads now show the limit used up; another player's do not.
    const swords = "/items/virtual_items/group/swords";
    const training = (items: { sku: string }[]) =>
      items.find((item) => item.sku === "sword-training");
    const own = await storeGet(app, swords, "demo-player-2");
    expect(training(own.body.items)).toMatchObject({
      can_be_bought: false,
      limits: { per_user: { available: 0 } },
    });
    const other = await storeGet(app, swords, "demo-player-3");
    expect(training(other.body.items)).toMatchObject({ limits: { per_user: { available: 1 } } });
  });

  it("sends the seed's order_paid webhook, signed, with amount 0 and no invoice", async () => {
    const app = sandbox();
    const { body } = await storePost(app, "/free/item/reward-welcome-chest", "demo-player-3");
    const [entry] = await webhookLog(app);
    expect(entry).toMatchObject({
      notification_type: "order_paid",
      valid: true,
      user: "demo-player-3",
      order_id: body.order_id,
      items: [{ sku: "reward-welcome-chest", quantity: 1, amount: "0" }],
      amount: "0",
    });
    expectSeedShape(entry?.body, seedOrderPaid);
    expect(entry?.body.order).toMatchObject({
      currency_type: "unknown",
      currency: null,
      invoice_id: null,
      status: "paid",
    });
    expect(entry?.body.user).toEqual({
      external_id: "demo-player-3",
      email: "chen@aetherfall.example",
    });
  });

  it("refuses items that are not free, unknown items and anonymous callers", async () => {
    const app = sandbox();
    const paid = await storePost(app, "/free/item/sword-ember", "demo-player-1");
    expect(paid.status).toBe(422);
    expect(paid.body.errorMessage).toBe("[0401-1411]: Item sword-ember is not free");
    const unknown = await storePost(app, "/free/item/no-such-item", "demo-player-1");
    expect(unknown.body).toMatchObject({ statusCode: 422, errorCode: 1411 });
    const anonymous = await storePost(app, "/free/item/emote-wave", null);
    expect(anonymous.body).toMatchObject({ statusCode: 401, errorCode: 1501 });
    const quantity = await storePost(app, "/free/item/emote-wave", "demo-player-1", {
      quantity: 0,
    });
    expect(quantity.body).toMatchObject({ statusCode: 422, errorCode: 1102 });
    expect(await webhookLog(app)).toEqual([]);
  });

  it("claims through the game server for the session's player, once per limit", async () => {
    const app = sandbox();
    const browser = browserOf(app);
    await browser.signIn("demo-player-2");
    const path = "/game/v2/project/44056/free/item/reward-starter-banner";
    const first = await browser.post(path, {});
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ order_id: expect.any(Number) });
    const second = await browser.post(path);
    expect(second.status).toBe(422);
    expect(second.body.errorMessage).toContain("[0401-1460]");

    const items = await browser.get(`${wallet}/virtual_items`);
    expect(items.body).toEqual([
      { id: expect.any(Number), sku: "reward-starter-banner", quantity: 1 },
    ]);
    const log = await webhookLog(app);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ user: "demo-player-2", order_id: first.body.order_id });
    // The Store API sees the same limit.
    const again = await storePost(app, "/free/item/reward-starter-banner", "demo-player-2");
    expect(again.body.errorCode).toBe(1460);
  });

  it("refuses the demo player's used-up daily ration on both paths", async () => {
    const app = sandbox();
    const game = await browserOf(app).post("/game/v2/project/44056/free/item/reward-daily-ration");
    expect(game.status).toBe(422);
    expect(game.body.errorCode).toBe(1460);
    const direct = await storePost(app, "/free/item/reward-daily-ration", "demo-player-1");
    expect(direct.body.errorCode).toBe(1460);
  });

  it("answers the game server's free claim errors in the Store shape", async () => {
    const browser = browserOf(sandbox());
    const notFree = await browser.post("/game/v2/project/44056/free/item/sword-ember", {
      quantity: 1,
    });
    expect(notFree.body).toMatchObject({ statusCode: 422, errorCode: 1411 });
    // The browser's quantity is not the game server's: it claims one, in its own project only.
    const many = await browser.post("/game/v2/project/44056/free/item/emote-wave", {
      quantity: "two",
    });
    expect(many.status).toBe(200);
    const otherProject = await browser.post("/game/v2/project/5000/free/item/emote-wave");
    expect(otherProject.body).toMatchObject({ statusCode: 404, errorCode: 1001 });
    await browser.signIn(null);
    const signedOut = await browser.post("/game/v2/project/44056/free/item/emote-wave");
    expect(signedOut.status).toBe(401);
    expect(signedOut.body).toMatchObject({ statusCode: 401, errorCode: 1501 });
  });
});

describe("buying with virtual currency", () => {
  it("takes the gold, grants the item and sends order_paid with the gold price", async () => {
    const app = sandbox();
    const bought = await storePost(app, "/payment/item/sword-ember/virtual/gold", "demo-player-1");
    expect(bought.status).toBe(200);
    expect(bought.body).toEqual({ order_id: expect.any(Number) });

    const balance = await storeGet(app, "/user/virtual_currency_balance", "demo-player-1");
    expect(balance.body).toEqual({
      items: [
        {
          sku: "gold",
          type: "virtual_currency",
          name: "Gold",
          amount: 550,
          description: "The currency of the Rift.",
          image_url: expect.stringMatching(/\/images\/vc\/gold\.svg$/),
        },
      ],
    });
    const order = await storeGet(app, `/order/${bought.body.order_id}`, "demo-player-1");
    expect(order.body).toMatchObject({
      status: "done",
      content: {
        price: null,
        virtual_price: { sku: "gold", amount: 450 },
        is_free: false,
        items: [{ sku: "sword-ember", quantity: 1, is_free: false }],
      },
    });
    const [entry] = await webhookLog(app);
    expect(entry).toMatchObject({
      notification_type: "order_paid",
      user: "demo-player-1",
      items: [{ sku: "sword-ember", quantity: 1, amount: "450" }],
      amount: "450",
      currency: "gold",
    });
    expect(entry?.body.order).toMatchObject({ currency_type: "virtual", invoice_id: null });
  });

  it("answers 422 errorCode 5006 without enough gold, changing nothing", async () => {
    const app = sandbox();
    const poor = await storePost(app, "/payment/item/bow-hunter/virtual/gold", "demo-player-2");
    expect(poor.status).toBe(422);
    expect(poor.body).toMatchObject({
      statusCode: 422,
      errorCode: 5006,
      errorMessage: "[0401-5006]: Not enough virtual currency",
    });
    const balance = await storeGet(app, "/user/virtual_currency_balance", "demo-player-2");
    expect(balance.body.items[0].amount).toBe(0);
    expect(await webhookLog(app)).toEqual([]);
  });

  it("answers 422 errorCode 1411 for an item without that price and 404 for an unknown one", async () => {
    const app = sandbox();
    const moneyOnly = await storePost(
      app,
      "/payment/item/skin-frost-warden/virtual/gold",
      "demo-player-1",
    );
    expect(moneyOnly.body).toMatchObject({ statusCode: 422, errorCode: 1411 });
    const otherCurrency = await storePost(
      app,
      "/payment/item/sword-ember/virtual/gems",
      "demo-player-1",
    );
    expect(otherCurrency.body).toMatchObject({ statusCode: 422, errorCode: 1411 });
    const unknown = await storePost(app, "/payment/item/nothing/virtual/gold", "demo-player-1");
    expect(unknown.body).toMatchObject({ statusCode: 404, errorCode: 4001 });
    const anonymous = await storePost(app, "/payment/item/sword-ember/virtual/gold", null);
    expect(anonymous.body).toMatchObject({ statusCode: 401, errorCode: 1501 });
  });
});

describe("paying in Pay Station", () => {
  it("credits a currency package bought through the game server, with its bonuses", async () => {
    const app = sandbox();
    const browser = browserOf(app);
    await browser.signIn("demo-player-2");
    const { body } = await browser.post("/game/token", {
      purchase: { virtual_currency: { quantity: 500 } },
      settings: { currency: "USD", language: "en" },
    });
    const paid = await payWithCard(app, body.token);
    expect(paid.body.result).toBe("success");

    expect((await browser.get(wallet)).body.balance).toBe(550);
    expect((await browser.get(`${wallet}/virtual_items`)).body).toEqual([
      { id: expect.any(Number), sku: "pet-starling", quantity: 1 },
    ]);
    const [entry] = await webhookLog(app);
    expect(entry).toMatchObject({
      notification_type: "payment",
      valid: true,
      user: "demo-player-2",
      transaction_id: paid.body.invoice,
      items: [{ sku: "gold-500", quantity: 500 }],
      amount: 4.99,
      currency: "USD",
    });
    expect(entry?.body).toMatchObject({
      purchase: {
        virtual_currency: { name: "Gold", sku: "gold-500", quantity: 500, currency: "USD" },
        total: { currency: "USD", amount: 4.99 },
      },
      user: { id: "demo-player-2", email: "bram@aetherfall.example", name: "Bram", country: "DE" },
      transaction: {
        id: paid.body.invoice,
        payment_date: "2026-06-01T12:00:00+00:00",
        dry_run: 1,
      },
      custom_parameters: { source: "storefront-widget" },
    });

    // The token is delivered once, however often it is paid.
    await payWithCard(app, body.token);
    expect((await browser.get(wallet)).body.balance).toBe(550);
  });

  it("grants nothing and sends nothing after a declined card", async () => {
    const app = sandbox();
    const browser = browserOf(app);
    await browser.signIn("demo-player-3");
    const { body } = await browser.post("/game/token", {
      purchase: { virtual_currency: { quantity: 1200 } },
    });
    for (const card of ["4000000000000002", "4000000000000036"]) {
      const paid = await payWithCard(app, body.token, card);
      expect(paid.body.result).not.toBe("success");
    }
    expect((await browser.get(wallet)).body.balance).toBe(0);
    expect(await webhookLog(app)).toEqual([]);
  });

  it("takes a Store order from new to done and sends order_paid with the invoice", async () => {
    const app = sandbox();
    const { body } = await storePost(app, "/payment/item/gold-100", "demo-player-2", {
      sandbox: true,
    });
    const before = await storeGet(app, `/order/${body.order_id}`, "demo-player-2");
    expect(before.body).toMatchObject({
      status: "new",
      content: { price: { amount: "0.99", currency: "USD" }, is_free: false },
    });
    const declined = await payWithCard(app, body.token, "5200000000000007");
    expect(declined.body.result).toBe("insufficient_funds");
    expect((await storeGet(app, `/order/${body.order_id}`, "demo-player-2")).body.status).toBe(
      "new",
    );

    const paid = await payWithCard(app, body.token);
    const after = await storeGet(app, `/order/${body.order_id}`, "demo-player-2");
    expect(after.body).toMatchObject({
      status: "done",
      content: { items: [{ sku: "gold-100", quantity: 1, price: { amount: "0.99" } }] },
    });
    const balance = await storeGet(app, "/user/virtual_currency_balance", "demo-player-2");
    expect(balance.body.items[0].amount).toBe(110);
    const [entry] = await webhookLog(app);
    expectSeedShape(entry?.body, seedOrderPaid);
    expect(entry?.body.order).toMatchObject({
      id: body.order_id,
      mode: "sandbox",
      currency_type: "real",
      currency: "USD",
      amount: "0.99",
      invoice_id: String(paid.body.invoice),
    });
    expect(entry?.items).toEqual([{ sku: "gold-100", quantity: 1, amount: "0.99" }]);
  });

  it("delivers a gift to its recipient and says so in the payment webhook", async () => {
    const app = sandbox();
    const browser = browserOf(app);
    const { body } = await browser.post("/game/token", {
      purchase: {
        virtual_items: { items: [{ sku: "sword-ember", amount: 1 }] },
        gift: {
          giver_id: "someone",
          message: "GG WP",
          hide_giver_from_receiver: true,
          friends: [{ id: "demo-player-2", name: "Bram", email: "bram@aetherfall.example" }],
        },
      },
    });
    await payWithCard(app, body.token);
    const [entry] = await webhookLog(app);
    expect(entry).toMatchObject({ user: "demo-player-1", gift_to: "demo-player-2" });
    expect(entry?.body.purchase).toMatchObject({
      virtual_items: { items: [{ sku: "sword-ember", amount: 1 }], currency: "USD", amount: 4.99 },
      gift: {
        giver_ID: "demo-player-1",
        receiver_ID: "demo-player-2",
        receiver_email: "bram@aetherfall.example",
        message: "GG WP",
        hide_giver_from_receiver: true,
      },
    });
    await browser.signIn("demo-player-2");
    const items = await browser.get(`${wallet}/virtual_items`);
    expect(items.body.map((item: { sku: string }) => item.sku)).toEqual(["sword-ember"]);
  });

  it("activates a plan bought through the subscriptions API", async () => {
    const app = sandbox();
    const buy = await app.request(
      "http://127.0.0.1:4173/subscriptions/api/user/v1/projects/44056/subscriptions/buy",
      {
        method: "POST",
        headers: { "Content-Type": "application/json", ...bearer("demo-player-2") },
        body: JSON.stringify({
          plan_external_id: "voyager-pass",
          settings: { sandbox: true, locale: "en", currency: "USD" },
        }),
      },
    );
    expect(buy.status).toBe(200);
    const { link_to_ps: link } = await buy.json();
    expect(link).toMatch(/^http:\/\/localhost:4173\/paystation2\/\?access_token=[A-Za-z0-9]{32}$/);
    const token = new URL(link).searchParams.get("access_token") ?? "";
    expect((await tokenRecord(app, token)).user).toMatchObject({ id: "demo-player-2" });
    await payWithCard(app, token);

    const browser = browserOf(app);
    await browser.signIn("demo-player-2");
    const plans = await browser.get(
      "/game/merchant/v2/projects/44056/storefront/subscriptions?currency=USD&language=en",
    );
    expect(plans.body.active_user_package).toEqual({
      id: "4.99_1_months",
      date_next_charge: "2026-07-01T12:00:00+00:00",
    });
    const [entry] = await webhookLog(app);
    expect(entry?.body.purchase).toMatchObject({
      subscription: { plan_id: "4.99_1_months", date_create: "2026-06-01T12:00:00+00:00" },
    });
    expect(NOW).toBe(Date.parse("2026-06-01T12:00:00Z"));
  });

  it("refuses an unknown plan with 404 and an anonymous buyer with 401", async () => {
    const app = sandbox();
    const path = "/subscriptions/api/user/v1/projects/44056/subscriptions/buy";
    const unknown = await app.request(path, {
      method: "POST",
      headers: { "Content-Type": "application/json", ...bearer("demo-player-1") },
      body: JSON.stringify({ plan_external_id: "gold-pass" }),
    });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ statusCode: 404 });
    const anonymous = await app.request(path, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ plan_external_id: "voyager-pass" }),
    });
    expect((await anonymous.json()).errorCode).toBe(1501);
  });
});

describe("orders and limits", () => {
  it("shows an order to its owner only: 404 errorCode 9001 for others and unknown ids", async () => {
    const app = sandbox();
    const { body } = await storePost(app, "/free/item/emote-wave", "demo-player-1");
    for (const [path, player] of [
      [`/order/${body.order_id}`, "demo-player-2"],
      ["/order/999999", "demo-player-1"],
      ["/order/abc", "demo-player-1"],
    ] as const) {
      const answer = await storeGet(app, path, player);
      expect(answer.status, path).toBe(404);
      expect(answer.body.errorCode).toBe(9001);
    }
    expect((await storeGet(app, `/order/${body.order_id}`, null)).status).toBe(401);
  });

  it("refuses to sell more of a limited item than the player has left", async () => {
    const app = sandbox();
    // The demo player has one of three Phoenix Elixirs already.
    const tooMany = await storePost(app, "/payment/item/elixir-phoenix", "demo-player-1", {
      quantity: 3,
    });
    expect(tooMany.body).toMatchObject({ statusCode: 422, errorCode: 1460 });
    const twoLeft = await storePost(app, "/payment/item/elixir-phoenix", "demo-player-1", {
      quantity: 2,
    });
    expect(twoLeft.status).toBe(200);
    const token = await browserOf(app).post("/game/token", {
      purchase: { virtual_items: { items: [{ sku: "elixir-phoenix", amount: 3 }] } },
    });
    expect(token.status).toBe(422);
    expect(token.body.extended_message.property_errors).toEqual({
      "purchase.virtual_items.items[0].amount": [
        "The purchase limit for this item has been reached",
      ],
    });
  });

  it("rejects a webhook the vendor did not sign", async () => {
    const app = sandbox();
    const body = JSON.stringify({ notification_type: "payment", user: { id: "demo-player-1" } });
    const forged = await app.request("/game/webhooks/xsolla", {
      method: "POST",
      headers: { Authorization: `Signature ${signWebhook(body, "guessed")}` },
      body,
    });
    expect(forged.status).toBe(400);
    const genuine = await app.request("/game/webhooks/xsolla", {
      method: "POST",
      headers: { Authorization: `Signature ${signWebhook(body, PROJECT_SECRET_KEY)}` },
      body,
    });
    expect(genuine.status).toBe(204);
    expect((await webhookLog(app)).map((entry) => entry.valid)).toEqual([true, false]);
  });
});
