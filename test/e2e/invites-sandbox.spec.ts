/**
 * The demo page's "Invites (sandbox)" controls: the signed-in player's code from the sandbox's
 * hook, and what invited friends do (install, the tutorial, a whole goal) counted toward it as
 * the emulated Hive counts it. The invite panel itself is left out here (invites=off, as
 * storeUrl has it), so this runs whatever the widget's invites view does.
 */
import type { Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { expect, openStore, test } from "./fixtures";
import { freshPlayer } from "./purchase-helpers";

async function codeOf(page: Page, user: string, campaign: number): Promise<string> {
  const response = await page.request.get(
    `/__sandbox/invites/code?user=${user}&campaign=${campaign}`,
  );
  expect(response.status()).toBe(200);
  return (await response.json()).invite_code;
}

test("the invite controls show the player's code and count what a friend did", async ({ page }) => {
  const player = freshPlayer();
  const friend = freshPlayer();
  await openStore(page, { user: player });
  const status = page.locator("#invites-status");

  await page.getByRole("button", { name: "Show my code" }).click();
  const code = await codeOf(page, player, 27);
  await expect(status).toHaveText(`Test Player (${player})'s code in campaign 27: ${code}.`);

  // A second player redeems it, as the game server would for them: the match counts.
  const redeemed = await page.request.post("/hive/ua/inviteCode/companion", {
    data: { gameindex: 539, invite_code: code, player_id: friend, server_id: "global" },
  });
  expect((await redeemed.json()).detail.matched).toBe(true);

  await page.getByRole("button", { name: "A friend installed the game" }).click();
  await expect(status).toHaveText(
    `Test Player (${player})'s code ${code}: reward 19 (action match) 1 of 3; ` +
      "reward 20 (goal cpi) 0 of 2, 1 of 3 toward the goal, reached 0 times.",
  );
  await expectNoAxeViolations(page, "demo page: a friend installed the game");

  // By keyboard: a whole goal reached, and the tutorial finished.
  await page.getByRole("button", { name: "A friend reached the goal" }).press("Enter");
  await expect(status).toContainText(
    "reward 20 (goal cpi) 1 of 2, 1 of 3 toward the goal, reached once",
  );
  await page.getByRole("button", { name: "A friend finished the tutorial" }).press("Enter");
  await expect(status).toContainText("reward 21 (action cpa) 1 of 5");

  // The seed's campaign: the player's other code.
  await page.getByLabel("Campaign").selectOption("19");
  await page.getByRole("button", { name: "A friend installed the game" }).click();
  await expect(status).toHaveText(
    `Test Player (${player})'s code ${await codeOf(page, player, 19)}: reward 33 (action cpi) 1 of 2.`,
  );
});

test("the invite controls ask a signed-out visitor to sign in", async ({ page }) => {
  await openStore(page, { user: "" });
  await page.getByRole("button", { name: "A friend installed the game" }).click();
  await expect(page.locator("#invites-status")).toHaveText("Sign in to invite friends.");
});
