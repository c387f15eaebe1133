/**
 * Free items (seed 001), as a player meets them on both backends: claimed at once without
 * Pay Station, counted against the per-player limit, once however often the button is
 * clicked; a signed-out player is asked to sign in and nothing is sent.
 */
import { expectNoAxeViolations } from "./axe";
import { BACKENDS, type Backend, cardBySku, expect, openStore, test } from "./fixtures";
import {
  expectEvent,
  noticeOf,
  openAsFreshPlayer,
  ordersFor,
  recordPurchaseRequests,
  storefrontEvents,
  webhooksFor,
} from "./purchase-helpers";

/** Claims the Training Sword for `player` straight from the server, as another device would. */
async function claimElsewhere(
  request: import("@playwright/test").APIRequestContext,
  backend: Backend,
  player: string,
) {
  const response =
    backend === "merchant"
      ? await request.post("/game/v2/project/44056/free/item/sword-training", { data: {} })
      : await request.post("/store/api/v2/project/44056/free/item/sword-training", {
          data: {},
          headers: { Authorization: `Bearer ${player}-token` },
        });
  expect(response.status()).toBe(200);
}

for (const backend of BACKENDS) {
  test.describe(`${backend} backend`, () => {
    test("claiming a free item grants it at once, shows the limit and a double click makes one order", async ({
      page,
    }) => {
      const { widget, player } = await openAsFreshPlayer(page, backend);
      const card = cardBySku(widget, "sword-training");
      await expect(card.locator(".gs-limit")).toHaveText("1 left");
      const requests = recordPurchaseRequests(page);
      const claim = card.getByRole("button", { name: "Claim Training Sword" });
      await claim.dblclick();
      await expect(noticeOf(widget)).toContainText("Training Sword is yours.");
      await expect(card.locator(".gs-limit")).toHaveText("Limit reached");
      await expect(claim).toHaveAttribute("aria-disabled", "true");
      await expect(claim).toBeFocused();
      await expect(page.locator("[data-xpaystation-widget-lightbox]")).toHaveCount(0);

      const claimEvent = (await storefrontEvents(page)).find((event) => event.type === "claim");
      expect(claimEvent?.detail).toEqual({ sku: "sword-training", orderId: expect.any(Number) });
      expect(requests.filter((r) => r.url().includes("/free/item/"))).toHaveLength(1);
      // The emulated vendor made one order, and the game server heard of exactly one.
      expect(await ordersFor(page, player)).toEqual([
        expect.objectContaining({
          orderId: claimEvent?.detail.orderId,
          status: "done",
          payment: "free",
          items: [expect.objectContaining({ sku: "sword-training", quantity: 1 })],
        }),
      ]);
      await expect
        .poll(async () => (await webhooksFor(page, player)).map((w) => w.notification_type))
        .toEqual(["order_paid"]);
      await expectNoAxeViolations(page, "a claimed item");
    });

    test("a signed-out player is asked to sign in and nothing is sent", async ({ page }) => {
      const widget = await openStore(page, { backend, user: "" });
      const requests = recordPurchaseRequests(page);
      await widget.getByRole("button", { name: "Claim Training Sword" }).click();
      await expect(noticeOf(widget)).toHaveText(/Sign in to the game to claim Training Sword\./);
      await widget.getByRole("button", { name: "Buy 500 Gold" }).click();
      await expect(noticeOf(widget)).toHaveText(/Sign in to the game to buy 500 Gold\./);
      await expectEvent(page, "login-required", 2);
      const events = (await storefrontEvents(page)).filter((e) => e.type === "login-required");
      expect(events.map((event) => event.detail)).toEqual([
        { sku: "sword-training" },
        { sku: backend === "merchant" ? "16913" : "gold-500" },
      ]);
      expect(requests).toEqual([]);
      await expect(widget.locator(".gs-balance")).toHaveCount(0);
      await expectNoAxeViolations(page, "asked to sign in");
    });

    test("a limit reached on another device is explained and the card catches up", async ({
      page,
      problems,
    }) => {
      problems.allowConsole(/free\/item\/sword-training/);
      const { widget, player } = await openAsFreshPlayer(page, backend);
      const card = cardBySku(widget, "sword-training");
      await expect(card.locator(".gs-limit")).toHaveText("1 left");
      await claimElsewhere(page.request, backend, player);
      await card.getByRole("button", { name: "Claim Training Sword" }).click();
      await expect(widget.getByRole("alert")).toContainText(
        "Couldn't claim Training Sword. You have reached the limit for this item.",
      );
      await expect(card.locator(".gs-limit")).toHaveText("Limit reached");
      const error = (await storefrontEvents(page)).find((event) => event.type === "error");
      expect(error?.detail).toMatchObject({ sku: "sword-training", code: "http-422-1460" });
    });
  });
}

test.describe("merchant backend, refusals", () => {
  test("a session that ended on the game server asks the player to sign in again", async ({
    page,
    problems,
  }) => {
    // Signed out, the one-click feature's read of the saved methods may be refused too.
    problems.allowConsole(/free\/item\/sword-training|payment_accounts/);
    const { widget } = await openAsFreshPlayer(page, "merchant");
    // Signed out in another tab: the page still thinks the player is here.
    const signOut = await page.request.post("/game/session", { data: { playerId: null } });
    expect(signOut.ok()).toBe(true);
    await widget.getByRole("button", { name: "Claim Training Sword" }).click();
    await expect(widget.getByRole("alert")).toContainText(
      "Couldn't claim Training Sword. Your session has expired. Please sign in again.",
    );
  });

  test("an item the server says is not free is explained, and the claim goes to the session's player", async ({
    page,
    problems,
  }) => {
    problems.allowConsole(/free\/item\//);
    const { widget, player } = await openAsFreshPlayer(page, "merchant");
    // A stale page claims what is no longer free, naming another player as it goes.
    await page.route("**/free/item/sword-training", async (route) => {
      await route.continue({
        url: route.request().url().replace("sword-training", "sword-ember"),
        postData: JSON.stringify({ quantity: 1, user_id: "demo-player-1" }),
      });
    });
    await widget.getByRole("button", { name: "Claim Training Sword" }).click();
    await expect(widget.getByRole("alert")).toContainText(
      "Couldn't claim Training Sword. This item is not free.",
    );
    await page.unroute("**/free/item/sword-training");
    await widget.getByRole("button", { name: "Dismiss message" }).click();
    await expect(widget.locator(".gs-root")).toBeFocused();
    // Asked with another player's id in the query and the body, the claim is still this player's.
    await page.route("**/free/item/sword-training", async (route) => {
      await route.continue({
        url: `${route.request().url()}?user_id=demo-player-1`,
        postData: JSON.stringify({ quantity: 1, user_id: "demo-player-1" }),
      });
    });
    await widget.getByRole("button", { name: "Claim Training Sword" }).click();
    await expect(widget.getByRole("status")).toContainText("Training Sword is yours.");
    expect((await ordersFor(page, player)).map((order) => order.items[0]?.sku)).toEqual([
      "sword-training",
    ]);
  });
});
