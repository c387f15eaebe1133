/**
 * The store's "Account" entry (issue 13): the player's corner inside the store, in the
 * catalog's place, on the demo page as a player meets it, by keyboard, on both backends.
 */
import { expectNoAxeViolations } from "./axe";
import { expect, openStore, test } from "./fixtures";
import { balanceOf, freshPlayer, openAsFreshPlayer } from "./purchase-helpers";

/** How each backend names the demo's gold in a balance. */
const GOLD = { merchant: "coins", xsolla: "Gold" } as const;

for (const backend of ["merchant", "xsolla"] as const) {
  test(`${backend}: Account opens the player's corner in the store; a coupon redeemed there reaches the store's balance; Back to the store`, async ({
    page,
  }) => {
    const { widget } = await openAsFreshPlayer(page, backend);
    const items = widget.getByRole("region", { name: "Items", exact: true });
    await expect(items).toBeVisible();

    const entry = widget.getByRole("button", { name: "Account", exact: true });
    await entry.focus();
    await page.keyboard.press("Enter");
    const panel = widget.getByRole("heading", { name: "Your account", level: 2 });
    await expect(panel).toBeVisible();
    // The catalog makes way for the panel; the entry now leads back, and keeps the focus.
    await expect(items).toHaveCount(0);
    const back = widget.getByRole("button", { name: "Back to the store", exact: true });
    await expect(back).toBeFocused();
    await expect(widget.getByRole("region", { name: "My items" })).toBeVisible();
    await expectNoAxeViolations(page, `${backend} store with its account panel open`);

    // The panel's coupon form, reached by Tab from the entry.
    const field = widget.getByRole("textbox", { name: "Coupon code", exact: true });
    for (let i = 0; i < 30 && !(await field.evaluate((el) => el.matches(":focus"))); i += 1)
      await page.keyboard.press("Tab");
    await expect(field).toBeFocused();
    await page.keyboard.type("WELCOME100");
    await page.keyboard.press("Enter");
    const confirm = widget.getByRole("button", { name: "Redeem WELCOME100", exact: true });
    await expect(confirm).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(
      widget.getByRole("status").filter({ hasText: "WELCOME100 redeemed" }),
    ).toBeVisible();
    // The store's own balance, above the panel, follows the coupon.
    await expect(balanceOf(widget)).toHaveText(`Balance: 100 ${GOLD[backend]}`);
    const events = page.locator("#event-log li", { hasText: "game-storefront:coupon" });
    await expect(events).toHaveCount(1);

    await back.click();
    await expect(items).toBeVisible();
    await expect(panel).toHaveCount(0);
    await expect(entry).toBeFocused();
    await expectNoAxeViolations(page, `${backend} store back from its account panel`);

    // Opened again, the panel reads the player's holdings afresh: the potion is there.
    await entry.click();
    await expect(widget.getByRole("region", { name: "My items" }).getByRole("listitem")).toHaveText(
      ["Health Potion×1"],
    );
  });
}

test("a signed-out player's store has no Account entry", async ({ page }) => {
  const widget = await openStore(page, { backend: "merchant", user: "" });
  await expect(widget.getByRole("region", { name: "Items", exact: true })).toBeVisible();
  await expect(widget.getByRole("button", { name: "Account", exact: true })).toHaveCount(0);
});

test("destroy() with the account panel open removes it and sends nothing more", async ({
  page,
}) => {
  const { widget } = await openAsFreshPlayer(page, "merchant");
  await widget.getByRole("button", { name: "Account", exact: true }).click();
  await expect(widget.getByRole("heading", { name: "Your account", level: 2 })).toBeVisible();
  // Only what starts once destroy() has returned counts: the panel's first reads may still be
  // going out until then.
  let destroyed = false;
  const later: string[] = [];
  page.on("request", (request) => {
    if (destroyed) later.push(request.url());
  });
  await page.evaluate(() => {
    const element = document.querySelector("[data-game-storefront]");
    if (element) window.GameStorefront?.get(element)?.destroy();
  });
  destroyed = true;
  await expect(widget.locator("*")).toHaveCount(0);
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
  expect(later.filter((url) => /\/(game|store)\//.test(url))).toEqual([]);
});

test("a saved card removed in the store's account panel leaves the store's one-click buttons when the player goes back", async ({
  page,
  request,
}) => {
  const user = freshPlayer();
  for (const card of ["4111111111111111", "4000000000000002"]) {
    const saved = await request.post("/__sandbox/payment-accounts", { data: { user, card } });
    expect(saved.status()).toBe(201);
  }
  const widget = await openStore(page, { backend: "merchant", user });
  const oneClick = (method: string) =>
    widget.getByRole("button", { name: `Buy 500 Gold with ${method}`, exact: true });
  await expect(oneClick("Visa ••1111")).toBeVisible();

  await widget.getByRole("button", { name: "Account", exact: true }).click();
  const methods = widget.getByRole("region", { name: "Payment methods" });
  await methods.getByRole("button", { name: "Remove Visa ••1111" }).click();
  await page
    .getByRole("dialog", { name: "Remove Visa ••1111?" })
    .getByRole("button", { name: "Remove", exact: true })
    .click();
  await expect(methods.getByRole("listitem")).toHaveText(["Visa ••0002Remove"]);

  await widget.getByRole("button", { name: "Back to the store", exact: true }).click();
  await expect(oneClick("Visa ••0002")).toBeVisible();
  await expect(oneClick("Visa ••1111")).toHaveCount(0);
});
