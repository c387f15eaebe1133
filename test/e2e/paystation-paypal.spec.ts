/**
 * The sandbox Pay Station page's stand-in PayPal (issue 13's saved PayPal accounts): a player
 * who pays with PayPal and "Save this PayPal account" finds it in the account panel as
 * "PayPal (address)", and the store offers it as a one-click button. By keyboard, with axe on
 * each state of the page and of the store.
 */
import { expectNoAxeViolations } from "./axe";
import { expect, openStore, test } from "./fixtures";
import { expectPayStationStatus, mintToken } from "./paystation/helpers";
import { freshPlayer } from "./purchase-helpers";

const ADDRESS = "pal@example.com";
const LABEL = `PayPal (${ADDRESS})`;

test('a PayPal account paid with "Save this PayPal account" is listed in the account panel and offered for one click', async ({
  page,
  request,
}) => {
  const player = freshPlayer();
  const { url } = await mintToken(request, { user: { id: player } });
  await page.goto(url);

  // Card is chosen at first; the arrow keys move the choice to PayPal, as radio buttons do.
  const card = page.getByRole("radio", { name: "Card" });
  await expect(card).toBeChecked();
  await expect(page.getByRole("group", { name: "Payment method" })).toBeVisible();
  await card.focus();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("radio", { name: "PayPal" })).toBeChecked();
  await expect(page.getByLabel("Card number")).toBeHidden();
  const form = page.getByRole("form", { name: "Pay with PayPal" });
  await expect(form).toBeVisible();
  await expectNoAxeViolations(page, "the PayPal form");

  const address = form.getByRole("textbox", { name: "PayPal e-mail address" });
  await page.keyboard.press("Tab");
  await expect(address).toBeFocused();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type(ADDRESS);
  const save = form.getByRole("checkbox", { name: "Save this PayPal account" });
  await expect(save).not.toBeChecked();
  await page.keyboard.press("Tab");
  await expect(save).toBeFocused();
  await page.keyboard.press("Space");
  await expect(save).toBeChecked();
  await expectNoAxeViolations(page, "the PayPal form with Save this PayPal account ticked");
  await page.keyboard.press("Tab");
  await expect(form.getByRole("button", { name: "Pay $4.99" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expectPayStationStatus(page, "done");
  await expectNoAxeViolations(page, "paid with PayPal");

  // The player's store offers the account for one click...
  const store = await openStore(page, { backend: "merchant", user: player });
  const oneClick = store.getByRole("button", { name: `Buy 500 Gold with ${LABEL}`, exact: true });
  await expect(oneClick).toBeVisible();
  await expectNoAxeViolations(page, "the store with the saved PayPal account's one-click button");

  // ...and its account panel lists it among the payment methods.
  await store.getByRole("button", { name: "Account", exact: true }).click();
  const methods = store.getByRole("region", { name: "Payment methods" });
  await expect(methods.getByRole("listitem")).toHaveText([`${LABEL}Remove`]);
  await expectNoAxeViolations(page, "the account panel with the saved PayPal account");
});
