/**
 * A whole gift, as a player gives one, against both backends: the Gift button, the picker
 * (search, choose, message, anonymity), the token request the game server receives, Pay
 * Station, the store's `gift` event and message, the game server's webhook and the friend's
 * inventory. Also the picker's paging, its 100-friend limit, its empty and failed lists, a
 * token endpoint that refuses (the dialog keeps what was chosen) and the keyboard.
 */
import { randomUUID } from "node:crypto";
import type { Locator, Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { BACKENDS, expect, openStore, test, widgetOf } from "./fixtures";
import {
  balanceOf,
  CARDS,
  expectEvent,
  noticeOf,
  openAsFreshPlayer,
  payStationLightbox,
  payWithCard,
  storefrontEvents,
} from "./purchase-helpers";

const SWORD = "Emberfang Sword";
const SWORD_SKU = "sword-ember";

/** The picker the Gift button of `name` opens, and its parts, by their accessible names. */
function pickerOf(widget: Locator, name: string) {
  const dialog = widget.getByRole("dialog", { name: `Gift ${name}` });
  const list = dialog.getByRole("listbox", { name: "Friends" });
  return {
    dialog,
    search: dialog.getByRole("searchbox", { name: "Search friends" }),
    list,
    options: list.getByRole("option"),
    message: dialog.getByRole("textbox", { name: "Message" }),
    anonymous: dialog.getByRole("checkbox", { name: "Send anonymously" }),
    continue: dialog.getByRole("button", { name: /^Continue to payment/ }),
  };
}

/** Waits for the next token request the widget sends and answers its JSON body. */
function nextTokenRequest(page: Page) {
  return page
    .waitForRequest(
      (request) =>
        request.method() === "POST" && new URL(request.url()).pathname.endsWith("/token"),
    )
    .then((request) => request.postDataJSON());
}

/** A test player with 130 friends (the sandbox's `test-many-` players). */
const playerWithManyFriends = () => `test-many-${randomUUID().slice(0, 12)}`;

for (const backend of BACKENDS) {
  test.describe(`${backend} backend`, () => {
    test("a gift to one friend found by search, with a message, anonymously, reaches that friend", async ({
      page,
    }) => {
      const { widget, player } = await openAsFreshPlayer(page, backend);
      const friend = `${player}-f1`;
      const giftButton = widget.getByRole("button", { name: `Gift ${SWORD}` });
      await giftButton.click();

      const picker = pickerOf(widget, SWORD);
      await expect(picker.dialog).toBeVisible();
      await expect(picker.search).toBeFocused();
      await expect(picker.options).toHaveCount(8);
      await expect(picker.options.first()).toHaveAccessibleName("John Carter");
      await expect(picker.continue).toBeDisabled();
      await expect(picker.anonymous).toBeChecked();
      await expectNoAxeViolations(page, "gift picker open");

      await picker.search.fill("carter");
      await expect(picker.options).toHaveCount(1);
      await picker.list.getByRole("option", { name: "John Carter" }).click();
      await expect(picker.list.getByRole("option", { name: "John Carter" })).toHaveAttribute(
        "aria-selected",
        "true",
      );
      await expect(picker.dialog.getByText("1 friend chosen")).toBeVisible();
      await picker.message.fill("GG WP");
      await expect(picker.dialog.getByText("5/255")).toBeVisible();
      await expect(picker.continue).toBeEnabled();
      await expectNoAxeViolations(page, "gift picker: a friend chosen");

      const body = nextTokenRequest(page);
      await picker.continue.click();
      expect((await body).purchase).toEqual({
        virtual_items: { items: [{ sku: SWORD_SKU, amount: 1 }] },
        gift: {
          message: "GG WP",
          hide_giver_from_receiver: true,
          friends: [{ id: friend, name: "John Carter", email: `${friend}@test.example` }],
        },
      });
      await expect(picker.dialog).toHaveCount(0);

      // One friend: Pay Station asks nothing and the friend receives the gift.
      await payWithCard(page, SWORD, CARDS.success);
      await expect(noticeOf(widget)).toContainText("Gift sent to John Carter.");
      await expectEvent(page, "gift");
      const box = payStationLightbox(page, SWORD);
      await box.closeButton.click();
      await expect(box.host).toHaveCount(0);
      await expect(giftButton).toBeFocused();

      const events = await storefrontEvents(page);
      expect(events.find((event) => event.type === "gift")?.detail).toEqual({
        sku: SWORD_SKU,
        friends: 1,
      });
      const done = events.find((event) => event.type === "status-done");
      expect(done?.detail.sku).toBe(SWORD_SKU);
      // A gift is not the giver's purchase.
      expect(events.map((event) => event.type)).not.toContain("purchase");

      // The game server heard of the gift by webhook, and the friend owns the sword.
      await expect(page.getByRole("list", { name: "Webhooks received" })).toContainText(
        `gift to ${friend} from ${player}, anonymous, message "GG WP"`,
      );
      await openStore(page, { backend, user: friend });
      await expect(page.getByRole("list", { name: "Your items" }).getByRole("listitem")).toHaveText(
        [`${SWORD_SKU} × 1`],
      );
      await openStore(page, { backend, user: player });
      await expect(page.locator("#items-status")).toContainText("owns no items yet.");
    });

    test("a refused gift keeps the dialog open with what the player chose", async ({
      page,
      problems,
    }) => {
      problems.allowConsole(/status of 422/);
      const { widget } = await openAsFreshPlayer(page, backend, { faults: "token=422" });
      await widget.getByRole("button", { name: "Gift 500 Gold" }).click();
      const picker = pickerOf(widget, "500 Gold");
      await picker.list.getByRole("option", { name: "Mei Lin" }).click();
      await picker.search.fill("john");
      await expect(picker.options).toHaveCount(2);
      await picker.list.getByRole("option", { name: "John Smith" }).click();
      await picker.message.fill("Happy birthday");
      await picker.anonymous.uncheck();

      const body = nextTokenRequest(page);
      await picker.continue.click();
      expect((await body).purchase.gift).toMatchObject({
        message: "Happy birthday",
        hide_giver_from_receiver: false,
      });
      const alert = picker.dialog.getByRole("alert");
      await expect(alert).toContainText("Couldn't send 500 Gold as a gift.");
      await expect(alert).toContainText("purchase.gift.friends[0].id");
      await expect(payStationLightbox(page, "500 Gold").host).toHaveCount(0);
      // Everything chosen is still there.
      await expect(picker.dialog).toBeVisible();
      await expect(picker.dialog.getByText("2 friends chosen")).toBeVisible();
      await expect(picker.search).toHaveValue("john");
      await expect(picker.list.getByRole("option", { name: "John Smith" })).toHaveAttribute(
        "aria-selected",
        "true",
      );
      await expect(picker.message).toHaveValue("Happy birthday");
      await expect(picker.anonymous).not.toBeChecked();
      await expectNoAxeViolations(page, "gift picker: the token endpoint refused");
    });
  });
}

test("the picker works by keyboard, and Escape gives the focus back to the Gift button", async ({
  page,
}) => {
  const { widget } = await openAsFreshPlayer(page, "merchant");
  const giftButton = widget.getByRole("button", { name: "Gift 500 Gold" });
  await giftButton.focus();
  await page.keyboard.press("Enter");
  const picker = pickerOf(widget, "500 Gold");
  await expect(picker.search).toBeFocused();
  await expect(picker.options).toHaveCount(8);
  // A picture where the friend has one (and it loads), their initials where not.
  const carterPicture = picker.list.getByRole("option", { name: "John Carter" }).locator("img");
  await expect(carterPicture).toHaveJSProperty("complete", true);
  expect(await carterPicture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(
    0,
  );
  await expect(picker.list.getByRole("option", { name: "Mei Lin" }).locator("img")).toHaveCount(0);
  await expect(picker.list.getByRole("option", { name: "Mei Lin" })).toContainText("ML");

  // Typing asks once the player pauses, not once per key.
  const searches: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.pathname.endsWith("/friends")) searches.push(url.searchParams.get("query") ?? "");
  });
  await picker.search.pressSequentially("smith", { delay: 40 });
  await expect(picker.options).toHaveCount(1);
  await expect(picker.options).toHaveAccessibleName("John Smith");
  // Once the player pauses: the last search is the whole word, and far fewer went out than
  // keys were pressed (a loaded machine may see a pause mid-word).
  expect(searches.at(-1)).toBe("smith");
  expect(searches.length).toBeLessThanOrEqual(2);
  await picker.search.fill("");
  await expect(picker.options).toHaveCount(8);

  await picker.search.focus();
  await page.keyboard.press("Tab");
  const first = picker.list.getByRole("option", { name: "John Carter" });
  await expect(first).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  const third = picker.list.getByRole("option", { name: "Mei Lin" });
  await expect(third).toBeFocused();
  await page.keyboard.press("Space");
  await expect(third).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("End");
  await page.keyboard.press("Space");
  await expect(picker.dialog.getByText("2 friends chosen")).toBeVisible();
  await page.keyboard.press("Space");
  await expect(picker.dialog.getByText("1 friend chosen")).toBeVisible();
  // Tab stays inside the dialog, however far it goes.
  for (let i = 0; i < 12; i += 1) {
    await page.keyboard.press("Tab");
    expect(await picker.dialog.evaluate((dialog) => dialog.matches(":focus-within"))).toBe(true);
  }
  await page.keyboard.press("Escape");
  await expect(picker.dialog).toHaveCount(0);
  await expect(giftButton).toBeFocused();
  await expectNoAxeViolations(page, "gift picker closed");
});

