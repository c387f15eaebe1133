/**
 * Several widgets on one page share nothing but code: each has its own currency, language and
 * state; destroying one removes everything it had (nodes, styles, pending requests) and leaves
 * the other working. Hosts added to the page later mount themselves; removed ones are destroyed.
 */

import type { Page } from "@playwright/test";
import {
  BACKENDS,
  cardBySku,
  countOf,
  eventLog,
  expect,
  openStore,
  recordApiCalls,
  sectionOf,
  storeUrl,
  test,
  widgetOf,
} from "./fixtures";
import { openAsFreshPlayer } from "./purchase-helpers";

/** What is left of a widget's shadow root. */
function shadowLeft(page: Page, hostSelector: string) {
  return page.evaluate((selector) => {
    const root = document.querySelector(selector)?.shadowRoot;
    return {
      childNodes: root?.childNodes.length ?? -1,
      adoptedStyleSheets: root?.adoptedStyleSheets.length ?? -1,
    };
  }, hostSelector);
}

for (const backend of BACKENDS) {
  test(`${backend}: two widgets each keep their own currency and language; one can go`, async ({
    page,
  }) => {
    await openStore(page, { backend, instances: 2 });
    const first = widgetOf(page, 1);
    const second = widgetOf(page, 2);

    await test.step("both render, in their own currency and language", async () => {
      await expect(first.getByRole("heading", { level: 2, name: "Items" })).toBeVisible();
      await expect(cardBySku(first, "sword-ember").locator(".gs-price").first()).toHaveText(
        "$4.99",
      );
      await expect(second.getByRole("heading", { level: 2, name: "アイテム" })).toBeVisible();
      await expect(cardBySku(second, "sword-ember").locator(".gs-price").first()).toContainText(
        "€",
      );
      await expect(second.locator(".gs-root")).toHaveAttribute("lang", "ja");
      await expect(sectionOf(second, "packages").locator("li.gs-card")).toHaveCount(4);
    });

    await test.step("selecting a group in one leaves the other alone", async () => {
      await first.getByRole("treeitem", { name: "Bows" }).click();
      await expect(cardBySku(first, "bow-hunter")).toBeVisible();
      await expect(cardBySku(second, "sword-ember")).toBeVisible();
      await expect(second.getByRole("treeitem", { name: "剣" })).toHaveAttribute(
        "aria-selected",
        "true",
      );
    });

    await test.step("destroying the first empties its shadow root", async () => {
      await page.evaluate(() => {
        const host = document.getElementById("storefront-1");
        if (!host) throw new Error("no #storefront-1");
        window.GameStorefront?.get(host)?.destroy();
      });
      expect(await shadowLeft(page, "#storefront-1")).toEqual({
        childNodes: 0,
        adoptedStyleSheets: 0,
      });
      expect(
        await page.evaluate(() => {
          const host = document.getElementById("storefront-1");
          return host ? window.GameStorefront?.get(host) === undefined : false;
        }),
      ).toBe(true);
    });

    await test.step("the second keeps working", async () => {
      await expect(second.locator(".gs-root")).toHaveCSS("font-size", "15px");
      await second.getByRole("treeitem", { name: "弓" }).click();
      await expect(second.getByRole("treeitem", { name: "弓" })).toHaveAttribute(
        "aria-selected",
        "true",
      );
      await expect(cardBySku(second, "bow-hunter")).toBeVisible();
      await expect(cardBySku(second, "bow-hunter").getByRole("heading")).toHaveText(
        "ハンターのロングボウ",
      );
    });
  });
}

