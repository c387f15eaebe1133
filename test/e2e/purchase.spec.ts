/**
 * Buying from the storefront, as a player does it, against both backends: a currency package
 * through Pay Station with a success card and with a declined one, an item paid in gold, a
 * plan, one purchase at a time, a token endpoint that refuses, and the keyboard.
 */
import type { Locator } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { BACKENDS, expect, openStore, test } from "./fixtures";
import { mintToken } from "./paystation/helpers";
import {
  balanceOf,
  CARDS,
  expectEvent,
  noticeOf,
  openAsFreshPlayer,
  payStationLightbox,
  payWithCard,
  recordPurchaseRequests,
  storefrontEvents,
} from "./purchase-helpers";

/** The id a plan's card carries (`data-plan-id`). */
async function planId(widget: Locator, name: string) {
  return widget
    .locator("li.gs-card[data-plan-id]")
    .filter({ has: widget.page().getByRole("heading", { name, exact: true }) })
    .getAttribute("data-plan-id");
}

const PAYSTATION_EVENTS = [
  "open",
  "load",
  "close",
  "status",
  "status-invoice",
  "status-delivering",
  "status-done",
  "status-troubled",
];

/** The SKU each backend gives the 500 Gold package: the Merchant API's id, the Store's SKU. */
const GOLD_500 = { merchant: "16913", xsolla: "gold-500" } as const;

