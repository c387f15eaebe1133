/**
 * The store in Arabic, laid out right to left, and in Russian, whose plurals have three forms
 * for whole numbers (1, 2-4, 5 and up). The sandbox's product names are English in both: only
 * the store's own texts are translated here.
 */
import type { Locator } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { cardBySku, expect, openStore, sectionOf, test } from "./fixtures";

/** Where an element is drawn, in the page's CSS pixels. */
const box = async (locator: Locator) => {
  const rect = await locator.boundingBox();
  expect(rect, "the element is drawn").not.toBeNull();
  return rect as NonNullable<typeof rect>;
};

/** The card of a plan by its (English, untranslated) name. */
const planCard = (widget: Locator, name: string) =>
  sectionOf(widget, "plans").locator("li.gs-card").filter({ hasText: name });

test("the store speaks Arabic, right to left, mirrored", async ({ page }) => {
  const widget = await openStore(page, { backend: "merchant", locale: "ar" });
  const root = widget.locator(".gs-root");
  await expect(root).toHaveAttribute("dir", "rtl");
  await expect(root).toHaveAttribute("lang", "ar");
  expect(await root.evaluate((element) => getComputedStyle(element).direction)).toBe("rtl");
  for (const heading of ["العناصر", "العملة الافتراضية", "الاشتراكات"]) {
    await expect(widget.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  }
  await expect(
    cardBySku(widget, "sword-ember").getByRole("button", {
      name: "شراء Emberfang Sword",
      exact: true,
    }),
  ).toBeVisible();

  // Cards run from right to left, and the group tree stands at the inline start: the right.
  const first = await box(cardBySku(widget, "sword-ember"));
  const second = await box(cardBySku(widget, "sword-frost"));
  expect(first.x).toBeGreaterThan(second.x);
  expect(Math.abs(first.y - second.y)).toBeLessThan(1);
  const tree = await box(widget.getByRole("tree"));
  expect(tree.x).toBeGreaterThanOrEqual(first.x + first.width);

  // A closed branch's chevron points left (the browser mirrors "›"), an open one down; the
  // arrow keys trade places: Left opens a branch, Right closes it.
  const armor = widget.getByRole("treeitem", { name: "Armor" });
  await expect(armor).toHaveAttribute("aria-expanded", "false");
  // Swords, Bows, Blasters, Armor: the visible groups in order, Weapons open above them.
  await widget.getByRole("treeitem", { name: "Swords" }).click();
  for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowDown");
  await expect(armor).toBeFocused();
  await page.keyboard.press("ArrowLeft");
  await expect(armor).toHaveAttribute("aria-expanded", "true");
  const toggle = armor.locator(":scope > .gs-treeitem-label > .gs-tree-toggle");
  // rotate(-90deg), allowing for rounding and the transition settling.
  await expect
    .poll(() => toggle.evaluate((element) => getComputedStyle(element).transform))
    .toMatch(/^matrix\((6\.\d+e-17|0), -1, 1, (6\.\d+e-17|0), 0, 0\)$/);
  await page.keyboard.press("ArrowRight");
  await expect(armor).toHaveAttribute("aria-expanded", "false");

  // Arabic plurals: a trial of 7 days (few), one month (one, without the number), 12 (many).
  await expect(planCard(widget, "Voyager Pass")).toContainText("تجربة مجانية لمدة 7 أيام");
  await expect(planCard(widget, "Voyager Pass")).toContainText("/ شهر");
  await expect(planCard(widget, "Admiral Pass")).toContainText("/ 12 شهرًا");

  await expectNoAxeViolations(page, "the store in Arabic");
});

test("the reward chain's progress fills from the right in Arabic", async ({ page }) => {
  await openStore(page, { backend: "merchant", locale: "ar", rewards: "on" });
  const panel = page.locator("#rewards-1");
  await expect(panel.locator(".gs-root")).toHaveAttribute("dir", "rtl");
  const track = panel.getByRole("progressbar").first();
  await expect(track).toBeVisible();
  const whole = await box(track);
  // The marks stand at each step's price: the cheapest nearest the start, on the right.
  const marks = track.locator(".gs-reward-mark");
  const cheapest = await box(marks.first());
  const dearest = await box(marks.last());
  expect(cheapest.x).toBeGreaterThan(dearest.x);
  expect(whole.x + whole.width - (cheapest.x + cheapest.width / 2)).toBeLessThan(whole.width / 2);
  const fill = await track.locator(".gs-reward-fill").evaluate((element) => {
    const { right, width } = element.getBoundingClientRect();
    return { right, width };
  });
  if (fill.width > 0) expect(Math.abs(fill.right - (whole.x + whole.width))).toBeLessThan(2);
  await expectNoAxeViolations(page, "the reward chains in Arabic");
});

test("the store speaks Russian, with the plural form each number needs", async ({ page }) => {
  const widget = await openStore(page, { backend: "merchant", locale: "ru" });
  const root = widget.locator(".gs-root");
  await expect(root).toHaveAttribute("dir", "ltr");
  await expect(root).toHaveAttribute("lang", "ru");
  for (const heading of ["Предметы", "Виртуальная валюта", "Подписки"]) {
    await expect(widget.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  }
  // One (1, 21...): the training sword may be claimed once.
  await expect(cardBySku(widget, "sword-training").locator(".gs-limit")).toHaveText(
    "Осталась 1 покупка",
  );
  // One again, and many (5-20): one month, a 7-day trial, 12 months.
  await expect(planCard(widget, "Voyager Pass")).toContainText("7 дней бесплатно");
  await expect(planCard(widget, "Voyager Pass")).toContainText("/ 1 месяц");
  await expect(planCard(widget, "Admiral Pass")).toContainText("/ 12 месяцев");
  // Few (2-4): the demo player has one of his three Phoenix Elixirs.
  await widget.getByRole("treeitem", { name: "Consumables" }).click();
  await expect(cardBySku(widget, "elixir-phoenix").locator(".gs-limit")).toHaveText(
    "Осталось 2 покупки",
  );
  await expectNoAxeViolations(page, "the store in Russian");
});

test("the demo page offers all ten languages, and Brazilian Portuguese loads", async ({ page }) => {
  await openStore(page, { backend: "merchant" });
  const picker = page.getByLabel("Language");
  expect(
    await picker
      .locator("option")
      .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value)),
  ).toEqual(["en", "zh", "ja", "ko", "de", "fr", "es", "pt-BR", "ru", "ar"]);
  // The page reloads in the chosen language, and the store fetches locales/pt-BR.json.
  const catalog = page.waitForResponse((response) =>
    response.url().endsWith("/locales/pt-BR.json"),
  );
  await picker.selectOption("pt-BR");
  expect((await catalog).ok()).toBe(true);
  await expect(page.locator("#storefront-1 .gs-root")).toHaveAttribute("lang", "pt-BR");
});

/** Buying 500 Gold in each language: the lightbox speaks it, and so does Pay Station's token. */
const PAY_IN = [
  { backend: "merchant", locale: "ru", buy: "Купить 500 Gold", dialog: "Оплата: 500 Gold" },
  { backend: "xsolla", locale: "ar", buy: "شراء 500 Gold", dialog: "الدفع مقابل 500 Gold" },
] as const;

for (const { backend, locale, buy, dialog } of PAY_IN) {
  test(`${backend}: Pay Station opens in the player's language (${locale})`, async ({ page }) => {
    const widget = await openStore(page, { backend, locale });
    // Pay Station's page asks what its token holds, the language among it.
    const token = page.waitForResponse((response) =>
      response.url().includes("/paystation/api/token"),
    );
    // Exactly: the demo player's saved Visa adds "Купить 500 Gold с Visa ••1111" beside it.
    await widget.getByRole("button", { name: buy, exact: true }).click();
    const lightbox = page.locator("[data-xpaystation-widget-lightbox]");
    await expect(lightbox.getByRole("dialog", { name: dialog })).toBeVisible();
    expect((await (await token).json()).language).toBe(locale);
    await page.keyboard.press("Escape");
    await expect(lightbox).toHaveCount(0);
  });
}
