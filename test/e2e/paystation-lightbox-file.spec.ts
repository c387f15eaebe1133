/**
 * dist/paystation.js's lightbox is a file beside it (src/paystation/lightbox-on-demand.ts):
 * fetched when the browser is idle after init(), never before; a file that does not arrive
 * closes Pay Station with an `error` event, and the next open() fetches it again.
 */
import { expect, test } from "./fixtures";
import {
  buyButton,
  expectLightboxLoaded,
  launcherLog,
  lightbox,
  openLauncherDemo,
} from "./paystation/helpers";

const LIGHTBOX_FILE = /\/dist\/chunks\/paystation-lightbox-[\w-]{6}\.js$/;

test("paystation.js fetches its lightbox when idle after init, and opens it from a click", async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on("request", (request) => {
    if (LIGHTBOX_FILE.test(request.url())) fetched.push(request.url());
  });
  await openLauncherDemo(page, { mode: "lightbox" });
  // The demo calls init() as it starts: the file follows once the browser is idle.
  await expect.poll(() => fetched.length).toBe(1);
  await buyButton(page).click();
  await expectLightboxLoaded(page);
  await lightbox(page).closeButton.click();
  await expect(lightbox(page).host).toHaveCount(0);
  await buyButton(page).click();
  await expectLightboxLoaded(page, { eventLog: false });
  await expect(page.locator('#event-log li[data-event="load"]')).toHaveCount(2);
  expect(fetched, "the file is fetched once").toHaveLength(1);
});

test("a lightbox file that does not arrive is an error event, and the next open fetches it again", async ({
  page,
  problems,
}) => {
  problems.allowConsole(/paystation-lightbox-/);
  let refuse = true;
  await page.route(LIGHTBOX_FILE, (route) =>
    refuse ? route.fulfill({ status: 503, body: "" }) : route.continue(),
  );
  await openLauncherDemo(page, { mode: "lightbox" });
  await buyButton(page).click();
  await expect
    .poll(async () => (await launcherLog(page)).map((event) => event.name))
    .toEqual(expect.arrayContaining(["open", "error", "close"]));
  const error = (await launcherLog(page)).find((event) => event.name === "error");
  expect(error?.data).toMatchObject({
    code: "open-failed",
    message: expect.stringMatching(/lightbox/),
  });
  expect(await page.evaluate(() => window.XPayStationWidget?.isOpened())).toBe(false);
  await expect(lightbox(page).host).toHaveCount(0);

  refuse = false;
  await buyButton(page).click();
  await expectLightboxLoaded(page);
});
