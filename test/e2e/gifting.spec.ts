/**
 * Gifts on the demo page: the Gift buttons and the gift picker's chunk, loaded on demand.
 * The whole gift, from the picker to the friend's inventory, is in gift-flow.spec.ts.
 */
import { expectNoAxeViolations } from "./axe";
import { BACKENDS, cardBySku, expect, openStore, sectionOf, test } from "./fixtures";
import { expectEvent, freshPlayer, storefrontEvents } from "./purchase-helpers";

const GIFTING = "**/dist/chunks/gifting-index-*.js";

for (const backend of BACKENDS) {
  test.describe(`${backend} backend`, () => {
    test("a signed-in player sees Gift buttons on items and packages, not on free items or plans", async ({
      page,
    }) => {
      const widget = await openStore(page, { backend, user: freshPlayer() });
      const packages = sectionOf(widget, "packages");
      const gift = packages.getByRole("button", { name: "Gift 500 Gold" });
      await expect(gift).toBeVisible();
      await expect(gift).toHaveText("Gift");
      const items = sectionOf(widget, "items");
      await expect(items.getByRole("button", { name: "Gift Training Sword" })).toHaveCount(0);
      const giftItem = items.getByRole("button", { name: /^Gift / }).first();
      await expect(giftItem).toBeVisible();
      // Each Gift button sits on the card of the product it names.
      const sku = await giftItem.locator("xpath=ancestor::li[1]").getAttribute("data-sku");
      const name = await cardBySku(widget, sku ?? "")
        .locator("h3")
        .textContent();
      await expect(giftItem).toHaveAccessibleName(`Gift ${name}`);
      await widget.getByRole("treeitem", { name: "Bows" }).click();
      await expect(widget.getByRole("button", { name: "Gift Hunter's Longbow" })).toBeVisible();
      await expect(sectionOf(widget, "plans").getByRole("button", { name: /^Gift / })).toHaveCount(
        0,
      );
      await expectNoAxeViolations(page, "gift buttons");
    });

    test("a signed-out player sees no Gift buttons", async ({ page }) => {
      const widget = await openStore(page, { backend, user: "" });
      await expect(widget.getByRole("button", { name: /^Buy 500 Gold$/ })).toBeVisible();
      await expect(widget.getByRole("button", { name: /^Gift / })).toHaveCount(0);
    });
  });
}

test("without gifting the store shows no Gift buttons and never fetches the picker", async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("/chunks/gifting-index-")) fetched.push(request.url());
  });
  const widget = await openStore(page, {
    backend: "merchant",
    user: freshPlayer(),
    gifting: "off",
  });
  await expect(widget.getByRole("button", { name: "Buy 500 Gold" })).toBeVisible();
  await expect(widget.getByRole("button", { name: /^Gift / })).toHaveCount(0);
  await page.waitForTimeout(1500);
  expect(fetched).toEqual([]);
});

test("the picker's chunk is fetched once the page is idle after the first view", async ({
  page,
}) => {
  const seen: string[] = [];
  await page.route(GIFTING, async (route) => {
    seen.push(route.request().url());
    await route.continue();
  });
  const widget = await openStore(page, { backend: "merchant", user: freshPlayer() });
  await expect(widget.getByRole("button", { name: "Gift 500 Gold" })).toBeVisible();
  await expectEvent(page, "catalog-load");
  // Nobody clicked: the idle prefetch asked for it.
  await expect.poll(() => seen.length).toBeGreaterThanOrEqual(1);
});

test("a picker that fails to load says so; the Gift button stays usable and the retry loads it", async ({
  page,
  problems,
}) => {
  problems.allowConsole(/gifting-index|ERR_FAILED|could not load/);
  let failing = true;
  const seen: string[] = [];
  await page.route(GIFTING, (route) => {
    seen.push(route.request().url());
    return failing ? route.abort() : route.continue();
  });
  const widget = await openStore(page, { backend: "xsolla", user: freshPlayer() });
  const gift = widget.getByRole("button", { name: "Gift 500 Gold" });
  await gift.click();
  await expect(widget.getByRole("alert")).toContainText(
    "The gift window for 500 Gold could not be loaded. Check your connection and try again.",
  );
  await expectEvent(page, "error");
  const events = await storefrontEvents(page);
  expect(events.find((event) => event.type === "error")?.detail).toMatchObject({
    code: "chunk-load",
  });
  const retry = widget.getByRole("button", { name: "Try gifting 500 Gold again" });
  await expect(retry).toBeVisible();
  await expect(gift).not.toHaveAttribute("aria-disabled", "true");
  await expectNoAxeViolations(page, "gift picker failed to load");
  failing = false;
  const before = seen.length;
  await retry.click();
  await expect.poll(() => seen.length).toBeGreaterThan(before);
  // The picker is there (a placeholder until it is built): the failure is answered.
  await expect(widget.getByRole("alert")).toHaveCount(0);
});
