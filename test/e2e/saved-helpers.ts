/**
 * What the one-click buying specs share (saved-methods.spec.ts for packages and the account
 * view's methods, saved-items.spec.ts for items): fresh players with saved test cards, and the
 * refusal's way to Pay Station in a window of its own.
 */
import type { APIRequestContext, Locator, Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { expect } from "./fixtures";
import { freshPlayer, noticeOf } from "./purchase-helpers";

/** The sandbox's test cards a player may save (seed 002). */
export const SAVED = { visa: "4111111111111111", noFunds: "4000000000000002" } as const;

/** Saves test cards for a fresh player and answers the player's id. */
export async function playerWith(request: APIRequestContext, ...cards: string[]) {
  const user = freshPlayer();
  for (const card of cards) {
    const saved = await request.post("/__sandbox/payment-accounts", { data: { user, card } });
    expect(saved.status(), "the sandbox saves the card").toBe(201);
  }
  return user;
}

/**
 * After a charge refused for want of funds, with Pay Station in a window of its own: the
 * message's "Pay for NAME another way" (clean for axe) opens the window.
 */
export async function expectPayAnotherWayWindow(page: Page, store: Locator, name: string) {
  await expect(noticeOf(store).getByRole("alert")).toContainText("has insufficient funds");
  const again = store.getByRole("button", { name: `Pay for ${name} another way` });
  await expectNoAxeViolations(page, `${name}'s refused charge with its button to pay another way`);
  const popup = page.waitForEvent("popup");
  await again.click();
  await expect((await popup).locator("body")).toBeVisible();
}
