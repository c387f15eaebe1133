/**
 * A player pays through the Pay Station launcher on the launcher demo page, in a lightbox and
 * in a child window, with a card that succeeds and with one that fails: the page sees every
 * launcher event in order with Pay Station's payloads, and the sandbox records the outcome.
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import {
  buyButton,
  CARDS,
  closeFromPayStation,
  demoToken,
  expectLastEvent,
  expectLightboxLoaded,
  expectPayStationStatus,
  type LoggedLauncherEvent,
  launcherLog,
  lightbox,
  openLauncherDemo,
  type PayStationScope,
  paymentInfo,
  payWith,
  tokenRecord,
} from "./paystation/helpers";

type Kind = "lightbox" | "window";

type Outcome =
  | { status: "done"; card: "success" }
  | { status: "troubled"; card: "declined" | "insufficient_funds"; errorReason: string };

/** The log of a whole payment, from `init` to `close` (see CONTRACTS.md §2). */
function expectedLog(kind: Kind, invoice: number, outcome: Outcome): LoggedLauncherEvent[] {
  const statuses =
    outcome.status === "done"
      ? [
          paymentInfo("invoice", invoice),
          paymentInfo("delivering", invoice),
          paymentInfo("done", invoice),
        ]
      : [paymentInfo("invoice", invoice), paymentInfo("troubled", invoice, outcome.errorReason)];
  return [
    { name: "init" },
    { name: "open" },
    { name: `open-${kind}` },
    { name: "load" },
    { name: "user-country", data: { user_country: "US" } },
    { name: "fcp", data: { fcp: expect.any(Number) } },
    ...statuses.flatMap((data) => [
      { name: "status", data },
      { name: `status-${data.paymentInfo.status}`, data },
    ]),
    { name: "close", data: { reason: "user" } },
    { name: `close-${kind}`, data: { reason: "user" } },
  ];
}

/**
 * Once Pay Station closed: the sandbox recorded the one payment on the demo's token with this
 * outcome, the page logged every event of it in order with that invoice, and it is closed.
 */
async function expectPaymentLogged(page: Page, kind: Kind, outcome: Outcome) {
  await expectLastEvent(page, `close-${kind}`);
  const record = await tokenRecord(page.request, await demoToken(page));
  expect(record.payments, "one payment recorded on the token").toEqual([
    expect.objectContaining({
      status: outcome.status,
      card: outcome.card,
      errorReason: outcome.status === "done" ? null : outcome.errorReason,
    }),
  ]);
  const invoice = record.payments[0]?.invoice ?? Number.NaN;
  expect(await launcherLog(page)).toEqual(expectedLog(kind, invoice, outcome));
  expect(await page.evaluate(() => window.XPayStationWidget?.isOpened())).toBe(false);
}

/** Opens Pay Station with the Buy button: returns where its page runs. */
async function openPayStation(
  page: Page,
  kind: Kind,
): Promise<{ scope: PayStationScope; popup?: Page }> {
  await openLauncherDemo(page, { mode: kind });
  if (kind === "lightbox") {
    await buyButton(page).click();
    return { scope: await expectLightboxLoaded(page) };
  }
  const popupOpened = page.waitForEvent("popup");
  await buyButton(page).click();
  const popup = await popupOpened;
  await expect(popup.getByRole("heading", { name: "Checkout", level: 1 })).toBeVisible();
  await expect(page.locator('#event-log li[data-event="load"]')).toHaveCount(1);
  await expect(page.locator('#event-log li[data-event="user-country"]')).toHaveCount(1);
  await expect(page.locator('#event-log li[data-event="fcp"]')).toHaveCount(1);
  // No lightbox besides the window.
  await expect(lightbox(page).host).toHaveCount(0);
  return { scope: popup, popup };
}

