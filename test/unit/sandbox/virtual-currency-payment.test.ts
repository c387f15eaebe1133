import { describe, expect, it } from "vitest";
import { getCatalog } from "../../../demo/sandbox/data/catalog";
import { createClock } from "../../../demo/sandbox/shared/clock";
import { DEMO_PROJECT_ID, MERCHANT_ID } from "../../../demo/sandbox/shared/config";
import { createFulfilment, LIMIT_REACHED } from "../../../demo/sandbox/vendor/fulfilment";
import type { OperationLog } from "../../../demo/sandbox/vendor/operation-log";
import { createOrderRegistry } from "../../../demo/sandbox/vendor/orders";
import type { TokenRecord } from "../../../demo/sandbox/vendor/paystation-tokens";
import type { PlayerRegistry } from "../../../demo/sandbox/vendor/player-registry";
import type { WebhookSender } from "../../../demo/sandbox/vendor/webhooks";
import { basicAuth, browserOf, NOW, sandbox, tokenRecord } from "./helpers";

type App = ReturnType<typeof sandbox>;

const tokenPath = `/vendor/merchant/v2/merchants/${MERCHANT_ID}/token`;
const wallet = "/game/merchant/v2/projects/44056/users/me";
const GOLD_BOW = { sku: "bow-hunter", amount: 1 };

/** A Merchant API token request for the demo project, as a game server sends it. */
function tokenRequest(purchase: unknown, language = "en") {
  return {
    user: { id: { value: "demo-player-2" }, email: { value: "bram@aetherfall.example" } },
    settings: { project_id: DEMO_PROJECT_ID, currency: "USD", language, mode: "sandbox" },
    purchase,
  };
}

async function requestToken(app: App, body: unknown) {
  const response = await app.request(tokenPath, {
    method: "POST",
    headers: { ...basicAuth, "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

/** Presses Pay Station's "Pay 250 Gold": the page sends the token and no card. */
async function payFromBalance(app: App, token: string) {
  const response = await app.request("/paystation/api/pay", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ token }),
  });
  return { status: response.status, body: await response.json() };
}

const statuses = (body: { steps: { paymentInfo: { status: string } }[] }) =>
  body.steps.map((step) => step.paymentInfo.status);

/** A signed-in player's browser on the demo page, with a token for the gold-only bow. */
async function playerWithBowToken(app: App, player: string) {
  const browser = browserOf(app);
  await browser.signIn(player);
  const { status, body } = await browser.post("/game/token", {
    purchase: { virtual_items: { items: [GOLD_BOW] } },
    settings: { currency: "USD", language: "en" },
  });
  expect(status).toBe(200);
  return { browser, token: body.token as string };
}

describe("Merchant API token for items sold only for virtual currency", () => {
  const app = sandbox();

  it("accepts a gold-only item and prices it in gold", async () => {
    const { status, body } = await requestToken(
      app,
      tokenRequest({ virtual_items: { items: [GOLD_BOW] } }),
    );
    expect(status).toBe(200);
    const info = await app.request(`/paystation/api/token?token=${body.token}`);
    expect((await info.json()).purchase).toEqual({
      description: "Hunter's Longbow",
      amount: 0,
      currency: "USD",
      items: [
        {
          type: "virtual_item",
          sku: "bow-hunter",
          name: "Hunter's Longbow",
          quantity: 1,
          amount: 0,
          virtual_price: { sku: "gold", name: "Gold", amount: 250 },
        },
      ],
      virtual_currency_amount: null,
      virtual_price: { sku: "gold", name: "Gold", amount: 250 },
    });
  });

  it("multiplies the gold price by the amount and names the currency in the token's language", async () => {
    const { body } = await requestToken(
      app,
      tokenRequest({ virtual_items: { items: [{ sku: "bow-hunter", amount: 2 }] } }, "ja"),
    );
    const stored = await tokenRecord(app, body.token);
    expect(stored.purchase.virtualPrice).toEqual({ sku: "gold", name: "ゴールド", amount: 500 });
  });

  it("refuses to mix a gold-only item with what is paid in money", async () => {
    for (const purchase of [
      { virtual_items: { items: [GOLD_BOW, { sku: "sword-ember", amount: 1 }] } },
      { virtual_items: { items: [GOLD_BOW] }, virtual_currency: { quantity: 500 } },
      { virtual_items: { items: [GOLD_BOW] }, subscription: { plan_id: "9.99_1_months" } },
    ]) {
      const { status, body } = await requestToken(app, tokenRequest(purchase));
      expect(status, JSON.stringify(purchase)).toBe(422);
      expect(body.extended_message.property_errors).toEqual({
        "purchase.virtual_items.items[0].sku": [
          'Item "bow-hunter" is sold only for Gold and cannot be paid together with money in one token; request a token for it alone',
        ],
      });
    }
  });

  it("still refuses free items", async () => {
    const purchase = { virtual_items: { items: [{ sku: "emote-wave", amount: 1 }] } };
    const { status, body } = await requestToken(app, tokenRequest(purchase));
    expect(status).toBe(422);
    expect(body.extended_message.property_errors).toEqual({
      "purchase.virtual_items.items[0].sku": ['Item "emote-wave" is not purchasable for money'],
    });
  });

  it("does not mint a Store token paid in gold: the Store buys with gold without Pay Station", async () => {
    const response = await app.request("/__sandbox/paystation/tokens", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ kind: "store", purchase: { virtual_items: { items: [GOLD_BOW] } } }),
    });
    expect(response.status).toBe(422);
    expect((await response.json()).extended_message.property_errors).toHaveProperty("kind");
  });
});

