/**
 * One-click buying of items with a saved payment method (issue 13, point 5), merchant backend:
 * an item sold for money gets "Buy with Visa ••1111" as currency packages do; the game server
 * charges its price and grants it, and an account view on the same page shows it in My items.
 * A declined charge opens Pay Station for the same item; a charge the game server could not
 * follow with the item (a sandbox hook fails the player's grant) says so and opens nothing; a
 * card removed in an account view on the page takes the store's one-click buttons with it. Each test's player is fresh, with the
 * cards a sandbox hook saves for them (as "Save this card" does).
 */
import type { APIRequestContext, Locator, Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { cardBySku, expect, openStore, test } from "./fixtures";
import {
  CARDS,
  expectEvent,
  noticeOf,
  payStationLightbox,
  payWithCard,
  storefrontEvents,
} from "./purchase-helpers";
import { expectPayAnotherWayWindow, playerWith, SAVED } from "./saved-helpers";

const SWORD = { sku: "sword-ember", name: "Emberfang Sword", price: "$4.99" } as const;

/**
 * The demo page's merchant store for `user` (its Pay Station on the sandbox's other origin)
 * and, with `account`, an account view of the same project added below it, as a studio's page
 * would hold both.
 */
async function openPage(page: Page, user: string, { account = false, paystation = "" } = {}) {
  const store = await openStore(page, {
    backend: "merchant",
    user,
    ...(paystation && { paystation }),
  });
  if (account) {
    await store.evaluate((element) => {
      const view = element.cloneNode(false) as HTMLElement;
      view.id = "account-view";
      view.dataset.view = "account";
      element.after(view);
    });
  }
  await expect(store.getByRole("button", { name: `Buy ${SWORD.name}`, exact: true })).toBeVisible();
  return { store, account: page.locator("#account-view") };
}

function oneClick(scope: Locator, name: string, method = "Visa ••1111") {
  return scope.getByRole("button", { name: `Buy ${name} with ${method}`, exact: true });
}

/** The confirmation, in the top layer, from the widget's shadow root. */
function confirmation(page: Page, name: string, price: string, method = "Visa ••1111") {
  return page.getByRole("dialog", { name: `Buy ${name} for ${price} with ${method}?` });
}

test("a saved Visa buys an item in one click, and My items on the page shows it", async ({
  page,
  request,
}) => {
  // Axe goes over the demo page with two widgets four times.
  test.slow();
  const user = await playerWith(request, SAVED.visa);
  const { store, account } = await openPage(page, user, { account: true });
  const myItems = account.getByRole("region", { name: "My items" });
  await expect(myItems.getByText("You don't have any items yet.")).toBeVisible();

  const button = oneClick(store, SWORD.name);
  await expect(button).toBeVisible();
  await expect(button.locator(".gs-sr-only")).toHaveText(SWORD.name);
  // Not paid with money: a free item and one priced only in gold have none.
  await expect(cardBySku(store, "sword-training").getByRole("button")).toHaveCount(1);
  await expect(
    cardBySku(store, "bow-hunter").getByRole("button", { name: /with Visa/ }),
  ).toHaveCount(0);
  await expectNoAxeViolations(page, "items with one-click buttons");
  await expectNoAxeViolations(page, "the items' one-click buttons' names", {
    rules: ["label-content-name-mismatch"],
  });

  await button.click();
  const dialog = confirmation(page, SWORD.name, SWORD.price);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await expectNoAxeViolations(page, "an item's one-click confirmation");
  await dialog.getByRole("button", { name: "Confirm" }).click();

  await expect(dialog).toHaveCount(0);
  await expect(noticeOf(store)).toContainText(`${SWORD.name} is yours, paid with Visa ••1111.`);
  await expect(button).toBeFocused();
  await expect(myItems.getByRole("listitem")).toHaveText([`${SWORD.name}×1`]);
  await expectEvent(page, "purchase");
  const purchase = (await storefrontEvents(page)).find((event) => event.type === "purchase");
  expect(purchase?.detail).toEqual({ sku: SWORD.sku, orderId: null });
  await expect(payStationLightbox(page, SWORD.name).host).toHaveCount(0);
  await expectNoAxeViolations(page, "after an item's one-click purchase");
});

/** A fresh player confirms a one-click buy of the sword with a card that has no funds. */
async function refusedCharge(page: Page, request: APIRequestContext, paystation = "") {
  const user = await playerWith(request, SAVED.noFunds);
  const { store } = await openPage(page, user, { paystation });
  await oneClick(store, SWORD.name, "Visa ••0002").click();
  await confirmation(page, SWORD.name, SWORD.price, "Visa ••0002")
    .getByRole("button", { name: "Confirm" })
    .click();
  return store;
}

test("a declined saved card says so and opens Pay Station for the same item", async ({
  page,
  request,
  problems,
}) => {
  problems.allowConsole(/402/);
  const store = await refusedCharge(page, request);

  await expect(payStationLightbox(page, SWORD.name).dialog).toBeVisible();
  await expect(noticeOf(store).getByRole("alert")).toHaveText(
    `Visa ••0002 has insufficient funds, so ${SWORD.name} was not bought. You can pay another way.`,
  );
  const error = (await storefrontEvents(page)).find((event) => event.type === "error");
  expect(error?.detail).toMatchObject({ code: "http-402-insufficient_funds", sku: SWORD.sku });
  await expectNoAxeViolations(page, "Pay Station open after an item's refused charge");

  await payWithCard(page, SWORD.name, CARDS.success);
  await expect(noticeOf(store)).toContainText(`${SWORD.name} is yours.`);
});

test("with Pay Station in a window of its own, the refusal's button opens it for the item", async ({
  page,
  request,
  problems,
}) => {
  problems.allowConsole(/402/);
  const store = await refusedCharge(page, request, "window");
  await expectPayAnotherWayWindow(page, store, SWORD.name);
});

test("an item charged but not delivered says not to pay again, and opens no Pay Station", async ({
  page,
  request,
  problems,
}) => {
  // The game server's 502 is logged as a failed load.
  problems.allowConsole(/502/);
  const user = await playerWith(request, SAVED.visa);
  // The vendor refuses this player's next grant only, so tests beside this one buy as usual.
  const fault = await request.post("/__sandbox/grant-faults", { data: { user } });
  expect(fault.status(), "the sandbox fails the player's next grant").toBe(201);
  const popups: Page[] = [];
  page.on("popup", (popup) => popups.push(popup));
  const { store } = await openPage(page, user);

  await oneClick(store, SWORD.name).click();
  await confirmation(page, SWORD.name, SWORD.price)
    .getByRole("button", { name: "Confirm" })
    .click();

  const alert = noticeOf(store).getByRole("alert");
  await expect(alert).toContainText(
    `Visa ••1111 was charged for ${SWORD.name}, but it could not be delivered. Don’t pay again: please contact support.`,
  );
  // The game server's own words name the transaction, for the player to quote to support.
  await expect(alert).toContainText(/transaction \d+/);
  await expect(store.getByRole("button", { name: /another way/ })).toHaveCount(0);
  await expectEvent(page, "error");
  const events = await storefrontEvents(page);
  expect(events.find((event) => event.type === "error")?.detail).toMatchObject({
    code: "http-502-not_delivered",
    sku: SWORD.sku,
  });
  expect(events.some((event) => event.type === "purchase")).toBe(false);
  await expectNoAxeViolations(page, "an item charged but not delivered");
  // Nothing opens late either: no lightbox, no window.
  await expect(payStationLightbox(page, SWORD.name).host).toHaveCount(0);
  expect(popups).toEqual([]);
});

test("keyboard only: from an item's Buy button to its one-click purchase", async ({
  page,
  request,
}) => {
  const user = await playerWith(request, SAVED.visa);
  const { store } = await openPage(page, user);
  const button = oneClick(store, SWORD.name);
  const dialog = confirmation(page, SWORD.name, SWORD.price);

  // The one-click button comes with its chunk and the saved methods, after the first paint.
  await expect(button).toBeVisible();
  await store.getByRole("button", { name: `Buy ${SWORD.name}`, exact: true }).focus();
  await page.keyboard.press("Tab");
  await expect(button).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(dialog.getByRole("button", { name: "Confirm" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(noticeOf(store)).toContainText(`${SWORD.name} is yours, paid with Visa ••1111.`);
  await expect(button).toBeFocused();
});

test("a card removed in an account view on the page takes the store's one-click buttons", async ({
  page,
  request,
}) => {
  const user = await playerWith(request, SAVED.visa);
  const { store, account } = await openPage(page, user, { account: true });
  await expect(oneClick(store, SWORD.name)).toBeVisible();
  await expect(oneClick(store, "500 Gold")).toBeVisible();

  const removals = page.evaluate(
    () =>
      new Promise((resolve) =>
        document.addEventListener("game-storefront:payment-method-remove", (event) =>
          resolve({ detail: (event as CustomEvent).detail, target: (event.target as Element).id }),
        ),
      ),
  );
  const methods = account.getByRole("region", { name: "Payment methods" });
  await methods.getByRole("button", { name: "Remove Visa ••1111" }).click();
  await page
    .getByRole("dialog", { name: "Remove Visa ••1111?" })
    .getByRole("button", { name: "Remove", exact: true })
    .click();
  await expect(methods.getByRole("status")).toHaveText("Visa ••1111 was removed.");

  // The store did not refresh: it heard the account view's event.
  await expect(store.getByRole("button", { name: /with Visa/ })).toHaveCount(0);
  expect(await removals).toMatchObject({ detail: { type: "card" }, target: "account-view" });
  await expectNoAxeViolations(page, "the store after a removal in the account view");
});
