/**
 * The cached catalog (issue 12): a return visit draws the last good catalog at once, with
 * buying held until the fresh answers replace it; offline, the cached catalog with a note and
 * no buying, or without a cache a note and a reload by itself once the browser is back online;
 * `cache: false` keeps nothing; another locale or player never reads a store's cache.
 */
import type { BrowserContext, Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import {
  type ApiSection,
  apiSectionOf,
  BACKENDS,
  cardBySku,
  expect,
  openStore,
  sectionOf,
  storeUrl,
  test,
  widgetOf,
} from "./fixtures";

const CATALOG: readonly (ApiSection | null)[] = [
  "groups",
  "items",
  "packages",
  "plans",
  "promotion",
];

/** The store's message bar's status region, where the offline notes are said. */
const noteOf = (widget: ReturnType<typeof widgetOf>) =>
  widget.locator('.gs-notice [role="status"]');

/** The storage keys of cached catalogs on the page's origin. */
const cacheKeys = (page: Page) =>
  page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith("gs-cache:")));

/** A first visit: the store loaded and its catalog saved for the next. */
async function firstVisit(page: Page, params: Parameters<typeof openStore>[1]) {
  const widget = await openStore(page, params);
  await expect(cardBySku(widget, "sword-ember")).toBeVisible();
  await expect.poll(() => cacheKeys(page)).toHaveLength(1);
  return widget;
}

/** Holds every catalog read until `release()` is called. */
async function holdCatalog(page: Page) {
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(
    (url) => CATALOG.includes(apiSectionOf(url.href)),
    async (route) => {
      await held;
      await route.continue().catch(() => {});
    },
  );
  return release;
}

/**
 * Mounts the demo store again with the same options, as a return visit would: offline, a page
 * cannot be navigated to, so the visit is the store's mount on the page already there.
 */
async function mountAgain(page: Page) {
  await page.evaluate(() => {
    const element = document.getElementById("storefront-1") as HTMLElement;
    const d = element.dataset;
    const { GameStorefront } = window as unknown as {
      GameStorefront: { mount(element: Element, options: Record<string, unknown>): unknown };
    };
    GameStorefront.mount(element, {
      backend: d.backend,
      apiBase: d.apiBase,
      subscriptionsApiBase: d.subscriptionsApiBase,
      projectId: d.projectId,
      userId: d.userId,
      userToken: d.userToken,
      currency: d.currency,
      locale: d.locale,
      country: d.country,
      tokenUrl: d.tokenUrl,
      sandbox: true,
    });
  });
}

async function goOffline(context: BrowserContext, page: Page) {
  await context.setOffline(true);
  await expect.poll(() => page.evaluate(() => navigator.onLine)).toBe(false);
}

for (const backend of BACKENDS) {
  test(`${backend}: a return visit draws the cached catalog at once; buying waits for the fresh one`, async ({
    page,
  }) => {
    await firstVisit(page, { backend });
    const release = await holdCatalog(page);
    await page.goto(storeUrl({ backend }), { waitUntil: "domcontentloaded" });
    const widget = widgetOf(page);
    const buy = widget.getByRole("button", { name: "Buy Emberfang Sword", exact: true });
    // Drawn while every catalog read is still held: the products come from the cache.
    await expect(cardBySku(widget, "sword-ember")).toBeVisible();
    await expect(sectionOf(widget, "packages").locator("li.gs-card")).toHaveCount(4);
    await expect(buy).toHaveAttribute("aria-disabled", "true");
    await expectNoAxeViolations(page, "the cached catalog, before the fresh one");
    await buy.click({ force: true });
    // An inactive button starts nothing: the message bar stays empty.
    await expect(noteOf(widget)).toHaveText("");

    release();
    await expect(
      page.locator("#event-log li", { hasText: "game-storefront:catalog-load" }),
    ).toHaveCount(1);
    await expect(buy).not.toHaveAttribute("aria-disabled");
    await expect(widget.locator(".gs-skeleton")).toHaveCount(0);
  });
}

