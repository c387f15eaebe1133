/**
 * Helpers of the storefront's buying tests: a fresh test player per test (the sandbox knows
 * any `test-…` id, and each starts with nothing), the storefront's Pay Station lightbox,
 * paying in it, and the parts of a widget that buying changes.
 */
import { randomUUID } from "node:crypto";
import type { Locator, Page, Request } from "@playwright/test";
import { type Backend, eventLog, expect, type LoggedEvent, openStore } from "./fixtures";

export const CARDS = {
  success: "4111111111111111",
  declined: "4000000000000036",
} as const;

/** A player id nobody else uses, so balances, limits and orders start from nothing. */
export function freshPlayer(): string {
  return `test-${randomUUID().slice(0, 18)}`;
}

/** Opens the store signed in as a fresh player; answers the widget and the player's id. */
export async function openAsFreshPlayer(page: Page, backend: Backend, extra = {}) {
  const player = freshPlayer();
  const widget = await openStore(page, { backend, user: player, ...extra });
  return { widget, player };
}

/** The storefront's Pay Station lightbox (the launcher's, in its own shadow root on body). */
export function payStationLightbox(page: Page, name: string) {
  const host = page.locator("[data-xpaystation-widget-lightbox]");
  return {
    host,
    dialog: host.getByRole("dialog", { name: `Pay for ${name}` }),
    closeButton: host.getByRole("button", { name: "Close payment" }),
    frame: page.frameLocator("[data-xpaystation-widget-lightbox] iframe"),
  };
}

/** Types a card into the Pay Station form and pays, then waits for the final status. */
export async function payWithCard(page: Page, name: string, card: string) {
  const { dialog, frame } = payStationLightbox(page, name);
  await expect(dialog).toBeVisible();
  await frame.getByLabel("Card number").fill(card);
  await frame.getByRole("button", { name: /^Pay / }).click();
  await expect(frame.locator("#ps-status")).toHaveAttribute(
    "data-status",
    card === CARDS.success ? "done" : "troubled",
  );
}

/** The balance line in a widget's header. */
export function balanceOf(widget: Locator): Locator {
  return widget.locator(".gs-balance");
}

/** The widget's latest purchase message (success and info in the status region, errors as alerts). */
export function noticeOf(widget: Locator): Locator {
  return widget.locator(".gs-notice");
}

/** The storefront events logged so far, without the `game-storefront:` prefix. */
export async function storefrontEvents(page: Page): Promise<LoggedEvent[]> {
  return (await eventLog(page)).map(({ type, detail }) => ({
    type: type.replace(/^game-storefront:/, ""),
    detail,
  }));
}

/** Waits until the page has logged `type` (`count` times). */
export async function expectEvent(page: Page, type: string, count = 1) {
  await expect(
    page.locator("#event-log li").filter({ hasText: new RegExp(`^game-storefront:${type} `) }),
  ).toHaveCount(count);
}

const PURCHASE_PATH =
  /\/(token|free\/item\/|payment\/item\/|subscriptions\/buy|order\/|virtual_currency_balance)/;

/** Records the requests that buy, claim or confirm (every POST to the game server or the Store). */
export function recordPurchaseRequests(page: Page): Request[] {
  const requests: Request[] = [];
  page.on("request", (request) => {
    const path = new URL(request.url()).pathname;
    if (request.method() === "POST" && PURCHASE_PATH.test(path)) requests.push(request);
  });
  return requests;
}

/** How many orders the sandbox's game server heard of for a player, from its webhook log. */
export async function webhooksFor(page: Page, player: string) {
  const response = await page.request.get("/game/webhooks/log");
  expect(response.ok()).toBe(true);
  const entries = (await response.json()) as { user?: string; notification_type?: string }[];
  return entries.filter((entry) => entry.user === player);
}

export interface SandboxOrder {
  orderId: number;
  status: string;
  payment: "real" | "virtual" | "free";
  items: { sku: string; quantity: number }[];
}

/** The orders the emulated vendor recorded for a player. */
export async function ordersFor(page: Page, player: string): Promise<SandboxOrder[]> {
  const response = await page.request.get(`/__sandbox/orders?user=${encodeURIComponent(player)}`);
  expect(response.ok()).toBe(true);
  return response.json();
}
