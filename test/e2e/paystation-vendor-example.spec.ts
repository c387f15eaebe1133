/**
 * The vendor's own example page for its embed script (xsolla/paystation-embed's
 * example/index.html, kept verbatim in demo/vendor-example/), run with our script in place of
 * the vendor's: dist/paystation.js and the store's dist/game-storefront.js, which installs the
 * same global. The page subscribes to every event type, fcp included, before it calls init.
 */
import type { ConsoleMessage, Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { expect, test } from "./fixtures";
import {
  CARDS,
  expectLightboxLoaded,
  expectPayStationStatus,
  lightbox,
  mintToken,
  payStationOrigin,
  payWith,
  serveOriginFrom,
} from "./paystation/helpers";

/** The token written into the vendor's page, which the test has the sandbox mint. */
const PAGE_TOKEN = "u3ohBlHWA870RUlLSRmC3Szd7ao1p2GG_lc_en_bg_FFFFFF_tb_3D46F5";

/** What the page's handlers log: their label, then the handler's arguments and data. */
interface Logged {
  label: string;
  values: unknown[];
}

/** Records the page's console.log calls in order: the label, then the other arguments. */
function recordConsole(page: Page): () => Promise<Logged[]> {
  const pending: Promise<Logged>[] = [];
  page.on("console", (message: ConsoleMessage) => {
    if (message.type() !== "log") return;
    pending.push(
      Promise.all(message.args().map((arg) => arg.jsonValue())).then(([label, ...values]) => ({
        label: String(label),
        values,
      })),
    );
  });
  return () => Promise.all(pending);
}

const labels = async (logged: () => Promise<Logged[]>) =>
  (await logged()).map((entry) => entry.label);

for (const { name, file } of [
  { name: "paystation", file: "dist/paystation.js" },
  { name: "game-storefront", file: "dist/game-storefront.js" },
]) {
  test(`the vendor's example page runs with ${file}: init, buy, every event, close`, async ({
    page,
    baseURL,
  }) => {
    // The page opens the live Pay Station host (it sets no sandbox option): the sandbox's Pay
    // Station answers for it, with the page's own token minted there.
    for (const host of ["https://secure.xsolla.com", "https://sandbox-secure.xsolla.com"])
      await serveOriginFrom(page, host, payStationOrigin(baseURL));
    await mintToken(page.request, { token: PAGE_TOKEN });
    const logged = recordConsole(page);

    await page.goto(`/paystation-embed-example.html?script=${name}`);
    await expect.poll(() => labels(logged)).toEqual(["init event"]);

    await page.getByRole("button", { name: "Test Button" }).click();
    const frame = await expectLightboxLoaded(page, { eventLog: false });
    await expect(lightbox(page).iframe).toHaveAttribute(
      "src",
      `https://secure.xsolla.com/paystation2/?access_token=${PAGE_TOKEN}`,
    );
    // The page's lightbox options: 800 x 700.
    await expect(lightbox(page).dialog).toHaveCSS("width", "800px");
    await expect(lightbox(page).dialog).toHaveCSS("height", "700px");
    await expect
      .poll(() => labels(logged))
      .toEqual(["init event", "open event", "load event", "user country", "fcp"]);
    const opened = await logged();
    // The handlers log their `arguments` (the event, then its detail) and what they read of
    // it: `event.detail.user_country`, and fcp's `event.detail`.
    expect(opened[3]?.values).toEqual([
      { 0: { type: "user-country", detail: { user_country: "US" } }, 1: { user_country: "US" } },
      "US",
    ]);
    const fcp = { fcp: expect.any(Number) };
    expect(opened[4]?.values).toEqual([{ 0: { type: "fcp", detail: fcp }, 1: fcp }, fcp]);
    await expectNoAxeViolations(page, "the vendor's example page with Pay Station open", {
      include: "[data-xpaystation-widget-lightbox]",
    });

    await payWith(frame, CARDS.success);
    await expectPayStationStatus(frame, "done");
    await expect
      .poll(async () => (await labels(logged)).filter((label) => /status/.test(label)))
      .toHaveLength(6);

    await lightbox(page).closeButton.click();
    await expect(lightbox(page).host).toHaveCount(0);
    await expect.poll(async () => (await labels(logged)).at(-1)).toBe("close event");
    const all = await logged();
    expect(all.map((entry) => entry.label)).toEqual([
      "init event",
      "open event",
      "load event",
      "user country",
      "fcp",
      ...["invoice", "delivering", "done"].flatMap(() => ["status event", "split status event"]),
      "close event",
    ]);
    // `function (event, data)`: the status handler gets the payment's data second.
    expect(
      all.filter((entry) => entry.label === "status event").map((entry) => entry.values[0]),
    ).toEqual(
      ["invoice", "delivering", "done"].map((status) => ({
        paymentInfo: expect.objectContaining({ status }),
      })),
    );
    expect(await page.evaluate(() => window.XPayStationWidget?.isOpened())).toBe(false);

    // Opens again from the page's button after closing.
    await page.getByRole("button", { name: "Test Button" }).click();
    await expectLightboxLoaded(page, { eventLog: false });
    await page.keyboard.press("Escape");
    await expect(lightbox(page).host).toHaveCount(0);
  });
}
