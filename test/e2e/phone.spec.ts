/**
 * The store on a phone (390 × 844, touch), for both backends: two product cards to a row with
 * pictures as wide as their cards, the group tree folded behind a button that names the
 * selected group so that the first products show without scrolling, and that button working by
 * touch and by keyboard. axe finds nothing with the tree folded or unfolded.
 */
import type { Locator, Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { BACKENDS, cardBySku, expect, openStore, sectionOf, test } from "./fixtures";

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

/** The box of an element, which must be laid out. */
async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error("element has no box");
  return found;
}

/** Scrolls the page so that the items section starts just below the demo's sticky header. */
async function scrollToItems(page: Page, items: Locator) {
  const header = await box(page.locator(".site-header"));
  const top = await box(items);
  await page.evaluate((y) => window.scrollBy(0, y), top.y - (header.y + header.height));
}

/** Two cards share a row: same top, the second to the right of the first, about as wide. */
async function expectTwoToARow(cards: Locator) {
  const [first, second, third] = await Promise.all([0, 1, 2].map((n) => box(cards.nth(n))));
  if (!first || !second || !third) throw new Error("fewer than three cards");
  expect(Math.abs(first.y - second.y), "first two cards on one row").toBeLessThan(1);
  expect(second.x, "second card right of the first").toBeGreaterThan(first.x + first.width);
  expect(Math.abs(first.width - second.width)).toBeLessThan(1);
  expect(third.y, "third card on the next row").toBeGreaterThan(first.y + first.height);
}

for (const backend of BACKENDS) {
  test.describe(`${backend} backend`, () => {
    test("two cards to a row, pictures as wide as their cards", async ({ page }) => {
      const widget = await openStore(page, { backend });
      for (const name of ["items", "packages"] as const) {
        const cards = sectionOf(widget, name).locator("li.gs-card");
        await expectTwoToARow(cards);
        const card = await box(cards.first());
        const picture = await box(cards.first().locator(".gs-media"));
        // As wide as the card inside its padding (12px a side by default), and square.
        expect(picture.width, `${name}: picture width`).toBeGreaterThan(card.width - 30);
        expect(picture.width).toBeLessThanOrEqual(card.width);
        expect(Math.abs(picture.height - picture.width)).toBeLessThan(1);
      }
      await expectTwoToARow(sectionOf(widget, "plans").locator("li[data-plan-id]"));
    });

    test("the folded group button keeps the first products above the fold", async ({ page }) => {
      const widget = await openStore(page, { backend });
      const items = sectionOf(widget, "items");
      const button = items.getByRole("button", { name: "Groups: Swords" });
      await expect(button).toHaveAttribute("aria-expanded", "false");
      await expect(items.getByRole("tree")).toBeHidden();
      await scrollToItems(page, items);
      await expect(button).toBeInViewport({ ratio: 1 });
      await expect(cardBySku(widget, "sword-ember")).toBeInViewport({ ratio: 1 });
      await expect(cardBySku(widget, "sword-frost")).toBeInViewport({ ratio: 1 });
      await expectNoAxeViolations(page, "phone, groups folded");
    });

    test("the group button works by touch", async ({ page }) => {
      const widget = await openStore(page, { backend });
      const items = sectionOf(widget, "items");
      const tree = items.getByRole("tree", { name: "Item groups" });
      const item = (name: string) => tree.getByRole("treeitem", { name, exact: true });

      await items.getByRole("button", { name: "Groups: Swords" }).tap();
      await expect(tree).toBeVisible();
      await expect(items.getByRole("button", { name: "Groups: Swords" })).toHaveAttribute(
        "aria-expanded",
        "true",
      );
      // A branch opens and stays unfolded, so that one of its groups can be chosen.
      await item("Armor").tap();
      await expect(item("Armor")).toHaveAttribute("aria-expanded", "true");
      await expect(item("Suits")).toBeVisible();
      await expectNoAxeViolations(page, "phone, groups unfolded with a branch opened");
      await expectNoAxeViolations(page, "phone, groups unfolded", {
        rules: ["label-content-name-mismatch"],
      });

      await item("Suits").tap();
      await expect(tree).toBeHidden();
      const button = items.getByRole("button", { name: "Groups: Suits" });
      await expect(button).toHaveAttribute("aria-expanded", "false");
      await expect(cardBySku(widget, "suit-shadow")).toBeVisible();
      await expect(cardBySku(widget, "sword-ember")).toHaveCount(0);
    });

    test("the group button works by keyboard", async ({ page }) => {
      const widget = await openStore(page, { backend });
      const items = sectionOf(widget, "items");
      const tree = items.getByRole("tree", { name: "Item groups" });
      const button = items.getByRole("button", { name: /^Groups: / });

      await button.focus();
      await page.keyboard.press("Enter");
      await expect(button).toHaveAttribute("aria-expanded", "true");
      // Tab enters the tree on the selected group; arrows move, Enter chooses.
      await page.keyboard.press("Tab");
      await expect(tree.getByRole("treeitem", { name: "Swords" })).toBeFocused();
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("ArrowDown");
      await expect(tree.getByRole("treeitem", { name: "Blasters" })).toBeFocused();
      await page.keyboard.press("Enter");

      // Chosen: the tree folds and the button, now naming the group, has the focus back.
      await expect(tree).toBeHidden();
      await expect(button).toHaveAccessibleName("Groups: Blasters");
      await expect(button).toBeFocused();
      await expect(cardBySku(widget, "blaster-ion")).toBeVisible();

      // Space toggles it too, and it folds again without choosing.
      await page.keyboard.press(" ");
      await expect(tree).toBeVisible();
      await page.keyboard.press(" ");
      await expect(tree).toBeHidden();
      await expect(button).toHaveAccessibleName("Groups: Blasters");
    });
  });
}

test("merchant: the list layout puts prices under the text on a phone", async ({ page }) => {
  const widget = await openStore(page, { layout: "list" });
  for (const name of ["items", "packages", "plans"] as const) {
    const card = sectionOf(widget, name).locator("li.gs-card").first();
    const body = await box(card.locator(".gs-card-body"));
    const footer = await box(card.locator(".gs-card-footer"));
    expect(footer.y, `${name}: footer below the text`).toBeGreaterThanOrEqual(body.y + body.height);
    // The text keeps a readable width (12em at 15px) rather than a word a line.
    expect(body.width, `${name}: text width`).toBeGreaterThanOrEqual(180);
  }
  await expectNoAxeViolations(page, "phone, list layout");
});