test("a gift to three friends: Pay Station asks who receives it, and the store says three", async ({
  page,
}) => {
  const { widget, player } = await openAsFreshPlayer(page, "xsolla");
  await widget.getByRole("button", { name: "Gift 500 Gold" }).click();
  const picker = pickerOf(widget, "500 Gold");
  for (const name of ["John Carter", "Mei Lin", "Kenji Sato"]) {
    await picker.list.getByRole("option", { name }).click();
  }
  await expect(picker.dialog.getByText("3 friends chosen")).toBeVisible();
  const body = nextTokenRequest(page);
  await picker.continue.click();
  expect((await body).purchase.gift.friends.map((friend: { name: string }) => friend.name)).toEqual(
    ["John Carter", "Mei Lin", "Kenji Sato"],
  );
  const { dialog, frame } = payStationLightbox(page, "500 Gold");
  await expect(dialog).toBeVisible();
  await frame.getByRole("radio", { name: "Kenji Sato" }).check();
  await frame.getByLabel("Card number").fill(CARDS.success);
  await frame.getByRole("button", { name: /^Pay / }).click();
  await expect(frame.locator("#ps-status")).toHaveAttribute("data-status", "done");
  await expect(noticeOf(widget)).toContainText("Gift sent to 3 friends.");
  const gift = (await storefrontEvents(page)).find((event) => event.type === "gift");
  expect(gift?.detail).toEqual({ sku: "gold-500", friends: 3 });
  await expect(page.getByRole("list", { name: "Webhooks received" })).toContainText(
    `gift to ${player}-f8 from ${player}`,
  );
});