test.describe("a successful payment", () => {
  test("in a lightbox: every event in order, then closed with its close button", async ({
    page,
  }) => {
    const { scope } = await openPayStation(page, "lightbox");
    await expect(scope.getByText("Opened by 1.2.5")).toBeVisible();
    await payWith(scope, CARDS.success);
    await expectPayStationStatus(scope, "done");
    await expectLastEvent(page, "status-done");
    expect(await page.evaluate(() => window.XPayStationWidget?.isOpened())).toBe(true);

    await lightbox(page).closeButton.click();
    await expect(lightbox(page).host).toHaveCount(0);
    await expectPaymentLogged(page, "lightbox", { status: "done", card: "success" });
  });

  test("in a child window: every event in order, then closed by Pay Station's close button", async ({
    page,
  }) => {
    const { scope, popup } = await openPayStation(page, "window");
    await expect(scope.getByText("Opened by 1.2.5")).toBeVisible();
    await payWith(scope, CARDS.success);
    await expectPayStationStatus(scope, "done");
    await expectLastEvent(page, "status-done");

    const closed = popup?.waitForEvent("close");
    await closeFromPayStation(scope);
    await closed;
    await expectPaymentLogged(page, "window", { status: "done", card: "success" });
  });
});

test.describe("a failed payment", () => {
  test("in a lightbox: status troubled with the reason, recorded as troubled", async ({ page }) => {
    const { scope } = await openPayStation(page, "lightbox");
    await payWith(scope, CARDS.declined);
    await expectPayStationStatus(scope, "troubled");
    await expect(scope.getByText("Payment failed. Declined.")).toBeVisible();
    await expectLastEvent(page, "status-troubled");

    // Pay Station's own close button, inside the frame, closes the lightbox too.
    await closeFromPayStation(scope);
    await expect(lightbox(page).host).toHaveCount(0);
    await expectPaymentLogged(page, "lightbox", {
      status: "troubled",
      card: "declined",
      errorReason: "Declined",
    });
  });

  test("in a child window: status troubled, then the player closes the window", async ({
    page,
  }) => {
    const { scope, popup } = await openPayStation(page, "window");
    await payWith(scope, CARDS.insufficientFunds);
    await expectPayStationStatus(scope, "troubled");
    await expectLastEvent(page, "status-troubled");

    // The player closes the window itself: no message comes, the launcher notices.
    await popup?.close();
    await expectPaymentLogged(page, "window", {
      status: "troubled",
      card: "insufficient_funds",
      errorReason: "Insufficient funds",
    });
  });
});

test("a blocked popup falls back to the lightbox, after an error event", async ({ page }) => {
  // What a popup blocker does: window.open returns null.
  await page.addInitScript(() => {
    window.open = () => null;
  });
  await openLauncherDemo(page, { mode: "window" });
  await buyButton(page).click();
  const scope = await expectLightboxLoaded(page);
  expect(await launcherLog(page)).toEqual([
    { name: "init" },
    { name: "open" },
    {
      name: "error",
      data: { code: "popup-blocked", message: expect.any(String) },
    },
    { name: "open-lightbox" },
    { name: "load" },
    { name: "user-country", data: { user_country: "US" } },
    { name: "fcp", data: { fcp: expect.any(Number) } },
  ]);
  await payWith(scope, CARDS.success);
  await expectPayStationStatus(scope, "done");
  await expectLastEvent(page, "status-done");
});

test.describe("on a small screen", () => {
  test.use({ viewport: { width: 700, height: 800 } });

  test("the default mode opens a child window, not a lightbox", async ({ page }) => {
    await openLauncherDemo(page);
    const popupOpened = page.waitForEvent("popup");
    await buyButton(page).click();
    const popup = await popupOpened;
    await expect(popup.getByRole("heading", { name: "Checkout", level: 1 })).toBeVisible();
    await expect(lightbox(page).host).toHaveCount(0);
    await expect(page.locator('#event-log li[data-event="user-country"]')).toHaveCount(1);
    await expect(page.locator('#event-log li[data-event="fcp"]')).toHaveCount(1);
    await popup.close();
    await expectLastEvent(page, "close-window");
    expect((await launcherLog(page)).map((event) => event.name)).toEqual([
      "init",
      "open",
      "open-window",
      "load",
      "user-country",
      "fcp",
      "close",
      "close-window",
    ]);
  });
});
