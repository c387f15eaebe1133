/**
 * The invite panel on the demo page (`invites=on`), as players use it: the campaigns and the
 * player's code, copying it, a second player redeeming it and the first player's progress
 * growing, unknown and own codes, a Hive answer other than 200, and the keyboard.
 */
import type { Locator, Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { BACKENDS, type Backend, expect, openStore, test } from "./fixtures";
import { expectEvent, freshPlayer, storefrontEvents } from "./purchase-helpers";

const STARFALL = "27";
const STARFALL_TITLE = "Starfall friends: invite your wingmates";

/** The invite panel's element on the demo page. */
const panelOf = (page: Page) => page.locator("#invites-1");

/** One campaign's part of the panel. */
const campaignOf = (panel: Locator, id: string) =>
  panel.locator(`li.gs-invite-campaign[data-campaign-id="${id}"]`);

/** A player's code for a campaign, issued by the sandbox's Hive as the panel would ask it. */
async function codeOf(page: Page, user: string, campaign = STARFALL): Promise<string> {
  const response = await page.request.get(
    `/__sandbox/invites/code?user=${encodeURIComponent(user)}&campaign=${campaign}`,
  );
  expect(response.ok()).toBe(true);
  return (await response.json()).invite_code;
}

/** Opens the demo page with the invite panel, signed in as `user`, once the campaigns show. */
async function openInvites(page: Page, user: string, backend: Backend = "merchant", faults = "") {
  await openStore(page, { backend, user, invites: "on", ...(faults ? { faults } : {}) });
  const panel = panelOf(page);
  await expect(panel.getByRole("heading", { name: STARFALL_TITLE })).toBeVisible();
  return panel;
}

for (const backend of BACKENDS) {
  test(`${backend}: the panel shows the campaigns and the player's code, which copies`, async ({
    page,
    context,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const player = freshPlayer();
    const code = await codeOf(page, player);
    const panel = await openInvites(page, player, backend);
    await expect(panel.getByRole("heading", { name: "Invite friends", level: 2 })).toBeVisible();
    const starfall = campaignOf(panel, STARFALL);
    const rewards = starfall.getByRole("list", { name: `Rewards of ${STARFALL_TITLE}` });
    await expect(rewards).toContainText("A friend joins with your code");
    await expect(rewards).toContainText("A friend completes “1001”");
    await expect(rewards).toContainText("Your friends reach 3");
    await expect(rewards).toContainText("up to 3 times");
    await expect(starfall.locator(".gs-invite-code")).toHaveText(code);
    await expect(starfall).toContainText("No friend has joined yet.");
    // The seed's own campaign is there too, with its own code.
    await expect(campaignOf(panel, "19").locator(".gs-invite-code")).toHaveText(
      await codeOf(page, player, "19"),
    );
    await expectEvent(page, "invite-code", 2);
    await expectNoAxeViolations(page, "invites panel");

    await starfall.getByRole("button", { name: "Copy code" }).click();
    await expect(starfall.getByRole("status").filter({ hasText: "Copied" })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
    await expectEvent(page, "invite-copy");
    const copy = (await storefrontEvents(page)).find((event) => event.type === "invite-copy");
    expect(copy?.detail).toEqual({ campaignId: STARFALL, code });
    await expectNoAxeViolations(page, "invites panel: code copied");
  });
}

test("a second player redeems the first one's code, and the first player's progress grows", async ({
  page,
}) => {
  const inviter = freshPlayer();
  const code = await codeOf(page, inviter);
  const friend = freshPlayer();
  const panel = await openInvites(page, friend);
  const starfall = campaignOf(panel, STARFALL);
  const field = starfall.getByRole("textbox", { name: "Friend's invite code" });
  // Typed loosely: spaces and lower case are forgiven.
  await field.fill(`  ${code.toLowerCase()} `);
  await starfall.getByRole("button", { name: "Redeem code" }).click();
  await expect(starfall).toContainText("Code redeemed: you and your friend are linked.");
  await expect(starfall).toContainText("You joined with a friend's code.");
  await expect(field).toHaveCount(0);
  await expectEvent(page, "invite-redeem");
  const redeem = (await storefrontEvents(page)).find((event) => event.type === "invite-redeem");
  expect(redeem?.detail).toEqual({ campaignId: STARFALL, matched: true });
  await expectNoAxeViolations(page, "invites panel: a friend's code redeemed");

  const inviterPanel = await openInvites(page, inviter);
  const progress = campaignOf(inviterPanel, STARFALL);
  await expect(progress).toContainText("1 of 3 rewards given");
  await expect(progress).not.toContainText("No friend has joined yet.");
  await expectNoAxeViolations(page, "invites panel: progress after a friend joined");

  // Friends install the game (the sandbox's Hive hook): the goal reward's track moves, and a
  // goal reached counts.
  const installed = await page.request.post("/__sandbox/invites/event", {
    data: { inviter: inviter, campaign_id: 27, kind: "install", amount: 4 },
  });
  expect(installed.ok()).toBe(true);
  await page.evaluate(() =>
    (
      window as unknown as {
        GameStorefront: { get(el: Element): { refresh(): Promise<void> } | undefined };
      }
    ).GameStorefront.get(document.getElementById("invites-1") as Element)?.refresh(),
  );
  const goal = progress.getByRole("progressbar", {
    name: "Progress towards Every 3 friends who install the game: a Starfall Chest, up to 2 times",
  });
  await expect(goal).toHaveAttribute("aria-valuenow", "1");
  await expect(goal).toHaveAttribute("aria-valuemax", "3");
  await expect(goal).toHaveAttribute("aria-valuetext", "1 of 3");
  await expect(progress).toContainText("Goal reached once");
  await expectNoAxeViolations(page, "invites panel: a goal's progress");
});

test("the player's own code is refused before any request, and an unknown one says why", async ({
  page,
}) => {
  const player = freshPlayer();
  const code = await codeOf(page, player);
  const panel = await openInvites(page, player);
  const starfall = campaignOf(panel, STARFALL);
  const redeems: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("/companion")) redeems.push(request.url());
  });
  const field = starfall.getByRole("textbox", { name: "Friend's invite code" });
  await field.fill(code);
  await starfall.getByRole("button", { name: "Redeem code" }).click();
  await expect(starfall).toContainText("That is your own code. Enter a friend's code.");
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toBeFocused();
  expect(redeems).toEqual([]);
  await expectNoAxeViolations(page, "invites panel: own code refused");

  await field.fill("ZZZZ9999");
  await starfall.getByRole("button", { name: "Redeem code" }).click();
  await expect(starfall).toContainText("The code was not accepted: The invite code does not exist");
  expect(redeems).toHaveLength(1);
  const redeem = (await storefrontEvents(page)).find((event) => event.type === "invite-redeem");
  expect(redeem?.detail).toEqual({ campaignId: STARFALL, matched: false });
  // Not matched: the player may still enter a friend's code.
  await expect(field).toBeVisible();
  await expectNoAxeViolations(page, "invites panel: unknown code");
});

