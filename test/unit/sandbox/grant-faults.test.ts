import { describe, expect, it } from "vitest";
import { createGrantFaults } from "../../../demo/sandbox/testing/grant-faults";
import { basicAuth, browserOf, sandbox } from "./helpers";

type App = ReturnType<typeof sandbox>;

const game = "/game/merchant/v2/projects/44056/users/me";
const vendor = "/vendor/merchant/v2/projects/44056/users";

/** The widget's proposal for one item, as it sends it for a token. */
const proposal = (sku: string) => ({
  purchase: { virtual_items: { items: [{ sku, amount: 1 }] } },
  settings: { currency: "USD", language: "en" },
});

const hook = (app: App, body: unknown) =>
  app.request("/__sandbox/grant-faults", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });

async function owned(app: App, userId: string): Promise<Record<string, number>> {
  const response = await app.request(`${vendor}/${userId}/virtual_items`, { headers: basicAuth });
  const rows = (await response.json()) as { sku: string; quantity: number }[];
  return Object.fromEntries(rows.map(({ sku, quantity }) => [sku, quantity]));
}

/** A browser signed in as `userId`, with the sandbox's test Visa saved; answers its account path. */
async function playerWithVisa(app: App, userId: string) {
  await app.request("/__sandbox/payment-accounts", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ user: userId, card: "4111111111111111" }),
  });
  const browser = browserOf(app);
  await browser.signIn(userId);
  const accounts = (await browser.get(`${game}/payment_accounts`)).body as { id: number }[];
  const visa = accounts.at(-1);
  if (!visa) throw new Error("no saved card");
  const buy = (sku: string) => browser.post(`${game}/payments/card/${visa.id}`, proposal(sku));
  return { buy };
}

describe("the sandbox's grant faults", () => {
  it("make the player's next one-click item charged but not delivered, then buying works again", async () => {
    const app = sandbox();
    const player = await playerWithVisa(app, "test-grant-1");
    const marked = await hook(app, { user: "test-grant-1" });
    expect(marked.status).toBe(201);
    expect(await marked.json()).toEqual({ user: "test-grant-1", pending: 1 });

    const failed = await player.buy("bow-elven");
    expect(failed.status).toBe(502);
    expect(failed.body).toMatchObject({
      http_status_code: 502,
      extended_message: { reason: "not_delivered", transaction_id: expect.any(Number) },
    });
    // The vendor's own error shape reached the game server, which names it.
    expect(failed.body.extended_message.description).toContain("HTTP 500");
    expect((await owned(app, "test-grant-1"))["bow-elven"]).toBeUndefined();

    const next = await player.buy("bow-elven");
    expect(next.status).toBe(201);
    expect((await owned(app, "test-grant-1"))["bow-elven"]).toBe(1);
  });

  it("fail only the marked player's grants, so other players buy as usual", async () => {
    const app = sandbox();
    const marked = await playerWithVisa(app, "test-grant-2");
    const other = await playerWithVisa(app, "test-grant-3");
    await hook(app, { user: "test-grant-2" });
    expect((await other.buy("bow-elven")).status).toBe(201);
    expect((await marked.buy("bow-elven")).status).toBe(502);
  });

  it("leave the vendor's add called directly alone: only the game server's way is faulted", async () => {
    const app = sandbox();
    await hook(app, { user: "test-grant-4" });
    const response = await app.request(`${vendor}/test-grant-4/virtual_items/add`, {
      method: "POST",
      headers: { ...basicAuth, "Content-Type": "application/json" },
      body: JSON.stringify({ virtual_items: [{ virtual_item: { sku: "bow-elven" }, amount: 1 }] }),
    });
    expect(response.status).toBe(204);
  });

  it.each([
    ["no body", undefined],
    ["no user", {}],
    ["an unknown player", { user: "someone" }],
  ])("refuse %s with a 422", async (_name, body) => {
    const answer = await hook(sandbox(), body);
    expect(answer.status).toBe(422);
    expect(await answer.json()).toEqual({ error: expect.any(String) });
  });

  it("count: each mark fails one more grant", () => {
    const faults = createGrantFaults();
    faults.failNext("test-a");
    faults.failNext("test-a");
    expect(faults.pending("test-a")).toBe(2);
    expect([faults.take("test-b"), faults.take("test-a"), faults.take("test-a")]).toEqual([
      false,
      true,
      true,
    ]);
    expect(faults.take("test-a")).toBe(false);
    expect(faults.pending("test-a")).toBe(0);
  });
});