for (const backend of BACKENDS) {
  test.describe(`${backend} backend`, () => {
    test("buying 500 Gold with a success card tells the page every step and grows the balance", async ({
      page,
    }) => {
      const { widget, player } = await openAsFreshPlayer(page, backend);
      await expect(balanceOf(widget)).toHaveText(/^Balance: 0 /);
      const buy = widget.getByRole("button", { name: "Buy 500 Gold" });
      await buy.click();
      await payWithCard(page, "500 Gold", CARDS.success);
      await expect(noticeOf(widget)).toContainText("500 Gold is yours.");
      await expect(balanceOf(widget)).toHaveText(/^Balance: 550 /);

      const box = payStationLightbox(page, "500 Gold");
      await box.closeButton.click();
      await expect(box.host).toHaveCount(0);
      await expect(buy).toBeFocused();
      await expectEvent(page, "close");

      const events = await storefrontEvents(page);
      const payStation = events.filter((event) => PAYSTATION_EVENTS.includes(event.type));
      expect(payStation.map((event) => event.type)).toEqual([
        "open",
        "load",
        "status",
        "status-invoice",
        "status",
        "status-delivering",
        "status",
        "status-done",
        "close",
      ]);
      for (const event of payStation) expect(event.detail.sku).toBe(GOLD_500[backend]);
      const done = payStation.find((event) => event.type === "status-done");
      expect(done?.detail.paymentInfo).toMatchObject({ status: "done", userId: player });
      expect(payStation.at(-1)?.detail.reason).toBe("user");
      const purchase = events.find((event) => event.type === "purchase");
      expect(purchase?.detail.sku).toBe(GOLD_500[backend]);
      // The Store API's order is confirmed by reading it; the Merchant API has none to read.
      if (backend === "xsolla") expect(purchase?.detail.orderId).toEqual(expect.any(Number));
      else expect(purchase?.detail.orderId).toBeNull();
    });

    test("a declined card ends in status-troubled, says so and grants nothing", async ({
      page,
    }) => {
      const { widget, player } = await openAsFreshPlayer(page, backend);
      await widget.getByRole("button", { name: "Buy 500 Gold" }).click();
      await payWithCard(page, "500 Gold", CARDS.declined);
      await expect(widget.getByRole("alert")).toContainText(
        "The payment for 500 Gold did not go through. You were not charged.",
      );
      await expectEvent(page, "status-troubled");
      await payStationLightbox(page, "500 Gold").closeButton.click();
      await expectEvent(page, "close");
      const types = (await storefrontEvents(page)).map((event) => event.type);
      expect(types).not.toContain("purchase");
      expect(types).not.toContain("status-done");
      // The game server's own view of the player, read afresh: still no gold.
      const again = await openStore(page, { backend, user: player });
      await expect(balanceOf(again)).toHaveText(/^Balance: 0 /);
    });

    test("an item priced in gold is paid from the balance, and refused while it is too low", async ({
      page,
      problems,
    }) => {
      problems.allowConsole(/\/virtual\/gold$/);
      const { widget } = await openAsFreshPlayer(page, backend);
      await widget.getByRole("treeitem", { name: "Bows" }).click();
      const bow = widget.getByRole("button", { name: "Buy Hunter's Longbow" });
      if (backend === "xsolla") {
        // The Store API buys with gold at once, without Pay Station.
        await bow.click();
        await expect(widget.getByRole("alert")).toContainText(
          "Couldn't buy Hunter's Longbow. You don't have enough Gold.",
        );
        await expect(page.locator("[data-xpaystation-widget-lightbox]")).toHaveCount(0);
      }
      await widget.getByRole("button", { name: "Buy 500 Gold" }).click();
      await payWithCard(page, "500 Gold", CARDS.success);
      await payStationLightbox(page, "500 Gold").closeButton.click();
      await expect(balanceOf(widget)).toHaveText(/^Balance: 550 /);

      await bow.click();
      if (backend === "merchant") {
        // The Merchant API has no such call: Pay Station takes the gold.
        const { dialog, frame } = payStationLightbox(page, "Hunter's Longbow");
        await expect(dialog).toBeVisible();
        await frame.getByRole("button", { name: "Pay 250 Gold" }).click();
        await expect(frame.locator("#ps-status")).toHaveAttribute("data-status", "done");
      }
      await expect(noticeOf(widget)).toContainText("Hunter's Longbow is yours.");
      await expect(balanceOf(widget)).toHaveText(/^Balance: 300 /);
    });

    test("subscribing to a plan goes through Pay Station", async ({ page }) => {
      const { widget } = await openAsFreshPlayer(page, backend);
      await widget.getByRole("button", { name: "Subscribe to Voyager Pass" }).click();
      await payWithCard(page, "Voyager Pass", CARDS.success);
      await expect(noticeOf(widget)).toContainText("Voyager Pass is yours.");
      const purchase = (await storefrontEvents(page)).find((event) => event.type === "purchase");
      // Plans are keyed by the id each contract buys them with.
      expect(purchase?.detail.sku).toBe(await planId(widget, "Voyager Pass"));
    });

    test("a purchase in flight shows progress, and a second click starts nothing", async ({
      page,
    }) => {
      const { widget } = await openAsFreshPlayer(page, backend);
      const requests = recordPurchaseRequests(page);
      // Hold the token call back, as a slow game server or Store would.
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route(/\/(game\/token|payment\/item\/)/, async (route) => {
        await held;
        await route.continue();
      });
      const buy = widget.getByRole("button", { name: "Buy 500 Gold" });
      await buy.click();
      await expect(buy).toHaveAttribute("aria-busy", "true");
      await expect(buy).toHaveAttribute("aria-disabled", "true");
      await expect(buy).toHaveText("Please wait…");
      // Every other purchase waits too.
      await expect(widget.getByRole("button", { name: "Buy 100 Gold" })).toHaveAttribute(
        "aria-disabled",
        "true",
      );
      await expectNoAxeViolations(page, "a purchase in flight");
      await buy.click({ force: true });
      await widget.getByRole("button", { name: "Buy 100 Gold" }).click({ force: true });
      release();
      await expect(payStationLightbox(page, "500 Gold").dialog).toBeVisible();
      expect(requests.map((request) => new URL(request.url()).pathname)).toEqual([
        expect.stringMatching(
          backend === "merchant" ? /\/game\/token$/ : /payment\/item\/gold-500$/,
        ),
      ]);
      await expectNoAxeViolations(page, "Pay Station open over the store");
    });

    test("the keyboard opens Pay Station, Escape closes it and focus comes back", async ({
      page,
    }) => {
      const { widget } = await openAsFreshPlayer(page, backend);
      const buy = widget.getByRole("button", { name: "Buy 500 Gold" });
      await buy.focus();
      await page.keyboard.press("Enter");
      const box = payStationLightbox(page, "500 Gold");
      await expect(box.dialog).toBeVisible();
      await expect(box.frame.getByLabel("Card number")).toBeVisible();
      // Focus is in the dialog (on its close button, outside the cross-origin frame).
      await box.closeButton.focus();
      await page.keyboard.press("Escape");
      await expect(box.host).toHaveCount(0);
      await expect(buy).toBeFocused();
      const close = (await storefrontEvents(page)).find((event) => event.type === "close");
      expect(close?.detail).toEqual({ reason: "user", sku: GOLD_500[backend] });
      await expect(buy).not.toHaveAttribute("aria-busy", "true");
    });
  });
}

