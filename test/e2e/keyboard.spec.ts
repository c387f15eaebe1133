/**
 * The group tree by keyboard alone, as the WAI-ARIA tree pattern describes: one tab stop,
 * arrows move focus without selecting, Enter and Space select, Left and Right close and open,
 * Home and End jump, a typed letter moves to the next group starting with it.
 */
import { BACKENDS, cardBySku, expect, openStore, test } from "./fixtures";

for (const backend of BACKENDS) {
  test(`${backend}: the group tree works by keyboard`, async ({ page }) => {
    const widget = await openStore(page, { backend });
    const tree = widget.getByRole("tree", { name: "Item groups" });
    const item = (name: string) => tree.getByRole("treeitem", { name, exact: true });
    const focusedTreeItems = tree.locator('[role="treeitem"]:focus');

    await test.step("Tab enters the tree once, on the selected group", async () => {
      // Start the sequential focus navigation just above the widget, as a player reading the page.
      await page.locator(".store-note").click();
      // The signed-in player's Account entry, in the store's header, comes first.
      await page.keyboard.press("Tab");
      await expect(widget.getByRole("button", { name: "Account", exact: true })).toBeFocused();
      await page.keyboard.press("Tab");
      await expect(item("Swords")).toBeFocused();
      await expect(tree.locator('[role="treeitem"][tabindex="0"]')).toHaveCount(1);
      await page.keyboard.press("Tab");
      await expect(focusedTreeItems).toHaveCount(0);
      await page.keyboard.press("Shift+Tab");
      await expect(item("Swords")).toBeFocused();
    });

    await test.step("arrows move focus without selecting; Enter selects", async () => {
      await page.keyboard.press("ArrowDown");
      await expect(item("Bows")).toBeFocused();
      await page.keyboard.press("ArrowDown");
      await expect(item("Blasters")).toBeFocused();
      await page.keyboard.press("ArrowUp");
      await expect(item("Bows")).toBeFocused();
      await page.keyboard.press("ArrowDown");
      await expect(item("Blasters")).toBeFocused();
      await expect(item("Swords")).toHaveAttribute("aria-selected", "true");
      await expect(cardBySku(widget, "sword-ember")).toBeVisible();

      await page.keyboard.press("Enter");
      await expect(item("Blasters")).toHaveAttribute("aria-selected", "true");
      await expect(item("Swords")).toHaveAttribute("aria-selected", "false");
      await expect(cardBySku(widget, "blaster-ion")).toBeVisible();
      await expect(cardBySku(widget, "sword-ember")).toHaveCount(0);
      await expect(item("Blasters")).toBeFocused();
      await expect(tree.locator('[role="treeitem"][tabindex="0"]')).toHaveCount(1);
    });

    await test.step("Left and Right close, open and step in and out of a branch", async () => {
      await page.keyboard.press("ArrowLeft");
      await expect(item("Weapons")).toBeFocused();
      await page.keyboard.press("ArrowLeft");
      await expect(item("Weapons")).toHaveAttribute("aria-expanded", "false");
      await expect(item("Swords")).toHaveCount(0);
      await page.keyboard.press("ArrowRight");
      await expect(item("Weapons")).toHaveAttribute("aria-expanded", "true");
      await expect(item("Swords")).toBeVisible();
      await expect(item("Weapons")).toBeFocused();
      await page.keyboard.press("ArrowRight");
      await expect(item("Swords")).toBeFocused();
    });

    await test.step("Home and End", async () => {
      await page.keyboard.press("End");
      await expect(item("Free Rewards")).toBeFocused();
      await page.keyboard.press("Home");
      await expect(item("Weapons")).toBeFocused();
      await page.keyboard.press("End");
      await expect(item("Free Rewards")).toBeFocused();
    });

    await test.step("Space selects too", async () => {
      await page.keyboard.press(" ");
      await expect(item("Free Rewards")).toHaveAttribute("aria-selected", "true");
      await expect(cardBySku(widget, "reward-welcome-chest")).toBeVisible();
      await expect(item("Free Rewards")).toBeFocused();
    });
  });
}

for (const backend of BACKENDS) {
  test(`${backend}: typing a letter moves to the next group starting with it`, async ({ page }) => {
    const widget = await openStore(page, { backend });
    const tree = widget.getByRole("tree", { name: "Item groups" });
    const item = (name: string) => tree.getByRole("treeitem", { name, exact: true });
    // Focus moves in the key's own handler, so a short wait is plenty.
    const focused = (name: string) => expect(item(name)).toBeFocused({ timeout: 1000 });
    await item("Swords").focus();
    await focused("Swords");
    await page.keyboard.press("c");
    await focused("Consumables");
    await page.keyboard.press("c");
    await focused("Cosmetics");
    // Wraps around, ignores case, and skips groups inside closed branches (Armor's children).
    await page.keyboard.press("S");
    await focused("Swords");
    await page.keyboard.press("f");
    await focused("Free Rewards");
    // Moving focus never selects.
    await expect(item("Swords")).toHaveAttribute("aria-selected", "true");
  });
}
