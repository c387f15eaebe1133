/**
 * axe finds nothing on the demo page with the widget in each state a player meets: first view
 * for both backends, light and dark themes, Chinese, the list layout, a failed section, signed
 * out, after choosing another group and with branches of the group tree opened.
 */
import { expectNoAxeViolations } from "./axe";
import { BACKENDS, cardBySku, expect, openStore, sectionOf, test } from "./fixtures";

for (const backend of BACKENDS) {
  test.describe(`${backend} backend`, () => {
    test("axe: first view, then after selecting another group", async ({ page }) => {
      const widget = await openStore(page, { backend });
      await expectNoAxeViolations(page, "first view");
      await widget.getByRole("treeitem", { name: "Free Rewards" }).click();
      await expect(cardBySku(widget, "reward-welcome-chest")).toBeVisible();
      await expectNoAxeViolations(page, "Free Rewards selected");
    });

    test("axe: opened branches of the group tree", async ({ page }) => {
      const widget = await openStore(page, { backend });
      const tree = widget.getByRole("tree", { name: "Item groups" });
      const item = (name: string) => tree.getByRole("treeitem", { name, exact: true });
      // Weapons is open at first (its Swords are selected); Armor opens by click, Cosmetics
      // by keyboard. Each branch's name stays its own label, without its child groups.
      await item("Armor").click();
      await expect(item("Helmets")).toBeVisible();
      await expect(item("Armor")).toBeFocused();
      await page.keyboard.press("c");
      await page.keyboard.press("c");
      await expect(item("Cosmetics")).toBeFocused();
      await page.keyboard.press("ArrowRight");
      await expect(item("Cosmetics")).toHaveAttribute("aria-expanded", "true");
      for (const name of ["Weapons", "Armor", "Cosmetics"]) {
        await expect(item(name)).toHaveAccessibleName(name);
      }
      await expectNoAxeViolations(page, "branches opened");
      await expectNoAxeViolations(page, "branches opened", {
        rules: ["label-content-name-mismatch"],
      });
    });

    test("axe: a section that failed to load, and signed out", async ({ page, problems }) => {
      problems.allowConsole(/\/faults\//);
      const widget = await openStore(page, { backend, faults: "plans=500" });
      await expect(sectionOf(widget, "plans").getByRole("alert")).toBeVisible();
      await expectNoAxeViolations(page, "plans failed");
      await openStore(page, { backend, user: "" });
      await expectNoAxeViolations(page, "signed out");
    });
  });
}

// Themes, languages and layouts are styling: the merchant store shows every kind of element
// (labels, the active plan), so it stands for both backends here.
test.describe("merchant backend, styles", () => {
  test("axe: light and dark themes", async ({ page }) => {
    for (const theme of ["light", "dark"]) {
      const widget = await openStore(page, { theme });
      await expect(widget.locator(".gs-root")).toHaveAttribute("data-theme", theme);
      await expectNoAxeViolations(page, `${theme} theme`);
    }
  });

  test("axe: Chinese", async ({ page }) => {
    await openStore(page, { locale: "zh" });
    await expectNoAxeViolations(page, "zh");
  });

  test("axe: list layout", async ({ page }) => {
    await openStore(page, { layout: "list" });
    await expectNoAxeViolations(page, "list layout");
  });
});