test("offline with a cache: the cached catalog, a note that the player is offline, no buying", async ({
  page,
  context,
  problems,
}) => {
  problems.allowConsole(/ERR_INTERNET_DISCONNECTED/);
  await firstVisit(page, { backend: "merchant" });
  await goOffline(context, page);
  await mountAgain(page);
  const widget = widgetOf(page);
  await expect(cardBySku(widget, "sword-ember")).toBeVisible();
  await expect(noteOf(widget)).toHaveText(
    "You are offline. Prices are from your last visit; buying returns when you are back online.",
  );
  await expect(
    widget.getByRole("button", { name: "Buy Emberfang Sword", exact: true }),
  ).toHaveAttribute("aria-disabled", "true");
  await expect(widget.getByRole("button", { name: "Buy 500 Gold" })).toHaveAttribute(
    "aria-disabled",
    "true",
  );
  await expectNoAxeViolations(page, "offline with the cached catalog");

  // Back online, the store reads its catalog again by itself, and buying returns.
  await context.setOffline(false);
  await expect(
    widget.getByRole("button", { name: "Buy Emberfang Sword", exact: true }),
  ).not.toHaveAttribute("aria-disabled");
  await expect(noteOf(widget)).toHaveText("");
});

test("offline without a cache: a clear message, and the store loads once the browser is online", async ({
  page,
  context,
  problems,
}) => {
  problems.allowConsole(/ERR_INTERNET_DISCONNECTED/);
  await firstVisit(page, { backend: "merchant" });
  await page.evaluate(() => localStorage.clear());
  await goOffline(context, page);
  await mountAgain(page);
  const widget = widgetOf(page);
  await expect(noteOf(widget)).toHaveText(
    "You are offline. The store will load when you are back online.",
  );
  await expect(cardBySku(widget, "sword-ember")).toHaveCount(0);
  await expectNoAxeViolations(page, "offline without a cache");

  await context.setOffline(false);
  await expect(cardBySku(widget, "sword-ember")).toBeVisible();
  await expect(widget.getByRole("alert")).toHaveCount(0);
  await expect(noteOf(widget)).toHaveText("");
});

test('data-cache="false" keeps nothing in the browser\'s storage', async ({ page }) => {
  await firstVisit(page, { backend: "merchant" });
  await page.evaluate(() => localStorage.clear());
  await page.evaluate(() => {
    const element = document.createElement("div");
    element.id = "uncached";
    Object.assign(element.dataset, {
      gameStorefront: "",
      backend: "merchant",
      apiBase: "/game",
      projectId: "44056",
      userId: "demo-player-1",
      currency: "EUR",
      cache: "false",
    });
    document.body.append(element);
  });
  const uncached = page.locator("#uncached");
  await expect(cardBySku(uncached, "sword-ember")).toBeVisible();
  await expect(
    uncached.getByRole("button", { name: "Buy Emberfang Sword", exact: true }),
  ).not.toHaveAttribute("aria-disabled");
  // Long enough for a save, which follows the first view's answers.
  await page.waitForTimeout(1000);
  expect(await cacheKeys(page)).toEqual([]);
});

for (const other of [
  { name: "another locale", params: { locale: "ja" } },
  { name: "another player", params: { user: "demo-player-2" } },
]) {
  test(`${other.name} does not read a store's cached catalog`, async ({ page }) => {
    await firstVisit(page, { backend: "merchant", user: "demo-player-1" });
    const release = await holdCatalog(page);
    await page.goto(storeUrl({ backend: "merchant", user: "demo-player-1", ...other.params }), {
      waitUntil: "domcontentloaded",
    });
    const widget = widgetOf(page);
    // Nothing is drawn while the reads are held: the skeletons show, no product.
    await expect(widget.locator(".gs-skeleton").first()).toBeVisible();
    await page.waitForTimeout(500);
    await expect(widget.locator("li.gs-card")).toHaveCount(0);
    release();
    await expect(cardBySku(widget, "sword-ember")).toBeVisible();
    await expect.poll(() => cacheKeys(page)).toHaveLength(2);
  });
}