describe("Pay Station payment from the virtual currency balance", () => {
  it("takes the gold, grants the item and walks invoice, delivering, done", async () => {
    const app = sandbox();
    const { browser, token } = await playerWithBowToken(app, "demo-player-1");
    const { status, body } = await payFromBalance(app, token);
    expect(status).toBe(200);
    expect(statuses(body)).toEqual(["invoice", "delivering", "done"]);
    expect(body).toMatchObject({
      result: "success",
      virtual_price: { sku: "gold", name: "Gold", amount: 250 },
      three_d_secure: false,
      error_reason: null,
    });
    expect(body.steps[2]).toEqual({
      paymentInfo: {
        email: "aria@aetherfall.example",
        invoice: body.invoice,
        status: "done",
        userId: "demo-player-1",
        virtualCurrencyAmount: null,
      },
    });

    expect((await browser.get(wallet)).body.balance).toBe(750);
    const items = (await browser.get(`${wallet}/virtual_items`)).body;
    expect(items.map((item: { sku: string }) => item.sku)).toContain("bow-hunter");
    expect((await tokenRecord(app, token)).payments).toEqual([
      {
        invoice: body.invoice,
        at: NOW,
        virtualPrice: { sku: "gold", name: "Gold", amount: 250 },
        status: "done",
        errorReason: null,
      },
    ]);
  });

  it("sends the signed payment webhook with the gold price", async () => {
    const app = sandbox();
    const { token } = await playerWithBowToken(app, "demo-player-1");
    const { body } = await payFromBalance(app, token);
    const [entry] = (await browserOf(app).get("/game/webhooks/log")).body;
    expect(entry).toMatchObject({
      notification_type: "payment",
      valid: true,
      user: "demo-player-1",
      transaction_id: body.invoice,
      items: [{ sku: "bow-hunter", quantity: 1 }],
      amount: 250,
      currency: "gold",
    });
    expect(entry.body.purchase).toEqual({
      virtual_items: { items: [{ sku: "bow-hunter", amount: 1 }], currency: "gold", amount: 250 },
      total: { currency: "gold", amount: 250 },
    });
    expect(entry.body.transaction).toMatchObject({ payment_method: null, dry_run: 1 });
  });

  it("ends troubled with 'Not enough Gold', taking and granting nothing", async () => {
    const app = sandbox();
    // Bram has no gold.
    const { browser, token } = await playerWithBowToken(app, "demo-player-2");
    const { status, body } = await payFromBalance(app, token);
    expect(status).toBe(200);
    expect(statuses(body)).toEqual(["invoice", "troubled"]);
    expect(body.steps[1].paymentInfo.errorReason).toBe("Not enough Gold");
    expect(body).toMatchObject({ result: "failed", error_reason: "Not enough Gold" });

    expect((await browser.get(wallet)).body.balance).toBe(0);
    expect((await browser.get(`${wallet}/virtual_items`)).body).toEqual([]);
    expect((await browserOf(app).get("/game/webhooks/log")).body).toEqual([]);
    expect((await tokenRecord(app, token)).payments).toEqual([
      expect.objectContaining({ status: "troubled", errorReason: "Not enough Gold" }),
    ]);
  });

  it("charges a token once, however often it is paid", async () => {
    const app = sandbox();
    const { browser, token } = await playerWithBowToken(app, "demo-player-1");
    await payFromBalance(app, token);
    const again = await payFromBalance(app, token);
    expect(statuses(again.body)).toEqual(["invoice", "delivering", "done"]);
    expect((await browser.get(wallet)).body.balance).toBe(750);
    expect((await browserOf(app).get("/game/webhooks/log")).body).toHaveLength(1);
  });

  it("pays from the balance even when a card is sent along", async () => {
    const app = sandbox();
    const { browser, token } = await playerWithBowToken(app, "demo-player-1");
    const response = await app.request("/paystation/api/pay", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ token, card: { number: "4111111111111111" } }),
    });
    expect((await response.json()).virtual_price).toMatchObject({ amount: 250 });
    expect((await browser.get(wallet)).body.balance).toBe(750);
  });
});

describe("charging the balance", () => {
  const catalog = getCatalog(DEMO_PROJECT_ID);
  if (!catalog) throw new Error("The demo catalog is missing");

  /** A player registry whose every limit is used up, and that counts what is spent. */
  function playersWithLimitsUsedUp() {
    const spent: number[] = [];
    const players = {
      limitOf: () => ({ total: 1, available: 0 }),
      spend: (_catalog: unknown, _user: string, amount: number) => {
        spent.push(amount);
        return true;
      },
    } as unknown as PlayerRegistry;
    return { players, spent };
  }

  const record = {
    projectId: DEMO_PROJECT_ID,
    user: { id: "player-9" },
    gift: null,
    payments: [],
    purchase: {
      items: [{ type: "virtual_item", sku: "bow-hunter", name: "Bow", quantity: 1, amount: 0 }],
      virtualPrice: { sku: "gold", name: "Gold", amount: 250 },
    },
  } as unknown as TokenRecord;

  it("takes nothing for an item whose per-player limit is used up", () => {
    const { players, spent } = playersWithLimitsUsedUp();
    const fulfilment = createFulfilment({
      orders: createOrderRegistry(createClock(() => NOW)),
      players,
      webhooks: {} as WebhookSender,
      operations: {} as OperationLog,
    });
    expect(fulfilment.chargeBalance(record)).toBe(LIMIT_REACHED);
    expect(spent).toEqual([]);
  });
});
