/**
 * Features on demand: the store's first view is one script, and Pay Station's launcher, each
 * backend's wire format and its buying calls come as chunks from beside it. These tests hold
 * or break those chunks in the network, as a slow or flaky connection would.
 */
import type { Page, Route } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { expect, openStore, storeUrl, test, widgetOf } from "./fixtures";
import { mintToken } from "./paystation/helpers";
import { expectEvent, openAsFreshPlayer, payStationLightbox } from "./purchase-helpers";

const LAUNCHER = "**/dist/chunks/paystation-launcher-chunk-*.js";

/** Holds every request matching `pattern` until `release()`; counts them. */
async function hold(page: Page, pattern: string) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const seen: string[] = [];
  await page.route(pattern, async (route: Route) => {
    seen.push(route.request().url());
    await released;
    await route.continue();
  });
  return { release, seen };
}

test("the first view needs no launcher; it is fetched once the page is idle", async ({ page }) => {
  const launcher = await hold(page, LAUNCHER);
  const widget = await openStore(page, { backend: "xsolla" });
  // The catalog is all there while the launcher is still on its way.
  await expect(widget.getByRole("button", { name: "Buy 500 Gold" })).toBeVisible();
  await expect(widget.getByRole("treeitem").first()).toBeVisible();
  await expectEvent(page, "catalog-load");
  // Nobody clicked: the idle prefetch asked for it.
  await expect.poll(() => launcher.seen.length).toBe(1);
  launcher.release();
});

test("a launcher that fails to load says so, and the retry button buys", async ({
  page,
  problems,
}) => {
  problems.allowConsole(/paystation-launcher-chunk|ERR_FAILED|could not load/);
  let failing = true;
  await page.route(LAUNCHER, (route) => (failing ? route.abort() : route.continue()));
  const { widget } = await openAsFreshPlayer(page, "merchant", { paystation: "lightbox" });
  await widget.getByRole("button", { name: "Buy 500 Gold" }).click();
  await expect(widget.getByRole("alert")).toContainText(
    "Couldn't buy 500 Gold. The payment window could not be loaded. Check your connection and try again.",
  );
  const retry = widget.getByRole("button", { name: "Try buying 500 Gold again" });
  await expect(retry).toBeVisible();
  // The purchase buttons are free again: nothing is stuck.
  await expect(widget.getByRole("button", { name: "Buy 500 Gold" })).not.toHaveAttribute(
    "aria-disabled",
    "true",
  );
  await expectNoAxeViolations(page, "launcher failed to load");
  failing = false;
  await retry.click();
  await expect(payStationLightbox(page, "500 Gold").dialog).toBeVisible();
  await payStationLightbox(page, "500 Gold").closeButton.click();
});

test("the message about a launcher that failed to load is in the player's language", async ({
  page,
  problems,
}) => {
  problems.allowConsole(/paystation-launcher-chunk|ERR_FAILED|could not load/);
  await page.route(LAUNCHER, (route) => route.abort());
  const { widget } = await openAsFreshPlayer(page, "xsolla", { locale: "ja" });
  // The packages' names come translated from the sandbox too: take the first "Buy …" there.
  await widget.getByRole("region", { name: "仮想通貨" }).getByRole("button").first().click();
  await expect(widget.getByRole("alert")).toContainText("支払い画面を読み込めませんでした。");
  await expect(widget.getByRole("button", { name: /もう一度購入$/ })).toBeVisible();
});

test("a window Pay Station needs opens inside the click even before the launcher is there", async ({
  page,
}) => {
  const launcher = await hold(page, LAUNCHER);
  const { widget } = await openAsFreshPlayer(page, "merchant", { paystation: "window" });
  const popupOpened = page.waitForEvent("popup");
  await widget.getByRole("button", { name: "Buy 500 Gold" }).click();
  const popup = await popupOpened;
  expect(popup.url()).toBe("about:blank");
  launcher.release();
  await expect(popup.getByRole("heading", { name: "Checkout", level: 1 })).toBeVisible();
  await popup.close();
  await expectEvent(page, "close");
});

test("XPayStationWidget keeps the page's calls until its launcher arrives, and runs them in order", async ({
  page,
  request,
}) => {
  const launcher = await hold(page, LAUNCHER);
  await openStore(page, { backend: "merchant" });
  const { token, url } = await mintToken(request);
  const before = await page.evaluate(
    ({ token, url }) => {
      const widget = window.XPayStationWidget;
      if (!widget) throw new Error("no XPayStationWidget");
      const heard: string[] = [];
      (window as unknown as { heard: string[] }).heard = heard;
      const stop = widget.on("open", () => heard.push("removed handler"));
      widget.on("init open load", (event) => heard.push(event.type));
      stop();
      widget.init({ access_token: token, payment_url: url });
      widget.open();
      return { opened: widget.isOpened(), sent: widget.sendMessage("x") };
    },
    { token, url },
  );
  expect(before).toEqual({ opened: false, sent: false });
  await expect(page.locator("[data-xpaystation-widget-lightbox]")).toHaveCount(0);
  launcher.release();
  await expect(
    page.locator("[data-xpaystation-widget-lightbox]").getByRole("dialog", { name: "Payment" }),
  ).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { heard: string[] }).heard))
    .toEqual(["init", "open", "load"]);
  expect(await page.evaluate(() => window.XPayStationWidget?.isOpened())).toBe(true);
});

test("a backend's wire format that fails to load becomes a message with a retry in each part", async ({
  page,
  problems,
}) => {
  problems.allowConsole(/api-merchant-|ERR_FAILED|could not load/);
  let failing = true;
  await page.route("**/dist/chunks/api-merchant-*.js", (route) =>
    failing ? route.abort() : route.continue(),
  );
  const widget = await openStore(page, { backend: "merchant" });
  const packages = widget.getByRole("region", { name: "Virtual currency" });
  await expect(packages.getByRole("alert")).toContainText("Couldn't load Virtual currency.");
  await expectNoAxeViolations(page, "wire format failed to load");
  failing = false;
  await packages.getByRole("button", { name: "Reload Virtual currency" }).click();
  await expect(packages.getByRole("button", { name: "Buy 500 Gold", exact: true })).toBeVisible();
});

for (const backend of ["merchant", "xsolla"] as const) {
  test(`${backend}: the first group's items are asked for while the wire format is still on its way`, async ({
    page,
  }) => {
    const wire = await hold(page, `**/dist/chunks/api-${backend}-*.js`);
    const items: string[] = [];
    page.on("request", (request) => {
      if (/virtual_items\/(items\?|group\/)/.test(request.url())) items.push(request.url());
    });
    // Not openStore: the catalog cannot finish loading while the wire format is held.
    await page.goto(storeUrl({ backend }), { waitUntil: "domcontentloaded" });
    const widget = widgetOf(page);
    await expect.poll(() => items.length).toBe(1);
    // Nothing from the unchecked answers shows until the wire format has checked them.
    await expect(widget.getByRole("tree")).toHaveCount(0);
    await expect(widget.locator("li.gs-card")).toHaveCount(0);
    expect(wire.seen.length).toBeGreaterThan(0);
    wire.release();
    await expect(widget.getByRole("treeitem", { name: "Swords" })).toHaveAttribute(
      "aria-selected",
      "true",
    );
    await expect(widget.locator('[data-section="items"] li.gs-card')).toHaveCount(4);
    await expectNoAxeViolations(page, "items asked for early, shown once checked");
    expect(items).toHaveLength(1);
  });
}
