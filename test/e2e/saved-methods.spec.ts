/**
 * One-click buying with a saved payment method (issue 13, point 5), merchant backend: a
 * currency package's "Buy with Visa ••1111", its confirmation, the charge through the game
 * server, and a refused charge sending the player to Pay Station instead. Each test's player
 * is fresh, with the cards a sandbox hook saves for them (as "Save this card" does).
 */
import type { APIRequestContext, Locator, Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { expect, openStore, test } from "./fixtures";
import {
  balanceOf,
  CARDS,
  expectEvent,
  freshPlayer,
  noticeOf,
  payStationLightbox,
  payWithCard,
  storefrontEvents,
} from "./purchase-helpers";
import { expectPayAnotherWayWindow, playerWith, SAVED } from "./saved-helpers";

/** The Merchant API's id of the 500 Gold package. */
const GOLD_500 = "16913";
const ACCOUNTS_PATH = /\/users\/me\/payment_accounts$/;
/** The game server's list of the session player's saved methods. */
const ACCOUNTS_URL = "/game/merchant/v2/projects/44056/users/me/payment_accounts";

/** The PayPal account a sandbox hook saves, and how the widget names it. */
const PAYPAL = { email: "player@example.com", label: "PayPal (player@example.com)" } as const;

/** A fresh player whose only saved method is a PayPal account. */
async function playerWithPaypal(request: APIRequestContext) {
  const user = freshPlayer();
  const saved = await request.post("/__sandbox/payment-accounts", {
    data: { user, paypal: PAYPAL.email },
  });
  expect(saved.status(), "the sandbox saves the PayPal account").toBe(201);
  return user;
}

/** Counts the store's reads of the saved methods from now on. */
function countListReads(page: Page) {
  const reads: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (request.method() === "GET" && ACCOUNTS_PATH.test(url.pathname)) reads.push(url.href);
  });
  return reads;
}

/** Clicks `opener`; answers its confirmation, open with the focus on Cancel and clean for axe. */
async function confirmationOf(page: Page, opener: Locator, question: string) {
  await opener.click();
  const dialog = confirmation(page, question);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await expectNoAxeViolations(page, question);
  return dialog;
}

/** From Cancel, Tab and Shift+Tab go round the dialog's two answers and never leave it. */
async function expectTabKeptInside(page: Page, cancel: Locator, answer: Locator) {
  await expect(cancel).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(answer).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(cancel).toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await expect(answer).toBeFocused();
}

function confirmation(page: Page, question: string) {
  // The dialog is in the top layer; it lives in the widget's shadow root.
  return page.getByRole("dialog", { name: question });
}

async function openMerchantStore(page: Page, user: string, extra = {}) {
  return openStore(page, { backend: "merchant", user, ...extra });
}

/** What a one-click button draws; the package's name is there for screen readers only. */
function drawnText(button: Locator) {
  return button.evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    for (const hidden of copy.querySelectorAll(".gs-sr-only")) hidden.remove();
    return (copy.textContent ?? "").replace(/\s+/g, " ").trim();
  });
}

function oneClick(widget: Locator, method = "Visa ••1111") {
  return widget.getByRole("button", { name: `Buy 500 Gold with ${method}`, exact: true });
}

test("a saved Visa buys 500 Gold in one click after a confirmation that states the price", async ({
  page,
  request,
}) => {
  const user = await playerWith(request, SAVED.visa);
  const reads = countListReads(page);
  const widget = await openMerchantStore(page, user);
  await expect(balanceOf(widget)).toHaveText(/^Balance: 0 /);

  const button = oneClick(widget);
  expect(await drawnText(button)).toBe("Buy with Visa ••1111");
  await expect(button.locator(".gs-sr-only")).toHaveText("500 Gold");
  await expectNoAxeViolations(page, "the store with one-click buttons");
  await expectNoAxeViolations(page, "one-click buttons' names", {
    rules: ["label-content-name-mismatch"],
  });
  const dialog = await confirmationOf(page, button, "Buy 500 Gold for $4.99 with Visa ••1111?");
  await dialog.getByRole("button", { name: "Confirm" }).click();

  await expect(dialog).toHaveCount(0);
  await expect(noticeOf(widget)).toContainText("500 Gold is yours, paid with Visa ••1111.");
  await expect(balanceOf(widget)).toHaveText(/^Balance: 550 /);
  await expect(button).toBeFocused();
  await expectEvent(page, "purchase");
  const purchase = (await storefrontEvents(page)).find((event) => event.type === "purchase");
  expect(purchase?.detail).toEqual({ sku: GOLD_500, orderId: null });
  // No Pay Station: the charge went through the game server.
  await expect(payStationLightbox(page, "500 Gold").host).toHaveCount(0);
  await expectNoAxeViolations(page, "after a one-click purchase");
  // The saved methods were read once, with the first view, and not again after buying.
  expect(reads).toHaveLength(1);
});

