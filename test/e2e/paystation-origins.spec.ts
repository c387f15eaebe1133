/**
 * The launcher listens only to the Pay Station window it opened, and only while that window
 * shows a page of Pay Station's origin: forged Pay Station messages from a frame of a third
 * origin, or from the Pay Station frame after it navigated elsewhere, change nothing.
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import {
  buyButton,
  expectLightboxLoaded,
  launcherLog,
  lightbox,
  openLauncherDemo,
  payStationOrigin,
  sandboxOrigin,
  serveOriginFrom,
} from "./paystation/helpers";

const EVIL = "https://evil.example";
/** Everything third-party.html can forge, three times each. */
const FORGED = "commands=dimensions,status,close,user-country,error,widget-detection&rounds=3";
const FORGED_COUNT = 6 * 3;

/**
 * Counts, in the page, the forged messages that arrived from `origin`: the launcher's own
 * listener on the same window has seen each of them by the time this one has.
 */
async function countForgedMessages(page: Page, origin: string) {
  await page.evaluate((origin) => {
    const seen = { count: 0 };
    (window as unknown as { __forged: typeof seen }).__forged = seen;
    addEventListener("message", (event) => {
      if (event.origin === origin && /forged|"command"/.test(String(event.data))) seen.count += 1;
    });
  }, origin);
  return () =>
    expect
      .poll(() =>
        page.evaluate(() => (window as unknown as { __forged: { count: number } }).__forged.count),
      )
      .toBe(FORGED_COUNT);
}

interface Received {
  command: string;
  data: unknown;
}

/** Records every message the launcher accepted from its Pay Station window, in order. */
async function recordLauncherMessages(page: Page) {
  await page.evaluate(() => {
    const got: { command: string; data: unknown }[] = [];
    (window as unknown as { __accepted: typeof got }).__accepted = got;
    const widget = window.XPayStationWidget;
    const commands = ["dimensions", "status", "close", "user-country", "error", "widget-detection"];
    for (const command of commands)
      widget?.onMessage(command, (_, data) => got.push({ command, data }));
  });
  return () => page.evaluate(() => (window as unknown as { __accepted: Received[] }).__accepted);
}

/**
 * The forged messages among those the launcher accepted. Pay Station's own page may still
 * post `dimensions` (when its content resizes), and before it navigates away it posts
 * `widget-detection`, `dimensions`, `user-country` and `fcp`; third-party.html's payloads are its own
 * (300 x 200, forged@evil.example, ZZ, "Forged error"), and its bare `widget-detection` is
 * told apart by count.
 */
function forged(accepted: Received[], genuineDetections: number) {
  const payloadForged = accepted.filter(
    ({ command, data }) =>
      ["status", "close", "error"].includes(command) ||
      /forged|"ZZ"|"width":300/i.test(JSON.stringify(data ?? null)),
  );
  const detections = accepted.filter(({ command }) => command === "widget-detection");
  return [...payloadForged, ...detections.slice(genuineDetections)];
}

/** The lightbox is still open, at Pay Station's size when it said it, with no forged event. */
async function expectUntouched(page: Page, accepted: Received[]) {
  const box = lightbox(page);
  await expect(box.dialog).toBeVisible();
  expect(await page.evaluate(() => window.XPayStationWidget?.isOpened())).toBe(true);
  // Pay Station says 740 wide; the forged dimensions say 300 (which the floor makes 600).
  if (accepted.some(({ command }) => command === "dimensions"))
    expect((await box.dialog.boundingBox())?.width).toBe(740);
  const names = (await launcherLog(page)).map((event) => event.name);
  for (const name of ["status", "status-done", "close", "close-lightbox", "error"])
    expect(names, `no ${name} event`).not.toContain(name);
}

for (const who of ["from a third origin", "of Pay Station's origin it did not open"] as const) {
  test(`another frame ${who} posting forged Pay Station messages is ignored`, async ({
    page,
    baseURL,
  }) => {
    let origin = payStationOrigin(baseURL);
    if (who === "from a third origin") {
      origin = EVIL;
      await serveOriginFrom(page, EVIL, sandboxOrigin(baseURL));
    }
    await openLauncherDemo(page, { mode: "lightbox" });
    await buyButton(page).click();
    await expectLightboxLoaded(page);
    const accepted = await recordLauncherMessages(page);
    const logBefore = await launcherLog(page);
    const allArrived = await countForgedMessages(page, origin);

    // Another frame on the page (an ad, a widget) that is not the Pay Station we opened.
    await page.evaluate((src) => {
      const frame = document.createElement("iframe");
      frame.title = "Third party";
      frame.src = src;
      document.body.append(frame);
    }, `${origin}/paystation/third-party.html?${FORGED}`);
    await expect(
      page
        .frameLocator('iframe[title="Third party"]')
        .getByText(`Forged messages posted: ${FORGED_COUNT}`),
    ).toBeVisible();
    await allArrived();

    expect(forged(await accepted(), 0), "forged messages the launcher took").toEqual([]);
    await expectUntouched(page, await accepted());
    expect(await launcherLog(page)).toEqual(logBefore);
  });
}

for (const where of ["the page's own origin", "a third origin"] as const) {
  test(`the Pay Station frame's messages are ignored once it navigated to ${where}`, async ({
    page,
    baseURL,
  }) => {
    const own = sandboxOrigin(baseURL);
    const origin = where === "a third origin" ? EVIL : own;
    if (origin === EVIL) await serveOriginFrom(page, EVIL, own);
    await openLauncherDemo(page, {
      mode: "lightbox",
      navigate: `${origin}/paystation/third-party.html?${FORGED}`,
    });
    const allArrived = await countForgedMessages(page, origin);
    const accepted = await recordLauncherMessages(page);
    await buyButton(page).click();
    const box = lightbox(page);
    await expect(box.dialog).toBeVisible();
    await expect(box.frame.getByText(`Forged messages posted: ${FORGED_COUNT}`)).toBeVisible();
    await allArrived();
    // Shown once Pay Station said its size, or after the reveal delay if that message was
    // lost: Chromium may drop what a frame posts just before it navigates away.
    await expect(page.locator('#event-log li[data-event="load"]')).toHaveCount(1);

    expect(forged(await accepted(), 1), "forged messages the launcher took").toEqual([]);
    await expectUntouched(page, await accepted());
    const log = await launcherLog(page);
    // What Pay Station posts right after its size may be lost to the navigation too.
    const late = ["user-country", "fcp"];
    expect(log.filter((event) => !late.includes(event.name))).toEqual([
      { name: "init" },
      { name: "open" },
      { name: "open-lightbox" },
      { name: "load" },
    ]);
    for (const event of log.filter(({ name }) => name === "user-country"))
      expect(event.data).toEqual({ user_country: "US" });
    for (const event of log.filter(({ name }) => name === "fcp"))
      expect(event.data).toEqual({ fcp: expect.any(Number) });
  });
}