test.describe("merchant backend, the game server", () => {
  test("a token endpoint answering 422 shows why and opens nothing", async ({ page, problems }) => {
    problems.allowConsole(/\/game\/token/);
    const { widget } = await openAsFreshPlayer(page, "merchant");
    // Propose a package the project does not sell: the vendor refuses the token with 422.
    await page.route("**/game/token", async (route) => {
      const body = route.request().postDataJSON();
      body.purchase = { virtual_currency: { quantity: 7 } };
      await route.continue({ postData: JSON.stringify(body) });
    });
    await widget.getByRole("button", { name: "Buy 500 Gold" }).click();
    const alert = widget.getByRole("alert");
    await expect(alert).toContainText(
      "Couldn't buy 500 Gold. The store did not accept the request (error 422).",
    );
    await expect(alert).toContainText("purchase.virtual_currency.quantity");
    await expect(page.locator("[data-xpaystation-widget-lightbox]")).toHaveCount(0);
    const error = (await storefrontEvents(page)).find((event) => event.type === "error");
    expect(error?.detail).toMatchObject({ code: "http-422", sku: "16913" });
    await expectNoAxeViolations(page, "a refused purchase");
    await widget.getByRole("button", { name: "Dismiss message" }).click();
    await expect(alert).toHaveCount(0);
  });

  test("a user id the browser tampers with is ignored: the session's player buys", async ({
    page,
  }) => {
    const { widget, player } = await openAsFreshPlayer(page, "merchant");
    // Every call to the game server names another player, who has a thousand gold.
    await page.route("**/game/merchant/**", async (route) => {
      const url = new URL(route.request().url());
      if (url.searchParams.has("user_id")) url.searchParams.set("user_id", "demo-player-1");
      url.pathname = url.pathname.replace(/\/users\/[^/]+$/, "/users/demo-player-1");
      await route.continue({ url: url.href });
    });
    await page.route("**/game/token", async (route) => {
      const body = route.request().postDataJSON();
      body.user = { id: { value: "demo-player-1" } };
      body.settings.project_id = 5000;
      await route.continue({ postData: JSON.stringify(body) });
    });
    await widget.getByRole("button", { name: "Buy 500 Gold" }).click();
    await payWithCard(page, "500 Gold", CARDS.success);
    const done = (await storefrontEvents(page)).find((event) => event.type === "status-done");
    expect(done?.detail.paymentInfo).toMatchObject({ userId: player });
    // The balance read for "demo-player-1" answers the session's player: 550, not 1,000 more.
    await expect(balanceOf(widget)).toHaveText(/^Balance: 550 /);
  });
});

test("the store's script offers the same drop-in XPayStationWidget as paystation.js", async ({
  page,
  request,
}) => {
  await openStore(page, { backend: "merchant" });
  const { token, url } = await mintToken(request);
  const types = await page.evaluate(() => window.XPayStationWidget?.eventTypes);
  expect(types).toMatchObject({ STATUS_DONE: "status-done", OPEN_LIGHTBOX: "open-lightbox" });
  // As the seed's snippet does: a handler before init, then init, then an opener button whose
  // child the player clicks. The sandbox's token opens on its Pay Station page.
  await page.evaluate(
    ({ token, url }) => {
      const widget = window.XPayStationWidget;
      if (!widget) throw new Error("no XPayStationWidget");
      const heard: string[] = [];
      (window as unknown as { heard: string[] }).heard = heard;
      widget.on("open load", (event) => heard.push(event.type));
      widget.init({ access_token: token, payment_url: url });
      const button = document.createElement("button");
      button.setAttribute("data-xpaystation-widget-open", "");
      const label = document.createElement("span");
      label.textContent = "Buy Credits";
      button.append(label);
      document.body.append(button);
    },
    { token, url },
  );
  await page.getByText("Buy Credits").click();
  const host = page.locator("[data-xpaystation-widget-lightbox]");
  await expect(host.getByRole("dialog", { name: "Payment" })).toBeVisible();
  await expect(
    page.frameLocator("[data-xpaystation-widget-lightbox] iframe").getByLabel("Card number"),
  ).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { heard: string[] }).heard))
    .toEqual(["open", "load"]);
});

test.describe("Pay Station in a window", () => {
  test("xsolla: paying in a new window grants the purchase, and closing it frees the store", async ({
    page,
  }) => {
    const { widget } = await openAsFreshPlayer(page, "xsolla", { paystation: "window" });
    const popupOpened = page.waitForEvent("popup");
    const buy = widget.getByRole("button", { name: "Buy 500 Gold" });
    await buy.click();
    const popup = await popupOpened;
    await expect(page.locator("[data-xpaystation-widget-lightbox]")).toHaveCount(0);
    await popup.getByLabel("Card number").fill(CARDS.success);
    await popup.getByRole("button", { name: /^Pay / }).click();
    await expect(popup.locator("#ps-status")).toHaveAttribute("data-status", "done");
    await expect(noticeOf(widget)).toContainText("500 Gold is yours.");
    await expect(balanceOf(widget)).toHaveText(/^Balance: 550 /);
    await popup.close();
    await expectEvent(page, "close");
    await expect(buy).not.toHaveAttribute("aria-busy", "true");
  });

  test("merchant: a blocked window falls back to the lightbox and tells the page", async ({
    page,
  }) => {
    await page.addInitScript(() => {
      window.open = () => null;
    });
    const { widget } = await openAsFreshPlayer(page, "merchant", { paystation: "window" });
    await widget.getByRole("button", { name: "Buy 500 Gold" }).click();
    await expect(payStationLightbox(page, "500 Gold").dialog).toBeVisible();
    const error = (await storefrontEvents(page)).find((event) => event.type === "error");
    expect(error?.detail).toMatchObject({ code: "popup-blocked", sku: "16913" });
  });
});

