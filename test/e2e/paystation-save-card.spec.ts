/**
 * The sandbox Pay Station page's "Save this card": a player who pays with it ticked finds the
 * card among their saved payment accounts, as the game server lists them (issue 13).
 */
import { expectNoAxeViolations } from "./axe";
import { expect, test } from "./fixtures";
import { CARDS, expectPayStationStatus, mintToken } from "./paystation/helpers";

const ACCOUNTS = "/game/merchant/v2/projects/44056/users/me/payment_accounts";

test('a card paid with "Save this card" ticked is saved for the player', async ({
  page,
  request,
}) => {
  const player = `test-save-card-${Date.now()}`;
  const { url } = await mintToken(request, { user: { id: player } });
  await page.goto(url);

  const box = page.getByRole("checkbox", { name: "Save this card" });
  await expect(box).not.toBeChecked();
  await page.getByLabel("Card number").fill(CARDS.success);
  await box.focus();
  await page.keyboard.press("Space");
  await expect(box).toBeChecked();
  await expectNoAxeViolations(page, "the card form with Save this card ticked");
  await page.getByRole("button", { name: "Pay $4.99" }).click();
  await expectPayStationStatus(page, "done");

  expect((await request.post("/game/session", { data: { playerId: player } })).ok()).toBe(true);
  const accounts = await request.get(ACCOUNTS);
  expect(await accounts.json()).toEqual([
    {
      type: "card",
      id: expect.any(Number),
      name: "411111******1111",
      payment_system: { id: 1380, name: "Credit/Debit Cards" },
    },
  ]);
});
