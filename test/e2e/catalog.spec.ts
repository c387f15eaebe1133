/**
 * What a player sees in the demo store, for both backends: the promotion banner with its
 * countdown, the group tree, item cards with every kind of price, packages and plans; and the
 * same store in other languages, layouts and at 5,000 items.
 */
import {
  BACKENDS,
  cardByName,
  cardBySku,
  eventLog,
  expect,
  openStore,
  sectionOf,
  shadowStyles,
  test,
} from "./fixtures";

for (const backend of BACKENDS) {
  test.describe(`${backend} backend`, () => {
    test("renders every section of the store", async ({ page }) => {
      const widget = await openStore(page, { backend });

      const timer = sectionOf(widget, "promotion").getByRole("timer");
      const countdownAtStart = await test.step("promotion banner with a countdown", async () => {
        const promotion = sectionOf(widget, "promotion");
        await expect(promotion.getByRole("heading", { name: "Starfall Festival" })).toBeVisible();
        await expect(timer).toHaveText(/^Ends in \d+d \d\d:\d\d:\d\d$/);
        return { text: (await timer.textContent()) ?? "", at: Date.now() };
      });

      await test.step("group tree with the first leaf selected", async () => {
        const tree = widget.getByRole("tree", { name: "Item groups" });
        await expect(tree).toBeVisible();
        for (const name of ["Weapons", "Armor", "Consumables", "Cosmetics", "Free Rewards"]) {
          await expect(tree.getByRole("treeitem", { name, exact: true })).toBeVisible();
        }
        await expect(tree.getByRole("treeitem", { name: "Weapons" })).toHaveAttribute(
          "aria-expanded",
          "true",
        );
        await expect(tree.getByRole("treeitem", { name: "Swords" })).toHaveAttribute(
          "aria-selected",
          "true",
        );
        await expect(widget.getByRole("heading", { level: 2, name: "Items" })).toBeVisible();
        await expect(sectionOf(widget, "items").locator("li.gs-card")).toHaveCount(4);
      });

      await test.step("item cards: money, struck, VC and free prices, bonuses, labels", async () => {
        const ember = cardBySku(widget, "sword-ember");
        await expect(ember.getByRole("heading", { level: 3 })).toHaveText("Emberfang Sword");
        const emberPrices = ember.locator(".gs-price");
        await expect(emberPrices).toHaveCount(2);
        await expect(emberPrices.nth(0)).toHaveText("$4.99");
        // The virtual-currency price: the Store API names the currency, the Merchant API not.
        await expect(emberPrices.nth(1)).toHaveText(/^450 \S+/);
        await expect(ember.locator("s")).toHaveCount(0);

        // A discount shows the price before it struck through, then the current one.
        const frost = cardBySku(widget, "sword-frost");
        await expect(frost.locator("s.gs-price-before")).toContainText("$9.99");
        await expect(frost.locator(".gs-price[data-discounted]")).toContainText("$7.99");
        await expect(frost.locator(".gs-price").nth(1)).toHaveText(/^700 \S+/);

        const free = cardBySku(widget, "sword-training");
        await expect(free.locator(".gs-price")).toHaveText("Free");
        await expect(free.getByText("$")).toHaveCount(0);

        const voidreaver = cardBySku(widget, "sword-voidreaver");
        await expect(voidreaver.getByText("+200 bonus")).toBeVisible();
        await expect(voidreaver.getByText("Bonus: Void Shard ×3")).toBeVisible();
        await expect(voidreaver.locator(".gs-price")).toHaveText("$19.99");

        if (backend === "merchant") {
          // Only the Merchant API has advertisement and offer labels (CONTRACTS.md 1 and 3).
          await expect(ember.locator(".gs-label")).toHaveText("Recommended");
          await expect(frost.locator(".gs-label")).toHaveText("-20%");
          await expect(voidreaver.locator(".gs-label")).toHaveText("Special Offer");
        }
      });

      await test.step("virtual currency packages with bonuses", async () => {
        const packages = sectionOf(widget, "packages");
        await expect(packages.getByRole("heading", { level: 2 })).toHaveText("Virtual currency");
        await expect(packages.locator("li.gs-card")).toHaveCount(4);
        const pouch = cardByName(packages, "500 Gold");
        await expect(pouch.locator(".gs-price")).toHaveText("$4.99");
        await expect(pouch.getByText("+50 bonus")).toBeVisible();
        await expect(pouch.getByText("Bonus: Starling Pet ×1")).toBeVisible();
        const chest = cardByName(packages, "1,200 Gold");
        await expect(chest.locator("s.gs-price-before")).toContainText("$12.99");
        await expect(chest.locator(".gs-price[data-discounted]")).toContainText("$9.99");
        await expect(chest.getByText("+150 bonus")).toBeVisible();
        if (backend === "merchant") {
          await expect(pouch.locator(".gs-label")).toHaveText("Most Popular");
          await expect(cardByName(packages, "6,500 Gold").locator(".gs-label")).toHaveText(
            "Best Deal",
          );
        }
      });

      await test.step("subscription plans with price per period and trial", async () => {
        const plans = sectionOf(widget, "plans");
        await expect(plans.getByRole("heading", { level: 2 })).toHaveText("Subscriptions");
        await expect(plans.locator("li[data-plan-id]")).toHaveCount(3);
        const voyager = cardByName(plans, "Voyager Pass");
        await expect(voyager.locator(".gs-price")).toHaveText("$4.99 / month");
        await expect(voyager.getByText("7-day free trial")).toBeVisible();
        const admiral = cardByName(plans, "Admiral Pass (yearly)");
        await expect(admiral.locator(".gs-price")).toContainText("$79.99 / 12 months");
        await expect(admiral.locator("s.gs-price-before")).toContainText("$119.88 / 12 months");
        const commander = cardByName(plans, "Commander Pass");
        await expect(commander.locator(".gs-price")).toHaveText("$9.99 / month");
        // The Merchant API tells which plan the player has and when it charges next; on xsolla
        // the player's own subscriptions, read beside the plans, tell the same.
        await expect(commander.getByText("Your plan")).toBeVisible();
        await expect(commander.getByText(/^Next charge on \w+ \d{1,2}, \d{4}$/)).toBeVisible();
        await expect(
          commander.getByRole("button", { name: "Subscribed to Commander Pass" }),
        ).toBeDisabled();
        await expect(plans.getByText("Your plan")).toHaveCount(1);
        if (backend === "merchant") await expect(commander.getByText("+500 bonus")).toBeVisible();
      });

      await test.step("event log: init, then catalog-load with the counts", async () => {
        const events = await eventLog(page);
        expect(events.map((event) => event.type)).toEqual([
          "game-storefront:init",
          "game-storefront:catalog-load",
        ]);
        expect(events[0]?.detail).toEqual({
          backend,
          projectId: "44056",
          locale: "en",
          view: "store",
        });
        expect(events[1]?.detail).toEqual({ groups: 13, items: 4, packages: 4, plans: 3 });
      });

      await test.step("the countdown ticks", async () => {
        // The suite's one fixed wait: a countdown that ticks once a second must have moved.
        const waited = Date.now() - countdownAtStart.at;
        if (waited < 1100) await page.waitForTimeout(1100 - waited);
        await expect(timer).not.toHaveText(countdownAtStart.text);
        await expect(timer).toHaveText(/^Ends in \d+d \d\d:\d\d:\d\d$/);
      });
    });

    test("shows other groups, with placeholders for missing pictures", async ({ page }) => {
      const widget = await openStore(page, { backend });

      // A VC-only item has one price and it is not money.
      await widget.getByRole("treeitem", { name: "Bows" }).click();
      await expect(cardBySku(widget, "bow-hunter").locator(".gs-price")).toHaveText(/^250 \S+$/);
      await expect(cardBySku(widget, "bow-starpiercer").locator("s.gs-price-before")).toContainText(
        "1,200",
      );

      await widget.getByRole("treeitem", { name: "Blasters" }).click();
      const pistol = cardBySku(widget, "blaster-plasma");
      // Pictures load lazily: bring the card into view so that its (404) picture is asked for.
      await pistol.scrollIntoViewIfNeeded();
      await expect(pistol.locator("[data-placeholder]")).toBeVisible();
      await expect(pistol.locator("img")).toHaveCount(0);
      const rifle = cardBySku(widget, "blaster-ion");
      await expect(rifle.locator("img")).toBeVisible();
      await expect(rifle.locator("[data-placeholder]")).toHaveCount(0);

      // An item with no picture URL at all.
      await widget.getByRole("treeitem", { name: "Armor" }).click();
      await widget.getByRole("treeitem", { name: "Suits" }).click();
      await expect(cardBySku(widget, "suit-shadow").locator("[data-placeholder]")).toBeVisible();
    });

    test("a signed-out player still sees the store", async ({ page }) => {
      const widget = await openStore(page, { backend, user: "" });
      await expect(sectionOf(widget, "items").locator("li.gs-card")).toHaveCount(4);
      await expect(sectionOf(widget, "packages").locator("li.gs-card")).toHaveCount(4);
      await expect(sectionOf(widget, "plans").locator("li[data-plan-id]")).toHaveCount(3);
      await expect(widget.getByRole("alert")).toHaveCount(0);
      await expect(widget.getByText("Your plan")).toHaveCount(0);
    });

    test("speaks Chinese with US$ prices", async ({ page }) => {
      const widget = await openStore(page, { backend, locale: "zh" });
      for (const heading of ["道具", "虚拟货币", "订阅"]) {
        await expect(widget.getByRole("heading", { level: 2, name: heading })).toBeVisible();
      }
      await expect(widget.getByRole("treeitem", { name: "武器" })).toBeVisible();
      await expect(cardBySku(widget, "sword-ember").getByRole("heading")).toHaveText("余烬之牙剑");
      await expect(cardBySku(widget, "sword-ember").locator(".gs-price").first()).toHaveText(
        "US$4.99",
      );
      await expect(cardBySku(widget, "sword-training").locator(".gs-price")).toHaveText("免费");
      await expect(sectionOf(widget, "promotion").getByRole("timer")).toHaveText(/^剩余 /);
    });

    test("speaks Japanese and Korean", async ({ page }) => {
      for (const [locale, headings, group] of [
        ["ja", ["アイテム", "仮想通貨", "サブスクリプション"], "武器"],
        ["ko", ["아이템", "가상 화폐", "구독"], "무기"],
      ] as const) {
        const widget = await openStore(page, { backend, locale });
        for (const heading of headings) {
          await expect(widget.getByRole("heading", { level: 2, name: heading })).toBeVisible();
        }
        await expect(widget.getByRole("treeitem", { name: group })).toBeVisible();
        await expect(widget.locator(".gs-root")).toHaveAttribute("lang", locale);
      }
    });

    test("lays products out as a list or a grid", async ({ page }) => {
      const columns = async (layout: "list" | "grid") => {
        await openStore(page, { backend, layout });
        const products = sectionOf(page.locator("#storefront-1"), "items").locator(".gs-products");
        await expect(products).toHaveAttribute("data-layout", layout);
        const style = await shadowStyles(
          page,
          "#storefront-1",
          'section[data-section="items"] .gs-products',
          ["grid-template-columns"],
        );
        return style["grid-template-columns"] ?? "";
      };
      const grid = await columns("grid");
      const list = await columns("list");
      expect(grid.trim().split(/\s+/).length, `grid columns: ${grid}`).toBeGreaterThan(1);
      expect(list).not.toEqual(grid);
    });

    test("pages a 5,000-item group 60 cards at a time", async ({ page }) => {
      const widget = await openStore(page, { backend, project: "5000" });
      const cards = sectionOf(widget, "items").locator("li.gs-card");
      await expect(cards).toHaveCount(60);
      await expect(cards.first().getByRole("heading")).toHaveText("Ancient Blade #00001");
      // The Gift buttons come with their chunk, after the first paint, and move what is below
      // the cards: wait for them, as a player sees the store settle.
      await expect(widget.getByRole("button", { name: "Gift Blazing Bow #00002" })).toBeVisible();
      // The first screen's twelve cards are laid out at once; the rest wait until scrolled near.
      await expect(cards.nth(11)).toHaveCSS("content-visibility", "visible");
      await expect(cards.nth(12)).toHaveCSS("content-visibility", "auto");
      const more = widget.getByRole("button", { name: "Show 60 more items" });
      await more.click();
      await expect(cards).toHaveCount(120);
      await expect(cards.nth(119).getByRole("heading")).toHaveText(/#00120$/);
      await expect(more).toBeVisible();
      const events = await eventLog(page);
      expect(events.at(-1)?.detail).toMatchObject({ groups: 1, items: 5000 });
    });
  });
}

test("merchant: a plan's offer label shows on its card", async ({ page }) => {
  const widget = await openStore(page, { backend: "merchant" });
  const admiral = cardByName(sectionOf(widget, "plans"), "Admiral Pass (yearly)");
  await expect(admiral.locator(".gs-label")).toHaveText("Save 33%", { timeout: 2000 });
});