test("a saved PayPal account buys 500 Gold in one click, named by its address", async ({
  page,
  request,
}) => {
  const user = await playerWithPaypal(request);
  const widget = await openMerchantStore(page, user);
  await expect(balanceOf(widget)).toHaveText(/^Balance: 0 /);

  const button = oneClick(widget, PAYPAL.label);
  expect(await drawnText(button)).toBe(`Buy with ${PAYPAL.label}`);
  await expect(button.locator(".gs-sr-only")).toHaveText("500 Gold");
  await expectNoAxeViolations(page, "the store with a PayPal one-click button");
  await expectNoAxeViolations(page, "the PayPal one-click button's name", {
    rules: ["label-content-name-mismatch"],
  });
  const dialog = await confirmationOf(page, button, `Buy 500 Gold for $4.99 with ${PAYPAL.label}?`);
  await dialog.getByRole("button", { name: "Confirm" }).click();

  await expect(dialog).toHaveCount(0);
  await expect(noticeOf(widget)).toContainText(`500 Gold is yours, paid with ${PAYPAL.label}.`);
  await expect(balanceOf(widget)).toHaveText(/^Balance: 550 /);
  await expect(button).toBeFocused();
  await expectEvent(page, "purchase");
  await expect(payStationLightbox(page, "500 Gold").host).toHaveCount(0);
  await expectNoAxeViolations(page, "after a PayPal one-click purchase");
});

test("Cancel and Escape close the confirmation without charging", async ({ page, request }) => {
  const user = await playerWith(request, SAVED.visa);
  const widget = await openMerchantStore(page, user);
  const button = oneClick(widget);
  const dialog = confirmation(page, "Buy 500 Gold for $4.99 with Visa ••1111?");

  await button.click();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(button).toBeFocused();

  await button.click();
  await expect(dialog).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  await expect(button).toBeFocused();
  await expect(balanceOf(widget)).toHaveText(/^Balance: 0 /);
  expect((await storefrontEvents(page)).some((event) => event.type === "purchase")).toBe(false);
});

test("a saved card without funds says so and opens Pay Station for the same package", async ({
  page,
  request,
  problems,
}) => {
  problems.allowConsole(/402/);
  const user = await playerWith(request, SAVED.noFunds);
  const widget = await openMerchantStore(page, user);
  await oneClick(widget, "Visa ••0002").click();
  await confirmation(page, "Buy 500 Gold for $4.99 with Visa ••0002?")
    .getByRole("button", { name: "Confirm" })
    .click();

  const box = payStationLightbox(page, "500 Gold");
  await expect(box.dialog).toBeVisible();
  await expect(noticeOf(widget).getByRole("alert")).toHaveText(
    "Visa ••0002 has insufficient funds, so 500 Gold was not bought. You can pay another way.",
  );
  const error = (await storefrontEvents(page)).find((event) => event.type === "error");
  expect(error?.detail).toMatchObject({ code: "http-402-insufficient_funds", sku: GOLD_500 });
  await expectNoAxeViolations(page, "Pay Station open after a refused charge");

  await payWithCard(page, "500 Gold", CARDS.success);
  await expect(noticeOf(widget)).toContainText("500 Gold is yours.");
  await expect(balanceOf(widget)).toHaveText(/^Balance: 550 /);
});