test("destroyed while loading: no DOM comes back and nothing more is asked", async ({ page }) => {
  const calls = recordApiCalls(page);
  await page.goto(storeUrl({ faults: "all=slow" }), { waitUntil: "domcontentloaded" });
  const widget = widgetOf(page);
  await expect(widget.locator(".gs-skeleton").first()).toBeVisible();
  await expect.poll(() => countOf(calls, "groups")).toBe(1);
  const before = calls.length;

  await page.evaluate(() => {
    const host = document.getElementById("storefront-1");
    if (host) window.GameStorefront?.get(host)?.destroy();
  });
  expect(await shadowLeft(page, "#storefront-1")).toEqual({ childNodes: 0, adoptedStyleSheets: 0 });

  // Every read that was on its way is cancelled (or lands) without the widget coming back.
  await expect.poll(() => calls.every((call) => call.outcome !== "pending")).toBe(true);
  expect(calls.filter((call) => call.outcome === "failed").length).toBeGreaterThan(0);
  // Two frames, so that anything the answers scheduled would have rendered.
  await page.evaluate(
    () =>
      new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(null)))),
  );
  expect(await shadowLeft(page, "#storefront-1")).toEqual({ childNodes: 0, adoptedStyleSheets: 0 });
  expect(calls).toHaveLength(before);
  const events = await eventLog(page);
  expect(events.map((event) => event.type)).toEqual(["game-storefront:init"]);
});

test("a removed host is destroyed; a host added later mounts itself", async ({ page }) => {
  await openStore(page, { instances: 2 });

  await page.evaluate(() => {
    const host = document.getElementById("storefront-2");
    if (!host) throw new Error("no #storefront-2");
    (window as unknown as { removedHost: Element }).removedHost = host;
    host.remove();
  });
  await expect
    .poll(() =>
      page.evaluate(() => {
        const host = (window as unknown as { removedHost: Element }).removedHost;
        return {
          handle: window.GameStorefront?.get(host) !== undefined,
          childNodes: host.shadowRoot?.childNodes.length,
          adoptedStyleSheets: host.shadowRoot?.adoptedStyleSheets.length,
        };
      }),
    )
    .toEqual({ handle: false, childNodes: 0, adoptedStyleSheets: 0 });

  await page.evaluate(() => {
    const host = document.createElement("div");
    host.id = "storefront-3";
    host.setAttribute("data-game-storefront", "");
    Object.assign(host.dataset, {
      backend: "merchant",
      apiBase: "/game",
      projectId: "44056",
      userId: "demo-player-1",
      currency: "GBP",
      locale: "en",
      layout: "list",
    });
    document.getElementById("storefronts")?.append(host);
  });
  const added = widgetOf(page, 3);
  await expect(cardBySku(added, "sword-ember").locator(".gs-price").first()).toContainText("£");
  await expect(added.locator(".gs-products").first()).toHaveAttribute("data-layout", "list");
  await expect(page.locator("#event-log li", { hasText: "catalog-load" })).toHaveCount(3);
  // The first widget was not disturbed.
  await expect(cardBySku(widgetOf(page, 1), "sword-ember")).toBeVisible();
});

test("each widget buys on its own; destroying one while it sells closes its Pay Station only", async ({
  page,
}) => {
  const { widget: first } = await openAsFreshPlayer(page, "merchant", { instances: 2 });
  const second = widgetOf(page, 2);
  await first.getByRole("button", { name: "Buy 500 Gold" }).click();
  const lightbox = page.locator("[data-xpaystation-widget-lightbox]");
  await expect(lightbox.getByRole("dialog", { name: "Pay for 500 Gold" })).toBeVisible();
  // The other widget is not busy: only the one that is selling waits.
  await expect(
    second.getByRole("button", { name: "500 ゴールドを購入", exact: true }),
  ).not.toHaveAttribute("aria-disabled", "true");

  await page.evaluate(() => {
    const host = document.getElementById("storefront-1");
    if (host) window.GameStorefront?.get(host)?.destroy();
  });
  await expect(lightbox).toHaveCount(0);
  expect(await shadowLeft(page, "#storefront-1")).toEqual({ childNodes: 0, adoptedStyleSheets: 0 });

  // The second widget, in Japanese and euros, sells through its own launcher.
  await second.getByRole("button", { name: "500 ゴールドを購入", exact: true }).click();
  const dialog = lightbox.getByRole("dialog", { name: "500 ゴールドの支払い" });
  await expect(dialog).toBeVisible();
  await expect(
    page
      .frameLocator("[data-xpaystation-widget-lightbox] iframe")
      .getByText("€", { exact: false })
      .first(),
  ).toBeVisible();
});
