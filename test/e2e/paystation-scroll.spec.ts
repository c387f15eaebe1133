/**
 * With the Pay Station lightbox open, the page behind neither scrolls nor moves sideways when
 * its scrollbar goes, and the root element's inline style comes back exactly as it was.
 *
 * Headless Chromium hides scrollbars unless told otherwise; a real, space-taking scrollbar is
 * what makes the layout-shift check mean something, so this file launches its own browser.
 */
import type { Page } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "../../scripts/chromium.mjs";
import { expect, test } from "./fixtures";
import { buyButton, expectLightboxLoaded, lightbox, openLauncherDemo } from "./paystation/helpers";

test.use({
  launchOptions: {
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
    ignoreDefaultArgs: ["--hide-scrollbars"],
  },
  // Short enough that the demo page scrolls.
  viewport: { width: 1280, height: 480 },
});

interface Layout {
  scrollY: number;
  scrollbar: number;
  buyLeft: number;
  navRight: number;
  rootStyle: string | null;
  scrollEvents: number;
}

function layout(page: Page): Promise<Layout> {
  return page.evaluate(() => {
    const html = document.documentElement;
    const right = (selector: string) => document.querySelector(selector)?.getBoundingClientRect();
    return {
      scrollY,
      scrollbar: innerWidth - html.clientWidth,
      buyLeft: right(".launcher-buy")?.left ?? Number.NaN,
      // The header's links sit at its right edge, so they would move with the scrollbar.
      navRight: right(".site-nav a")?.right ?? Number.NaN,
      rootStyle: html.getAttribute("style"),
      scrollEvents: (window as unknown as { __scrolls?: number }).__scrolls ?? 0,
    };
  });
}

/** Waits a few rendering frames: long enough for a scroll that was going to start to start. */
function frames(page: Page, count = 5) {
  return page.evaluate(
    (count) =>
      new Promise<void>((resolve) => {
        const next = (left: number) =>
          left ? requestAnimationFrame(() => next(left - 1)) : resolve();
        next(count);
      }),
    count,
  );
}

/** What a player does to scroll: the wheel over the overlay and over the form, and keys. */
async function tryToScroll(page: Page) {
  await page.mouse.move(30, 240);
  await page.mouse.wheel(0, 400);
  await page.mouse.move(640, 240);
  await page.mouse.wheel(0, 400);
  for (const key of ["PageDown", "ArrowDown", "End"]) await page.keyboard.press(key);
  await frames(page);
}

test("the page behind the lightbox does not scroll or shift, and its root style comes back", async ({
  page,
}) => {
  await openLauncherDemo(page, { mode: "lightbox" });
  await page.evaluate(() => {
    // A page's own inline style on the root, which the lock must keep and give back.
    document.documentElement.style.setProperty("scroll-padding-top", "4px");
    scrollTo(0, 80);
    const counter = window as unknown as { __scrolls: number };
    counter.__scrolls = 0;
    addEventListener("scroll", () => {
      counter.__scrolls += 1;
    });
  });
  // The scroll event of scrollTo() itself comes with the next frame: not an attempt.
  await frames(page, 2);
  await page.evaluate(() => {
    (window as unknown as { __scrolls: number }).__scrolls = 0;
  });
  const closed = await layout(page);
  expect(closed.scrollY, "the page is scrolled").toBe(80);
  expect(closed.scrollbar, "the page has a scrollbar that takes space").toBeGreaterThan(0);

  await page.evaluate(() => window.XPayStationWidget?.open());
  await expectLightboxLoaded(page);
  const box = lightbox(page);
  await expect(box.closeButton).toBeFocused();
  const open = await layout(page);
  expect(open.scrollbar, "the scrollbar is gone while the lightbox is open").toBe(0);
  expect(open).toMatchObject({
    scrollY: 80,
    buyLeft: closed.buyLeft,
    navRight: closed.navRight,
  });

  await tryToScroll(page);
  expect(await layout(page)).toMatchObject({ scrollY: 80, scrollEvents: 0 });

  await box.closeButton.click();
  await expect(box.host).toHaveCount(0);
  expect(await layout(page)).toEqual({ ...closed, scrollEvents: 0 });

  // The same attempts scroll the page once the lightbox is gone: they were real attempts.
  await tryToScroll(page);
  await expect.poll(async () => (await layout(page)).scrollY).toBeGreaterThan(80);
  await expect(buyButton(page)).toBeVisible();
});