test("with Pay Station in a window of its own, the refusal's button opens it", async ({
  page,
  request,
  problems,
}) => {
  problems.allowConsole(/402/);
  const user = await playerWith(request, SAVED.noFunds);
  const widget = await openMerchantStore(page, user, { paystation: "window" });
  await oneClick(widget, "Visa ••0002").click();
  await confirmation(page, "Buy 500 Gold for $4.99 with Visa ••0002?")
    .getByRole("button", { name: "Confirm" })
    .click();

  await expectPayAnotherWayWindow(page, widget, "500 Gold");
});

test("keyboard only: reach the button, keep Tab inside the confirmation and buy", async ({
  page,
  request,
}) => {
  const user = await playerWith(request, SAVED.visa);
  const widget = await openMerchantStore(page, user);
  const button = oneClick(widget);
  const dialog = confirmation(page, "Buy 500 Gold for $4.99 with Visa ••1111?");
  const cancel = dialog.getByRole("button", { name: "Cancel" });
  const confirm = dialog.getByRole("button", { name: "Confirm" });

  // From the package's own Buy button, Tab reaches the one-click one next, once it is there
  // (its chunk and the saved methods come after the first paint).
  await expect(button).toBeVisible();
  await widget.getByRole("button", { name: "Buy 500 Gold", exact: true }).focus();
  await page.keyboard.press("Tab");
  await expect(button).toBeFocused();
  await page.keyboard.press("Enter");
  await expectTabKeptInside(page, cancel, confirm);
  await page.keyboard.press("Escape");
  await expect(button).toBeFocused();

  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(noticeOf(widget)).toContainText("500 Gold is yours, paid with Visa ••1111.");
  await expect(balanceOf(widget)).toHaveText(/^Balance: 550 /);
  await expect(button).toBeFocused();
});

test.describe("no one-click buying", () => {
  test("on the xsolla backend, which has no saved methods", async ({ page }) => {
    const reads = countListReads(page);
    const widget = await openStore(page, { backend: "xsolla", user: freshPlayer() });
    await expect(widget.getByRole("button", { name: "Buy 500 Gold" })).toBeVisible();
    await expect(widget.getByRole("button", { name: /with Visa/ })).toHaveCount(0);
    expect(reads).toHaveLength(0);
  });

  test("for a signed-out player, and nothing is asked", async ({ page }) => {
    const reads = countListReads(page);
    const widget = await openStore(page, { backend: "merchant", user: "" });
    await expect(widget.getByRole("button", { name: "Buy 500 Gold" })).toBeVisible();
    await expect(widget.getByRole("button", { name: /with Visa/ })).toHaveCount(0);
    expect(reads).toHaveLength(0);
  });

  test("for a player without a saved method", async ({ page }) => {
    const reads = countListReads(page);
    const widget = await openMerchantStore(page, freshPlayer());
    await expect(widget.getByRole("button", { name: "Buy 500 Gold" })).toBeVisible();
    await expect.poll(() => reads.length).toBe(1);
    await expect(widget.getByRole("button", { name: /with Visa/ })).toHaveCount(0);
  });
});

