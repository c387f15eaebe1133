/**
 * The demo page's sandbox parts for reward chains: the "Add 50 Star Points" control (the
 * sandbox's value-points test hook) and the panel's element, which the page puts below the
 * store, configured like the store for the same backend and player.
 */
import type { Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { BACKENDS, expect, openStore, storeUrl, test } from "./fixtures";
import { freshPlayer } from "./purchase-helpers";

/** The player's Star Points, as the Store API answers the Starfall Trail's balance. */
async function starPoints(page: Page, player: string): Promise<number> {
  const response = await page.request.get(
    "/store/api/v2/project/44056/user/reward_chain/101/balance",
    { headers: { Authorization: `Bearer ${player}-token` } },
  );
  expect(response.status()).toBe(200);
  return (await response.json()).amount;
}

test("Add 50 Star Points gives the signed-in player points, 50 at a time", async ({ page }) => {
  const player = freshPlayer();
  await openStore(page, { user: player });
  const add = page.getByRole("button", { name: "Add 50 Star Points" });
  const status = page.locator("#points-status");

  await add.click();
  await expect(status).toHaveText(`Test Player (${player}) has 50 Star Points.`);
  expect(await starPoints(page, player)).toBe(50);
  await expectNoAxeViolations(page, "demo page: Star Points added");

  await add.press("Enter");
  await expect(status).toHaveText(`Test Player (${player}) has 100 Star Points.`);
  expect(await starPoints(page, player)).toBe(100);

  // A claimed step's reward is the player's: "Your items" lists it once refreshed (the page
  // refreshes it by itself on the panel's reward-claim event).
  const claim = await page.request.post(
    "/store/api/v2/project/44056/user/reward_chain/101/step/1/claim",
    { headers: { Authorization: `Bearer ${player}-token` } },
  );
  expect(claim.status()).toBe(204);
  await page.getByRole("button", { name: "Refresh items" }).click();
  await expect(page.locator('#items-list li[data-sku="potion-health"]')).toHaveText(
    "potion-health × 3",
  );
});

test("Add 50 Star Points asks a signed-out visitor to sign in", async ({ page }) => {
  await openStore(page, { user: "" });
  await page.getByRole("button", { name: "Add 50 Star Points" }).click();
  await expect(page.locator("#points-status")).toHaveText("Sign in to add Star Points.");
});

test("the demo page shows the reward-chain panel below the store unless told not to", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page.locator('#rewards-1[data-view="rewards"]')).toHaveCount(1);
  await expect(page.locator("#rewards-1").getByRole("heading", { name: "Rewards" })).toBeVisible();
});

test("with rewards=off the page has the store's element alone", async ({ page }) => {
  await openStore(page, { rewards: "off" });
  await expect(page.locator("[data-game-storefront]")).toHaveCount(1);
  await expect(page.locator("#rewards-panel")).toHaveCount(0);
});

for (const backend of BACKENDS) {
  test(`rewards=on configures the panel like the store (${backend})`, async ({ page }) => {
    const player = freshPlayer();
    await page.goto(
      storeUrl({ backend, user: player, locale: "ja", theme: "dark", rewards: "on" }),
    );
    const panel = page.locator('#rewards-1[data-game-storefront][data-view="rewards"]');
    await expect(panel).toHaveAttribute("data-project-id", "44056");
    const store = page.locator("#storefront-1");
    for (const name of ["backend", "api-base", "locale", "theme", "user-id", "user-token"]) {
      expect(await panel.getAttribute(`data-${name}`), name).toBe(
        await store.getAttribute(`data-${name}`),
      );
    }
    await expect(panel).toHaveAttribute("data-backend", backend);
    await expect(panel).toHaveAttribute(
      "data-api-base",
      backend === "xsolla" ? "/store/api" : "/game",
    );
    await expect(page.getByRole("heading", { level: 3, name: "Reward chains" })).toBeVisible();
    expect(await store.getAttribute("data-view")).toBeNull();
  });
}