test("more friends load as the list scrolls, and the 101st is refused", async ({ page }) => {
  // A hundred clicks, each a render of the picker: slower than a usual test.
  test.setTimeout(120_000);
  const widget = await openStore(page, { backend: "merchant", user: playerWithManyFriends() });
  await widget.getByRole("button", { name: "Gift 500 Gold" }).click();
  const picker = pickerOf(widget, "500 Gold");
  await expect(picker.options).toHaveCount(20);
  await picker.list.hover();
  await page.mouse.wheel(0, 4000);
  // A page or more follows, as far as the list has scrolled (how far depends on the machine).
  await expect.poll(() => picker.options.count()).toBeGreaterThanOrEqual(40);
  await expectNoAxeViolations(page, "gift picker: a second page of friends");

  // Choose a hundred, one after the other; each click brings the next into view.
  for (let i = 0; i < 100; i += 1) await picker.options.nth(i).click();
  await expect(picker.dialog.getByText("100 friends chosen")).toBeVisible();
  const hundredFirst = picker.options.nth(100);
  await hundredFirst.click();
  await expect(picker.dialog.getByText("You can choose up to 100 friends.")).toBeVisible();
  await expect(hundredFirst).toHaveAttribute("aria-selected", "false");
  await expect(picker.dialog.getByText("100 friends chosen")).toBeVisible();
  await expectNoAxeViolations(page, "gift picker: the 101st friend refused");
});