/** A page of the test's own with an account view for `user` (signed in on the game server). */
async function openAccountView(
  page: Page,
  user: string,
  backend: "merchant" | "xsolla" = "merchant",
) {
  if (backend === "merchant") {
    const session = await page.request.post("/game/session", { data: { playerId: user } });
    expect(session.ok()).toBe(true);
  }
  const auth =
    backend === "xsolla"
      ? `data-api-base="/store/api" data-subscriptions-api-base="/subscriptions/api" data-user-token="${user}-token"`
      : `data-api-base="/game" data-user-id="${user}" data-token-url="/game/token"`;
  await page.route("**/saved-methods-account.html", (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><html lang="en"><head><title>Account</title>
<script src="/dist/game-storefront.js" defer></script></head>
<body><main><h1>Account</h1><div id="account" data-game-storefront data-view="account" data-backend="${backend}" data-project-id="44056" data-locale="en" data-sandbox ${auth}></div></main></body></html>`,
    }),
  );
  await page.goto("/saved-methods-account.html");
  const widget = page.locator("#account");
  await expect(widget.getByRole("heading", { name: "Your account", level: 2 })).toBeVisible();
  return widget;
}

test.describe("the account view's payment methods", () => {
  test("remove a saved card after confirming, and it is gone from the game server too", async ({
    page,
    request,
  }) => {
    const user = await playerWith(request, SAVED.visa, SAVED.noFunds);
    const widget = await openAccountView(page, user);
    const methods = widget.getByRole("region", { name: "Payment methods" });
    await expect(methods.getByRole("listitem")).toHaveText([
      "Visa ••1111Remove",
      "Visa ••0002Remove",
    ]);
    await expectNoAxeViolations(page, "the account view's saved methods");

    const remove = methods.getByRole("button", { name: "Remove Visa ••1111" });
    const dialog = await confirmationOf(page, remove, "Remove Visa ••1111?");
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(dialog).toHaveCount(0);
    await expect(remove).toBeFocused();

    await remove.click();
    await dialog.getByRole("button", { name: "Remove", exact: true }).click();
    await expect(methods.getByRole("listitem")).toHaveText(["Visa ••0002Remove"]);
    await expect(methods.getByRole("status")).toHaveText("Visa ••1111 was removed.");
    await expect(methods.getByRole("heading", { name: "Payment methods" })).toBeFocused();
    await expectNoAxeViolations(page, "after a removal");

    const left = await page.request.get(ACCOUNTS_URL);
    expect((await left.json()).map((account: { name: string }) => account.name)).toEqual([
      "400000******0002",
    ]);
  });

  test("keyboard only: remove the last card, then the empty state says how to save one", async ({
    page,
    request,
  }) => {
    const user = await playerWith(request, SAVED.visa);
    const widget = await openAccountView(page, user);
    const methods = widget.getByRole("region", { name: "Payment methods" });
    const remove = methods.getByRole("button", { name: "Remove Visa ••1111" });
    await remove.focus();
    await page.keyboard.press("Enter");
    const dialog = confirmation(page, "Remove Visa ••1111?");
    await expectTabKeptInside(
      page,
      dialog.getByRole("button", { name: "Cancel" }),
      dialog.getByRole("button", { name: "Remove", exact: true }),
    );
    await page.keyboard.press("Enter");
    await expect(methods.getByText(/You have no saved payment methods/)).toBeVisible();
    await expect(methods.getByRole("heading", { name: "Payment methods" })).toBeFocused();
    await expectNoAxeViolations(page, "no saved methods left");
  });

  test("remove a saved PayPal account after confirming", async ({ page, request }) => {
    const user = await playerWithPaypal(request);
    const widget = await openAccountView(page, user);
    const methods = widget.getByRole("region", { name: "Payment methods" });
    await expect(methods.getByRole("listitem")).toHaveText([`${PAYPAL.label}Remove`]);
    await expectNoAxeViolations(page, "the account view with a saved PayPal account");

    const remove = methods.getByRole("button", { name: `Remove ${PAYPAL.label}`, exact: true });
    const dialog = await confirmationOf(page, remove, `Remove ${PAYPAL.label}?`);
    await dialog.getByRole("button", { name: "Remove", exact: true }).click();
    await expect(dialog).toHaveCount(0);
    await expect(methods.getByRole("status")).toHaveText(`${PAYPAL.label} was removed.`);
    await expect(methods.getByText(/You have no saved payment methods/)).toBeVisible();
    await expect(methods.getByRole("heading", { name: "Payment methods" })).toBeFocused();
    await expectNoAxeViolations(page, "after removing the PayPal account");

    const left = await page.request.get(ACCOUNTS_URL);
    expect(await left.json()).toEqual([]);
  });

  test("is not there on the xsolla backend, which has no saved methods", async ({ page }) => {
    const reads = countListReads(page);
    const widget = await openAccountView(page, freshPlayer(), "xsolla");
    await expect(widget.getByRole("region", { name: "My items" })).toBeVisible();
    await expect(widget.getByRole("region", { name: "Payment methods" })).toHaveCount(0);
    expect(reads).toHaveLength(0);
  });
});
