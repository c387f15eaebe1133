/**
 * The player's subscriptions (issue 13, point 6) in real Chromium: a store's plan buttons follow
 * a subscription changed by another widget of its project on the same page.
 */
import type { Page } from "@playwright/test";
import { BACKENDS, expect, sectionOf, test } from "./fixtures";
import { CARDS, openAsFreshPlayer, payStationLightbox, payWithCard } from "./purchase-helpers";

const PROJECT = 44056;
/** The store's plans read: the storefront's on merchant, the public user_plans on xsolla. */
const PLANS_READ = /\/(storefront\/subscriptions|user_plans)\b/;

/** Counts the store's reads of its plans from now on. */
function countPlanReads(page: Page) {
  const seen: string[] = [];
  page.on("request", (request) => {
    if (PLANS_READ.test(new URL(request.url()).pathname)) seen.push(request.url());
  });
  return seen;
}

/** Says, from the element `selector`, what an account view says after the player's change. */
async function announceChange(page: Page, selector: string) {
  await page.evaluate((selector) => {
    document.querySelector(selector)?.dispatchEvent(
      new CustomEvent("game-storefront:subscription", {
        detail: { id: "1", planId: "x", status: "canceled" },
        bubbles: true,
        composed: true,
      }),
    );
  }, selector);
}

/** Cancels the session player's subscription to `planId` through the game server. */
async function cancelThroughGameServer(page: Page, planId: string) {
  return page.evaluate(
    async ({ project, planId }) => {
      const base = `/game/merchant/v2/projects/${project}/users/me/subscriptions`;
      const list = (await (await fetch(base)).json()) as {
        id: number;
        plan: { external_id: string };
      }[];
      const mine = list.find((s) => s.plan.external_id === planId);
      const response = await fetch(`${base}/${mine?.id}`, {
        method: "PUT",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ status: "canceled" }),
      });
      return response.status;
    },
    { project: PROJECT, planId },
  );
}

for (const backend of BACKENDS) {
  test(`${backend}: a store reads its plans again when a widget of its project says a subscription changed`, async ({
    page,
  }) => {
    const { widget } = await openAsFreshPlayer(page, backend, { rewards: "on" });
    await expect(
      sectionOf(widget, "plans").getByRole("heading", { name: "Voyager Pass" }),
    ).toBeVisible();
    await expect(page.locator("#rewards-1 .gs-root")).toBeAttached();
    const reads = countPlanReads(page);
    // From an element no widget is mounted on: not a widget's word, nothing is read.
    await announceChange(page, "#event-log");
    // From the reward-chain view of the same project, standing in for the account view.
    await announceChange(page, "#rewards-1");
    await expect.poll(() => reads.length).toBe(1);
    await page.waitForTimeout(200);
    expect(reads).toHaveLength(1);
  });
}

test("merchant: after a cancel elsewhere on the page, the store's plan button offers the plan again", async ({
  page,
}) => {
  const { widget } = await openAsFreshPlayer(page, "merchant", { rewards: "on" });
  await widget.getByRole("button", { name: "Subscribe to Voyager Pass" }).click();
  await payWithCard(page, "Voyager Pass", CARDS.success);
  await payStationLightbox(page, "Voyager Pass").closeButton.click();
  const subscribed = widget.getByRole("button", { name: "Subscribed to Voyager Pass" });
  await expect(subscribed).toHaveAttribute("aria-disabled", "true");
  const planId = await widget
    .locator("li.gs-card[data-plan-id]")
    .filter({ hasText: "Voyager Pass" })
    .getAttribute("data-plan-id");
  expect(await cancelThroughGameServer(page, planId ?? "")).toBe(200);
  // The store does not know yet: nothing told it.
  await expect(subscribed).toBeVisible();
  await announceChange(page, "#rewards-1");
  await expect(widget.getByRole("button", { name: "Subscribe to Voyager Pass" })).toBeEnabled();
});