test("xsolla: the store says a purchase is the player's only once the order reads done", async ({
  page,
}) => {
  const { widget } = await openAsFreshPlayer(page, "xsolla");
  // The Store still says "paid" twice after Pay Station's done, as a busy Store does.
  let reads = 0;
  await page.route("**/store/api/v2/project/44056/order/*", async (route) => {
    reads += 1;
    const response = await route.fetch();
    const order = await response.json();
    await route.fulfill({ response, json: reads <= 2 ? { ...order, status: "paid" } : order });
  });
  await widget.getByRole("button", { name: "Buy 500 Gold" }).click();
  await payWithCard(page, "500 Gold", CARDS.success);
  await expect(noticeOf(widget)).toContainText(
    "Payment received. Confirming your order for 500 Gold…",
  );
  await expect(noticeOf(widget)).toContainText("500 Gold is yours.");
  expect(reads).toBe(3);
  const types = (await storefrontEvents(page)).map((event) => event.type);
  expect(types.indexOf("purchase")).toBeGreaterThan(types.indexOf("status-done"));
});

test("the page's handlers on the store's handle hear Pay Station's events with the SKU", async ({
  page,
}) => {
  const { widget } = await openAsFreshPlayer(page, "merchant");
  await page.evaluate(() => {
    const host = document.getElementById("storefront-1");
    const handle = host && window.GameStorefront?.get(host);
    if (!handle) throw new Error("no store handle");
    const heard: unknown[] = [];
    (window as unknown as { heard: unknown[] }).heard = heard;
    for (const name of ["open", "status-done", "purchase", "close"] as const) {
      handle.on(name, (payload) => heard.push([name, payload]));
    }
  });
  await widget.getByRole("button", { name: "Buy 500 Gold" }).click();
  await payWithCard(page, "500 Gold", CARDS.success);
  await payStationLightbox(page, "500 Gold").closeButton.click();
  await expectEvent(page, "close");
  const heard = await page.evaluate(() => (window as unknown as { heard: unknown[] }).heard);
  expect(heard).toEqual([
    ["open", { sku: "16913" }],
    ["status-done", { paymentInfo: expect.objectContaining({ status: "done" }), sku: "16913" }],
    ["purchase", { sku: "16913", orderId: null }],
    ["close", { reason: "user", sku: "16913" }],
  ]);
});

test("merchant: after subscribing, focus comes back to the plan's button, now saying so", async ({
  page,
}) => {
  const { widget } = await openAsFreshPlayer(page, "merchant");
  const subscribe = widget.getByRole("button", { name: "Subscribe to Voyager Pass" });
  await subscribe.click();
  await payWithCard(page, "Voyager Pass", CARDS.success);
  const subscribed = widget.getByRole("button", { name: "Subscribed to Voyager Pass" });
  await expect(subscribed).toHaveAttribute("aria-disabled", "true");
  await payStationLightbox(page, "Voyager Pass").closeButton.click();
  await expect(subscribed).toBeFocused();
});

test("a window Pay Station needs is opened inside the click, before the token is there", async ({
  page,
}) => {
  const { widget } = await openAsFreshPlayer(page, "merchant", { paystation: "window" });
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/game/token", async (route) => {
    await held;
    await route.continue();
  });
  const popupOpened = page.waitForEvent("popup");
  await widget.getByRole("button", { name: "Buy 500 Gold" }).click();
  const popup = await popupOpened;
  // Open while the token is still on its way: the click's own window, still empty.
  expect(popup.url()).toBe("about:blank");
  release();
  await expect(popup.getByRole("heading", { name: "Checkout", level: 1 })).toBeVisible();
  await expect(page.locator("[data-xpaystation-widget-lightbox]")).toHaveCount(0);
  await popup.close();
  await expectEvent(page, "close");
});

test("a refused token closes the window opened for it", async ({ page, problems }) => {
  problems.allowConsole(/\/game\/token/);
  const { widget } = await openAsFreshPlayer(page, "merchant", { paystation: "window" });
  await page.route("**/game/token", (route) =>
    route.fulfill({
      status: 500,
      json: { http_status_code: 500, message: "Internal Server Error", request_id: "x" },
    }),
  );
  const popupOpened = page.waitForEvent("popup");
  await widget.getByRole("button", { name: "Buy 500 Gold" }).click();
  const popup = await popupOpened;
  await expect(widget.getByRole("alert")).toContainText("Couldn't buy 500 Gold.");
  await expect.poll(() => popup.isClosed()).toBe(true);
});
