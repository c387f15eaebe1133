/**
 * The sandbox's side of gifts: the emulated Pay Station asks which friend receives a gift to
 * several friends and grants it to that friend alone; the demo page's "Your items" panel shows
 * the friend owning it, and its webhook log shows the gift. The tokens are minted through the
 * sandbox's test hook, so these tests do not depend on the widget's gift picker.
 */
import { expectNoAxeViolations } from "./axe";
import { expect, openStore, test, widgetOf } from "./fixtures";
import { mintToken } from "./paystation/helpers";
import { CARDS, freshPlayer } from "./purchase-helpers";

test("Pay Station asks who receives a gift to several friends, and that friend owns the item", async ({
  page,
}) => {
  const giver = freshPlayer();
  const friends = [1, 2, 3].map((n) => ({ id: `${giver}-f${n}` }));
  const names = ["John Carter", "John Smith", "Mei Lin"];
  const { url } = await mintToken(page.request, {
    user: { id: giver, name: "Test Player", email: `${giver}@test.example` },
    purchase: {
      virtual_items: { items: [{ sku: "sword-ember", amount: 1 }] },
      gift: {
        giver_id: giver,
        message: "GG WP",
        hide_giver_from_receiver: true,
        friends: friends.map((friend, i) => ({ ...friend, name: names[i] })),
      },
    },
  });
  await page.goto(url);

  const receiver = page.getByRole("group", { name: "Who receives the gift?" });
  await expect(receiver).toBeVisible();
  await expect(receiver.getByRole("radio")).toHaveCount(3);
  for (const name of names) await expect(receiver.getByRole("radio", { name })).not.toBeChecked();
  await expect(page.getByText("A gift for one of 3 friends")).toBeVisible();
  const pay = page.getByRole("button", { name: /^Pay / });
  await expect(pay).toHaveText("Pay $4.99 (choose who receives the gift first)");
  await expectNoAxeViolations(page, "Pay Station asks who receives the gift");

  // Paying before choosing asks again, at the first friend.
  await page.getByLabel("Card number").fill(CARDS.success);
  await pay.click();
  await expect(receiver.getByRole("alert")).toHaveText("Choose who receives the gift.");
  await expect(receiver.getByRole("radio", { name: "John Carter" })).toBeFocused();
  await expectNoAxeViolations(page, "Pay Station: no receiver chosen");

  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(receiver.getByRole("radio", { name: "Mei Lin" })).toBeChecked();
  await expect(pay).toHaveText("Pay $4.99 for a gift to Mei Lin");
  await expect(page.getByText("A gift for Mei Lin")).toBeVisible();
  await expect(receiver.getByRole("alert")).toBeHidden();
  await pay.click();
  await expect(page.locator("#ps-status")).toHaveAttribute("data-status", "done");
  await expectNoAxeViolations(page, "Pay Station: gift paid");

  // The friend signs in on the demo page: the item is theirs, and the log shows the gift.
  const friend = `${giver}-f3`;
  await openStore(page, { user: friend });
  const items = page.getByRole("list", { name: "Your items" });
  await expect(items.getByRole("listitem")).toHaveText(["sword-ember × 1"]);
  await expect(page.locator("#items-status")).toHaveText(
    `Mei Lin (${friend}) owns 1 kind of item.`,
  );
  await expect(page.getByRole("list", { name: "Webhooks received" })).toContainText(
    `gift to ${friend} from ${giver}, anonymous, message "GG WP"`,
  );
  await expectNoAxeViolations(page, "demo page: the friend's items");

  // The giver owns nothing, and neither do the friends who were not chosen.
  for (const other of [giver, `${giver}-f1`]) {
    await openStore(page, { user: other });
    await expect(page.locator("#items-status")).toContainText("owns no items yet.");
    await expect(page.getByRole("list", { name: "Your items" }).getByRole("listitem")).toHaveCount(
      0,
    );
  }
});

test("the demo page turns gifting on and points the widget at the friend list", async ({
  page,
  problems,
}) => {
  problems.allowConsole(/status of 500/);
  await openStore(page, { user: freshPlayer() });
  await expect(widgetOf(page)).toHaveAttribute("data-gifting", "true");
  await expect(widgetOf(page)).toHaveAttribute("data-friends-url", "/game/friends");
  await openStore(page, { faults: "plans=500" });
  await expect(widgetOf(page)).toHaveAttribute(
    "data-friends-url",
    "/faults/plans=500/game/friends",
  );
});

test("signed out, the items panel asks the player to sign in", async ({ page }) => {
  await openStore(page, { user: "" });
  await expect(page.locator("#items-status")).toHaveText("Sign in to see your items.");
  await expectNoAxeViolations(page, "demo page signed out");
});