test("a Hive answer other than 200 shows its message in that part, the rest intact", async ({
  page,
}) => {
  const player = freshPlayer();
  const code = await codeOf(page, player);
  const panel = await openInvites(page, player, "xsolla", "invites_progress=hive");
  const starfall = campaignOf(panel, STARFALL);
  await expect(starfall.getByRole("alert")).toContainText(
    "The promotion server is busy; try again later (a sandbox fault)",
  );
  await expect(starfall.getByRole("button", { name: "Try again" })).toBeVisible();
  await expect(starfall.locator(".gs-invite-code")).toHaveText(code);
  await expect(starfall.getByRole("textbox", { name: "Friend's invite code" })).toBeVisible();
  await expectNoAxeViolations(page, "invites panel: progress failed");
  const errors = (await storefrontEvents(page)).filter((event) => event.type === "error");
  expect(errors.map((event) => event.detail)).toContainEqual(
    expect.objectContaining({ section: "invites", campaignId: STARFALL }),
  );
});

test("a signed-out player is asked to sign in, and nothing is sent", async ({ page }) => {
  const asked: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("/inviteCode/")) asked.push(request.url());
  });
  await openStore(page, { user: "", invites: "on" });
  await expect(panelOf(page).getByText("Sign in to invite friends")).toBeVisible();
  expect(asked).toEqual([]);
  await expectNoAxeViolations(page, "invites panel: signed out");
});

test("redeeming works by keyboard alone", async ({ page }) => {
  const inviter = freshPlayer();
  const code = await codeOf(page, inviter);
  const panel = await openInvites(page, freshPlayer());
  const starfall = campaignOf(panel, STARFALL);
  const field = starfall.getByRole("textbox", { name: "Friend's invite code" });
  await starfall.getByRole("button", { name: "Copy code" }).focus();
  for (let i = 0; i < 10 && !(await field.evaluate((el) => el.matches(":focus"))); i += 1) {
    await page.keyboard.press("Tab");
  }
  await expect(field).toBeFocused();
  await page.keyboard.type(code);
  await page.keyboard.press("Enter");
  await expect(starfall).toContainText("Code redeemed: you and your friend are linked.");
});

test("the panel speaks the page's language", async ({ page }) => {
  await openStore(page, { user: freshPlayer(), invites: "on", locale: "ja", theme: "dark" });
  const panel = panelOf(page);
  await expect(panel.getByRole("heading", { name: "友だちを招待", level: 2 })).toBeVisible();
  await expect(
    campaignOf(panel, STARFALL).getByRole("heading", { name: "あなたの招待コード" }),
  ).toBeVisible();
  await expectNoAxeViolations(page, "invites panel in Japanese, dark");
});
