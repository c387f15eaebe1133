import { describe, expect, it } from "vitest";
import { PROJECT_SECRET_KEY } from "../../../demo/sandbox/shared/config";
import { signatureMatches, signWebhook } from "../../../demo/sandbox/shared/webhook-signature";
import { browserOf, fixture, sandbox } from "./helpers";

const listener = "/game/webhooks/xsolla";

/** The seed's free-item webhook request (001): its body, headers and signature. */
const seedRequest = fixture("webhooks/free-order-paid.json") as {
  body: Record<string, unknown>;
  headers: { Authorization: string };
};

function deliver(app: ReturnType<typeof sandbox>, body: string, authorization?: string) {
  return app.request(listener, {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      ...(authorization === undefined ? {} : { Authorization: authorization }),
    },
    body,
  });
}

describe("webhook signature", () => {
  it("is the hex SHA-1 of the body followed by the secret key", () => {
    // Checked with `printf '%s' '{"notification_type":"payment"}my-secret-key' | sha1sum`.
    expect(signWebhook('{"notification_type":"payment"}', "my-secret-key")).toBe(
      "58a412ce695451c47b7ea4c75ef8a6f8f0ba71e7",
    );
  });

  it("depends on every byte of the body and of the key", () => {
    const body = JSON.stringify(seedRequest.body);
    const signature = signWebhook(body, "key");
    expect(signWebhook(body, "key")).toBe(signature);
    expect(signWebhook(`${body} `, "key")).not.toBe(signature);
    expect(signWebhook(body, "key2")).not.toBe(signature);
  });

  it("does not reproduce the seed's header without the seed's secret key", () => {
    const header = seedRequest.headers.Authorization;
    expect(header).toMatch(/^Signature [0-9a-f]{40}$/);
    const body = JSON.stringify(seedRequest.body);
    expect(signatureMatches(header, body, PROJECT_SECRET_KEY)).toBe(false);
    expect(signatureMatches(`Signature ${signWebhook(body, "x")}`, body, "x")).toBe(true);
  });
});

describe("game server webhook listener", () => {
  it("answers 204 to a correctly signed webhook and logs it", async () => {
    const app = sandbox();
    const body = JSON.stringify(seedRequest.body);
    const response = await deliver(app, body, `Signature ${signWebhook(body, PROJECT_SECRET_KEY)}`);
    expect(response.status).toBe(204);
    expect(await response.text()).toBe("");
    const log = await browserOf(app).get("/game/webhooks/log");
    expect(log.body).toEqual([
      {
        at: "2026-06-01T12:00:00+00:00",
        notification_type: "order_paid",
        valid: true,
        user: "1234567812345678",
        order_id: 12345678,
        items: [
          { sku: "gift_direct_game_reward-supercoin", quantity: 500, amount: "0" },
          { sku: "package-500_supercoin", quantity: 1, amount: "0" },
          { sku: "xsolla-giveaway_offer_11_14_22", quantity: 1, amount: "0" },
        ],
        amount: "0",
        currency: null,
        body: seedRequest.body,
      },
    ]);
  });

  it("answers 400 INVALID_SIGNATURE to a wrong, a missing or a malformed signature", async () => {
    const app = sandbox();
    const body = JSON.stringify(seedRequest.body);
    for (const header of [
      seedRequest.headers.Authorization,
      undefined,
      `Signature ${signWebhook(body, "not-the-key")}`,
      `Bearer ${signWebhook(body, PROJECT_SECRET_KEY)}`,
      `Signature ${signWebhook(`${body}\n`, PROJECT_SECRET_KEY)}`,
    ]) {
      const response = await deliver(app, body, header);
      expect(response.status, String(header)).toBe(400);
      expect(await response.json()).toEqual({
        error: { code: "INVALID_SIGNATURE", message: "Invalid signature" },
      });
    }
    const log = await browserOf(app).get("/game/webhooks/log");
    expect(log.body).toHaveLength(5);
    expect(log.body.every((entry: { valid: boolean }) => !entry.valid)).toBe(true);
  });

  it("keeps the newest entry first", async () => {
    const app = sandbox();
    for (const type of ["user_validation", "order_paid"]) {
      const body = JSON.stringify({ notification_type: type, user: { id: "p" } });
      await deliver(app, body, `Signature ${signWebhook(body, PROJECT_SECRET_KEY)}`);
    }
    const log = await browserOf(app).get("/game/webhooks/log");
    expect(log.body.map((entry: { notification_type: string }) => entry.notification_type)).toEqual(
      ["order_paid", "user_validation"],
    );
  });
});