test("an empty friend list and a failed one each say so, and the failed one retries", async ({
  page,
  problems,
}) => {
  problems.allowConsole(/status of 500/);
  const { widget } = await openAsFreshPlayer(page, "xsolla", { faults: "friends=empty" });
  await widget.getByRole("button", { name: "Gift 500 Gold" }).click();
  let picker = pickerOf(widget, "500 Gold");
  await expect(picker.dialog.getByText("Your friend list is empty")).toBeVisible();
  await expectNoAxeViolations(page, "gift picker: no friends");
  await page.keyboard.press("Escape");

  await openAsFreshPlayer(page, "xsolla", { faults: "friends=500" });
  const failing = widgetOf(page);
  let answers = 0;
  await page.route("**/friends?**", async (route) => {
    answers += 1;
    // The first try and its three automatic retries fail as the sandbox makes them; the
    // player's retry reaches the real list.
    if (answers <= 4) await route.continue();
    else await route.continue({ url: route.request().url().replace("/faults/friends=500", "") });
  });
  await failing.getByRole("button", { name: "Gift 500 Gold" }).click();
  picker = pickerOf(failing, "500 Gold");
  await expect(picker.dialog.getByRole("alert")).toContainText("Your friends could not be loaded.");
  await expectNoAxeViolations(page, "gift picker: the friend list failed");
  await picker.dialog.getByRole("button", { name: "Try again" }).click();
  await expect(picker.options).toHaveCount(8);
  await expect(picker.search).toHaveValue("");
});

for (const backend of BACKENDS) {
  test(`${backend} backend: an item priced in gold is given from the giver's balance`, async ({
    page,
  }) => {
    test.setTimeout(60_000);
    const { widget, player } = await openAsFreshPlayer(page, backend);
    // Gold first, so the giver can pay for the bow.
    await widget.getByRole("button", { name: "Buy 500 Gold" }).click();
    await payWithCard(page, "500 Gold", CARDS.success);
    await payStationLightbox(page, "500 Gold").closeButton.click();
    await expect(balanceOf(widget)).toHaveText(/^Balance: 550 /);

    await widget.getByRole("treeitem", { name: "Bows" }).click();
    await widget.getByRole("button", { name: "Gift Hunter's Longbow" }).click();
    const picker = pickerOf(widget, "Hunter's Longbow");
    await picker.list.getByRole("option", { name: "John Smith" }).click();
    await picker.continue.click();
    const { dialog, frame } = payStationLightbox(page, "Hunter's Longbow");
    await expect(dialog).toBeVisible();
    await frame.getByRole("button", { name: "Pay 250 Gold" }).click();
    await expect(frame.locator("#ps-status")).toHaveAttribute("data-status", "done");
    await expect(noticeOf(widget)).toContainText("Gift sent to John Smith.");
    await expect(balanceOf(widget)).toHaveText(/^Balance: 300 /);
    await openStore(page, { backend, user: `${player}-f2` });
    await expect(page.getByRole("list", { name: "Your items" }).getByRole("listitem")).toHaveText([
      "bow-hunter × 1",
    ]);
  });
}
