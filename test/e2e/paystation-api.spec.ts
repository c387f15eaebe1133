/**
 * dist/paystation.js as a drop-in for the vendor's widget.min.js: the seed's embed snippet runs
 * unchanged against it, bad options fail early with an error that names the option, and Store
 * v2 tokens open Pay Station's /paystation4/ page.
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import {
  buyButton,
  CARDS,
  demoToken,
  expectLastEvent,
  expectLightboxLoaded,
  expectPayStationStatus,
  launcherLog,
  lightbox,
  mintToken,
  openLauncherDemo,
  payStationOrigin,
  payWith,
  sandboxOrigin,
  serveOriginFrom,
  tokenRecord,
} from "./paystation/helpers";

/** The vendor's script URL in the seed's snippet (demo/paystation-snippet.txt). */
const VENDOR_SCRIPT = "https://static.xsolla.com/embed/paystation/1.0.7/widget.min.js";

/**
 * Opens the seed's snippet page with the vendor's script replaced by ours and the live Pay
 * Station host (and the sandbox one) served by the sandbox's Pay Station.
 */
async function openSnippet(page: Page, baseURL: string | undefined) {
  await page.route(VENDOR_SCRIPT, async (route) => {
    const response = await route.fetch({ url: `${sandboxOrigin(baseURL)}/dist/paystation.js` });
    await route.fulfill({ response });
  });
  // The lightbox's file, which the script fetches from beside itself.
  await page.route(new URL("chunks/*", VENDOR_SCRIPT).href, async (route) => {
    const file = new URL(route.request().url()).pathname.split("/").pop();
    const response = await route.fetch({ url: `${sandboxOrigin(baseURL)}/dist/chunks/${file}` });
    await route.fulfill({ response });
  });
  for (const host of ["https://secure.xsolla.com", "https://sandbox-secure.xsolla.com"])
    await serveOriginFrom(page, host, payStationOrigin(baseURL));
  await page.goto("/paystation-snippet.html");
  // The snippet calls init() in the script's load event, fired right after the script ran.
  await page.waitForFunction(() => !!window.XPayStationWidget);
}

/** Records the launcher's events on a page without an event log. */
async function recordEvents(page: Page) {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __events: string[] }).__events = seen;
    const widget = window.XPayStationWidget;
    for (const name of Object.values(widget?.eventTypes ?? {}))
      widget?.on(name, (event) => seen.push(event.type));
  });
  return () => page.evaluate(() => (window as unknown as { __events: string[] }).__events);
}

const isOpened = (page: Page) => page.evaluate(() => window.XPayStationWidget?.isOpened());

test("the seed's snippet, verbatim, pays through dist/paystation.js", async ({ page, baseURL }) => {
  await openSnippet(page, baseURL);
  const events = await recordEvents(page);
  // The snippet has the button twice (in its page and after its script): the second one.
  await page.getByRole("button", { name: "Buy Credits" }).last().click();
  const frame = await expectLightboxLoaded(page, { eventLog: false });
  // Pay Station runs under the live host's origin, which the launcher accepted as its own.
  await expect(lightbox(page).iframe).toHaveAttribute(
    "src",
    "https://secure.xsolla.com/paystation2/?access_token=abcdef1234567890abcdef1234567890",
  );
  expect(await isOpened(page)).toBe(true);

  await payWith(frame, CARDS.success);
  await expectPayStationStatus(frame, "done");
  await expect(
    frame.getByText("Payment complete. Your purchase has been delivered."),
  ).toBeVisible();
  await expect.poll(events).toContain("status-done");

  await lightbox(page).closeButton.click();
  await expect(lightbox(page).host).toHaveCount(0);
  expect(await isOpened(page)).toBe(false);
  expect(await events()).toEqual([
    "open",
    "open-lightbox",
    "load",
    "user-country",
    "fcp",
    "status",
    "status-invoice",
    "status",
    "status-delivering",
    "status",
    "status-done",
    "close",
    "close-lightbox",
  ]);
});

test("bad options throw an error naming the option; a valid init then opens", async ({
  page,
  baseURL,
  request,
}) => {
  await openSnippet(page, baseURL);
  const tryInit = (options: unknown) =>
    page.evaluate((options) => {
      try {
        // biome-ignore lint/suspicious/noExplicitAny: the point is to pass what the types forbid.
        window.XPayStationWidget?.init(options as any);
        return null;
      } catch (error) {
        return { name: (error as Error).name, message: (error as Error).message };
      }
    }, options);

  expect(await tryInit({})).toEqual({
    name: "OptionsError",
    message: expect.stringContaining('option "access_token" is required'),
  });
  expect(await tryInit({ access_token: "x", lightbox: { zIndex: "top" } })).toEqual({
    name: "OptionsError",
    message: expect.stringContaining('option "lightbox.zIndex" must be a number'),
  });
  expect(await tryInit({ access_token: "x", mode: "popup" })).toEqual({
    name: "OptionsError",
    message: expect.stringMatching(/option "mode" must be one of "auto","lightbox","window"/),
  });
  // A failed init leaves no options behind, not even the snippet's earlier ones.
  expect(
    await page.evaluate(() => {
      try {
        window.XPayStationWidget?.open();
        return "opened";
      } catch (error) {
        return (error as Error).message;
      }
    }),
  ).toMatch(/"access_token"/);
  await expect(lightbox(page).host).toHaveCount(0);
  expect(await isOpened(page)).toBe(false);

  // A Store v2 token, and the launcher building the sandbox's /paystation4/ URL itself.
  const { token } = await mintToken(request, { kind: "store" });
  expect(
    await tryInit({ access_token: token, sandbox: true, paystationVersion: 4, mode: "lightbox" }),
  ).toBeNull();
  await page.evaluate(() => window.XPayStationWidget?.open());
  await expectLightboxLoaded(page, { eventLog: false });
  await expect(lightbox(page).iframe).toHaveAttribute(
    "src",
    `https://sandbox-secure.xsolla.com/paystation4/?token=${token}`,
  );
  await expect(lightbox(page).frame.getByText("Sandbox", { exact: true })).toBeVisible();
});

test("the Store v2 form (version=4) opens /paystation4/?token= and pays the order", async ({
  page,
  baseURL,
  request,
}) => {
  await openLauncherDemo(page, { version: "4", mode: "lightbox" });
  const token = await demoToken(page);
  await buyButton(page).click();
  const frame = await expectLightboxLoaded(page);
  const src = new URL((await lightbox(page).iframe.getAttribute("src")) ?? "");
  expect(src.origin).toBe(payStationOrigin(baseURL));
  expect(src.pathname).toBe("/paystation4/");
  expect(src.searchParams.get("token")).toBe(token);
  expect(src.searchParams.has("access_token")).toBe(false);

  await payWith(frame, CARDS.success);
  await expectPayStationStatus(frame, "done");
  await expectLastEvent(page, "status-done");
  expect((await launcherLog(page)).map((event) => event.name)).toContain("status-delivering");
  const record = await tokenRecord(request, token);
  expect(record.kind).toBe("store");
  // The sandbox delivers a paid Store order at once, as the real one does after its webhook.
  expect(record.order?.status).toBe("done");
});
