/**
 * The reward-chain panel on the demo page (below the store), as a player uses it, against both
 * backends: the demo chains with their states, progress and countdown; value points earned by
 * buying in the store beside it; claiming a step and finding its reward in the inventory; the
 * Store's 9912 and 9913 refusals; a signed-out player; the keyboard.
 */
import type { Locator, Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { BACKENDS, expect, openStore, test } from "./fixtures";
import {
  CARDS,
  expectEvent,
  freshPlayer,
  payStationLightbox,
  payWithCard,
  storefrontEvents,
} from "./purchase-helpers";

const STARFALL = 101;
const RIFT = 102;
const SIEGE = 103;

/** The rewards panel's element on the demo page. */
const panelOf = (page: Page) => page.locator("#rewards-1");

/** One chain's part of the panel. */
const chainOf = (panel: Locator, id: number) => panel.locator(`li[data-chain-id="${id}"]`);

/** One step of a chain, by its name. */
function stepOf(chain: Locator, name: string) {
  return chain.locator("li.gs-reward-step").filter({ hasText: name });
}

/** Gives a player value points through the sandbox's test hook. */
async function addPoints(page: Page, user: string, amount: number, sku = "star-points") {
  const response = await page.request.post("/__sandbox/value-points", {
    data: { user, sku, amount },
  });
  expect(response.ok()).toBe(true);
}

/** Claims a step straight through the Store API, as another device of the player would. */
async function claimElsewhere(page: Page, user: string, chain: number, step: number) {
  const response = await page.request.post(
    `/store/api/v2/project/44056/user/reward_chain/${chain}/step/${step}/claim`,
    { headers: { Authorization: `Bearer ${user}-token` } },
  );
  expect(response.status()).toBe(204);
}

/** Opens the demo page with the panel, signed in as `user`, once the panel shows its chains. */
async function openPanel(page: Page, backend: string, user: string) {
  await openStore(page, { backend, user, rewards: "on" });
  const panel = panelOf(page);
  await expect(panel.getByRole("heading", { name: "Starfall Trail" })).toBeVisible();
  return panel;
}

for (const backend of BACKENDS) {
  test.describe(`${backend} backend`, () => {
    test("the panel shows the demo chains with their states, progress and time left", async ({
      page,
    }) => {
      const panel = await openPanel(page, backend, freshPlayer());
      await expect(panel.getByRole("heading", { name: "Rewards", level: 2 })).toBeVisible();

      const starfall = chainOf(panel, STARFALL);
      await expect(starfall).toContainText("0 Star Points");
      const track = starfall.getByRole("progressbar", { name: "Progress in Starfall Trail" });
      await expect(track).toHaveAttribute("aria-valuenow", "0");
      await expect(track).toHaveAttribute("aria-valuemax", "600");
      await expect(track).toHaveAttribute("aria-valuetext", "0 of 600 Star Points");
      await expect(starfall.getByRole("timer")).toHaveText(/^Ends in \dd \d\d:\d\d:\d\d$/);
      const steps = starfall.getByRole("list", { name: "Steps of Starfall Trail" });
      await expect(steps.locator(".gs-reward-step-name")).toHaveText([
        "First Spark",
        "Rising Star",
        "Shooting Star",
        "Supernova",
      ]);
      const spark = stepOf(starfall, "First Spark");
      await expect(spark).toHaveAttribute("data-state", "locked");
      await expect(spark).toContainText("Locked");
      await expect(spark).toContainText("50 more Star Points");
      await expect(starfall.getByRole("button", { name: /^Claim / })).toHaveCount(0);

      const rift = chainOf(panel, RIFT);
      await expect(rift).toContainText(/Progress resets on /);
      await expect(rift.getByRole("timer")).toHaveCount(0);

      const siege = chainOf(panel, SIEGE);
      await expect(siege).toContainText("Shared by your guild");
      await expect(siege).toContainText("850 Guild Crests");
      await expect(siege).toContainText("Top contributors");
      for (const name of ["Rabbit", "Rocket", "Rain"]) await expect(siege).toContainText(name);
      await expect(stepOf(siege, "Banner Raised")).toHaveAttribute("data-state", "ready");
      await expect(stepOf(siege, "Banner Raised")).toContainText("Ready to claim");
      await expect(siege.getByRole("button", { name: "Claim Banner Raised" })).toBeVisible();
      await expect(stepOf(siege, "Walls Breached")).toContainText("150 more Guild Crests");
      await expectNoAxeViolations(page, "rewards panel: the demo chains");
    });

    test("points earned by buying ready a step, and claiming it gives its reward", async ({
      page,
    }) => {
      const player = freshPlayer();
      await openPanel(page, backend, player);
      const store = page.locator("#storefront-1");
      const panel = panelOf(page);
      const sword = store.locator("li.gs-card").filter({ hasText: "Emberfang Sword" });
      await expect(sword).toContainText("+50 Star Points");

      await store.getByRole("button", { name: "Buy Emberfang Sword", exact: true }).click();
      await payWithCard(page, "Emberfang Sword", CARDS.success);
      await payStationLightbox(page, "Emberfang Sword").closeButton.click();
      await expectEvent(page, "purchase");

      // The panel beside the store reads its balance and steps again by itself.
      const starfall = chainOf(panel, STARFALL);
      await expect(starfall).toContainText("50 Star Points");
      await expect(
        starfall.getByRole("progressbar", { name: "Progress in Starfall Trail" }),
      ).toHaveAttribute("aria-valuenow", "50");
      const spark = stepOf(starfall, "First Spark");
      await expect(spark).toHaveAttribute("data-state", "ready");
      await expectNoAxeViolations(page, "rewards panel: a step ready");

      await starfall.getByRole("button", { name: "Claim First Spark" }).click();
      await expect(starfall.getByRole("status")).toHaveText("First Spark claimed");
      await expect(spark).toHaveAttribute("data-state", "claimed");
      await expect(spark).toContainText("Claimed");
      await expect(spark.locator(".gs-reward-state")).toBeFocused();
      await expectEvent(page, "reward-claim");
      const claim = (await storefrontEvents(page)).find((event) => event.type === "reward-claim");
      expect(claim?.detail).toEqual({ chainId: STARFALL, stepId: 1 });
      await expect(page.locator('#items-list li[data-sku="potion-health"]')).toHaveText(
        "potion-health × 3",
      );
      await expectNoAxeViolations(page, "rewards panel: a step claimed");
    });

    test("a step claimed elsewhere shows as claimed, and too few points say how many", async ({
      page,
      problems,
    }) => {
      problems.allowConsole(/status of 422/);
      const player = freshPlayer();
      await addPoints(page, player, 150);
      const panel = await openPanel(page, backend, player);
      const starfall = chainOf(panel, STARFALL);
      await expect(stepOf(starfall, "Rising Star")).toHaveAttribute("data-state", "ready");

      // 9912: claimed on another device since the panel was drawn.
      await claimElsewhere(page, player, STARFALL, 1);
      await starfall.getByRole("button", { name: "Claim First Spark" }).click();
      await expect(starfall.getByRole("status")).toHaveText("First Spark was already claimed.");
      await expect(stepOf(starfall, "First Spark")).toHaveAttribute("data-state", "claimed");
      await expectNoAxeViolations(page, "rewards panel: already claimed");

      // 9913: the points went down since the panel was drawn.
      await addPoints(page, player, -100);
      await starfall.getByRole("button", { name: "Claim Rising Star" }).click();
      await expect(starfall).toContainText("You need more Star Points to claim Rising Star.");
      const rising = stepOf(starfall, "Rising Star");
      await expect(rising).toHaveAttribute("data-state", "locked");
      await expect(rising).toContainText("100 more Star Points");
      await expect(starfall).toContainText("50 Star Points");
      await expectNoAxeViolations(page, "rewards panel: not enough points");
    });
  });
}

test("a signed-out player is asked to sign in, and nothing is asked of the server", async ({
  page,
}) => {
  const asked: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("/reward_chain")) asked.push(request.url());
  });
  await openStore(page, { backend: "xsolla", user: "", rewards: "on" });
  await expect(panelOf(page).getByText("Sign in to see your rewards")).toBeVisible();
  expect(asked).toEqual([]);
  await expectNoAxeViolations(page, "rewards panel: signed out");
});

