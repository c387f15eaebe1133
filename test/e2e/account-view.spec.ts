/**
 * The account view in a page of its own, as a player meets it: an element with
 * `data-view="account"` mounts the player's corner (My items, My purchases, Coupons) from its
 * chunks, on both backends. The page is the test's own (served through page.route); the
 * player, their items, history and coupons are the sandbox's, one fresh player per test.
 */
import type { Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { expect, test } from "./fixtures";
import { freshPlayer } from "./purchase-helpers";

type Backend = "merchant" | "xsolla";

/** A page with an account view for a fresh player (and, with `withStore`, a store of theirs). */
async function openAccountPage(page: Page, backend: Backend, { withStore = false } = {}) {
  const player = freshPlayer();
  if (backend === "merchant") {
    // The game server speaks for the player of its session, whatever the page says.
    const response = await page.request.post("/game/session", { data: { playerId: player } });
    expect(response.ok()).toBe(true);
  }
  const auth =
    backend === "xsolla"
      ? `data-api-base="/store/api" data-user-token="${player}-token"`
      : `data-api-base="/game" data-user-id="${player}" data-token-url="/game/token"`;
  const element = (id: string, view: string) =>
    `<div id="${id}" data-game-storefront data-view="${view}" data-backend="${backend}" data-project-id="44056" data-locale="en" data-sandbox ${auth}></div>`;
  await page.route("**/account-test.html", (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><html lang="en"><head><title>Account</title>
<script>
window.__events = [];
for (const name of ["coupon", "error", "purchase"]) {
  document.addEventListener("game-storefront:" + name, (event) => {
    window.__events.push({ type: name, detail: event.detail, target: event.target.id });
  });
}
</script>
<script src="/dist/game-storefront.js" defer></script></head>
<body><main><h1>Account</h1>${element("account", "account")}${withStore ? element("store", "store") : ""}</main></body></html>`,
    }),
  );
  const requests: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  await page.goto("/account-test.html");
  const widget = page.locator("#account");
  return { player, requests, widget, store: page.locator("#store") };
}

for (const backend of ["merchant", "xsolla"] as const) {
  test(`a ${backend} account view mounts the player's corner from its chunks`, async ({ page }) => {
    const { requests, widget } = await openAccountPage(page, backend);
    await expect(widget.getByRole("heading", { name: "Your account", level: 2 })).toBeVisible();
    const items = widget.getByRole("region", { name: "My items" });
    await expect(items.getByText("You don't have any items yet.")).toBeVisible();
    await expect(widget.getByRole("region", { name: "My purchases" })).toBeVisible();
    await expect(widget.getByRole("textbox", { name: "Coupon code", exact: true })).toBeVisible();
    const chunks = requests.filter((url) => url.includes("/dist/chunks/"));
    expect(chunks.some((url) => /\/account-index-/.test(url))).toBe(true);
    expect(chunks.some((url) => /api-account-index-/.test(url))).toBe(true);
    expect(
      chunks.filter((url) => /gifting|paystation|rewards-index|invites-index/.test(url)),
    ).toEqual([]);
    await expectNoAxeViolations(page, `${backend} account view`);
  });
}