test("claiming works by keyboard alone, and the focus stays on the step", async ({ page }) => {
  const player = freshPlayer();
  await addPoints(page, player, 50);
  const panel = await openPanel(page, "merchant", player);
  const starfall = chainOf(panel, STARFALL);
  const claim = starfall.getByRole("button", { name: "Claim First Spark" });
  await expect(claim).toBeVisible();
  // Tab from the panel's heading region until the claim button has the focus.
  await panel.getByRole("heading", { name: "Rewards", level: 2 }).click();
  for (let i = 0; i < 40 && !(await claim.evaluate((el) => el.matches(":focus"))); i += 1) {
    await page.keyboard.press("Tab");
  }
  await expect(claim).toBeFocused();
  await page.keyboard.press("Enter");
  const spark = stepOf(starfall, "First Spark");
  await expect(spark).toHaveAttribute("data-state", "claimed");
  await expect(spark.locator(".gs-reward-state")).toBeFocused();
  await expectEvent(page, "reward-claim");
});

test("the panel speaks the page's language and wears its theme", async ({ page }) => {
  await openStore(page, {
    backend: "xsolla",
    user: freshPlayer(),
    locale: "ja",
    theme: "dark",
    rewards: "on",
  });
  const panel = panelOf(page);
  await expect(panel.getByRole("heading", { name: "報酬", level: 2 })).toBeVisible();
  await expect(stepOf(chainOf(panel, STARFALL), "First Spark")).toContainText("ロック中");
  expect(
    await panel.evaluate((el) =>
      el.shadowRoot?.querySelector(".gs-root")?.getAttribute("data-theme"),
    ),
  ).toBe("dark");
  await expectNoAxeViolations(page, "rewards panel in Japanese, dark");
});

test("a chain whose points fail to load says so in its own part, and the others stay", async ({
  page,
  problems,
}) => {
  problems.allowConsole(/status of 500/);
  await openStore(page, {
    backend: "merchant",
    user: freshPlayer(),
    rewards: "on",
    faults: "reward_balance_102=500",
  });
  const panel = panelOf(page);
  const rift = chainOf(panel, RIFT);
  await expect(rift.getByRole("alert")).toContainText(
    "The points for Rift Patrol could not be loaded.",
  );
  await expect(
    rift.getByRole("button", { name: "Reload the points for Rift Patrol" }),
  ).toBeVisible();
  await expect(chainOf(panel, STARFALL)).toContainText("0 Star Points");
  await expect(chainOf(panel, SIEGE)).toContainText("850 Guild Crests");
  await expect(panel.getByRole("alert")).toHaveCount(1);
  await expectNoAxeViolations(page, "rewards panel: one chain's points failed");
  const errors = (await storefrontEvents(page)).filter((event) => event.type === "error");
  expect(errors.map((event) => event.detail)).toContainEqual(
    expect.objectContaining({ section: "reward-chains", chainId: RIFT, code: "http-500-1000" }),
  );
});
