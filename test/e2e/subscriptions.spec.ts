/**
 * The player's subscriptions (issue 13, point 6) in real Chromium: My subscriptions in an
 * account view beside the demo page's store, on both backends, by keyboard, with axe in each
 * state; and the store's plan buttons following a subscription changed by another widget of
 * its project on the same page, and on xsolla the store's plan cards saying which plan is the
 * player's from their own subscriptions. One fresh sandbox player per test, so nothing needs
 * resetting.
 */
import type { Locator, Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { BACKENDS, cardByName, expect, openStore, sectionOf, test } from "./fixtures";
import {
  CARDS,
  openAsFreshPlayer,
  payStationLightbox,
  payWithCard,
  storefrontEvents,
} from "./purchase-helpers";

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

/** The id the store's card of a plan carries (`data-plan-id`). */
function planIdOf(store: Locator, name: string) {
  return store
    .locator("li.gs-card[data-plan-id]")
    .filter({ hasText: name })
    .getAttribute("data-plan-id");
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
  const planId = await planIdOf(widget, "Voyager Pass");
  expect(await cancelThroughGameServer(page, planId ?? "")).toBe(200);
  // The store does not know yet: nothing told it.
  await expect(subscribed).toBeVisible();
  await announceChange(page, "#rewards-1");
  await expect(widget.getByRole("button", { name: "Subscribe to Voyager Pass" })).toBeEnabled();
});

/** Adds an account view beside the demo page's store, as a studio's page would hold both. */
async function addAccountView(page: Page, store: Locator) {
  await store.evaluate((element) => {
    const account = element.cloneNode(false) as HTMLElement;
    account.id = "account-view";
    account.dataset.view = "account";
    element.after(account);
  });
  const widget = page.locator("#account-view");
  return { widget, section: widget.getByRole("region", { name: "My subscriptions" }) };
}

/** Tabs forward until `target` has the focus, as a player on a keyboard gets to a control. */
async function tabUntilFocused(page: Page, target: Locator, most = 40) {
  const focused = () =>
    target.evaluate((element) => (element.getRootNode() as ShadowRoot).activeElement === element);
  for (let presses = 0; presses < most && !(await focused()); presses += 1) {
    await page.keyboard.press("Tab");
  }
  expect(await focused()).toBe(true);
}

/** The plan's row in My subscriptions. */
const rowOf = (section: Locator, name: string) =>
  section
    .getByRole("listitem")
    .filter({ has: section.page().getByRole("heading", { name, level: 4 }) });

for (const backend of BACKENDS) {
  test(`${backend}: a plan bought in the store shows in My subscriptions, and its renewal is turned off by keyboard`, async ({
    page,
  }) => {
    const { widget: store } = await openAsFreshPlayer(page, backend);
    const { widget, section } = await addAccountView(page, store);
    await expect(section.getByText(/^You have no subscriptions\./)).toBeVisible();
    await expectNoAxeViolations(page, `${backend} no subscriptions`, { include: "#account-view" });

    await store.getByRole("button", { name: "Subscribe to Voyager Pass" }).click();
    await payWithCard(page, "Voyager Pass", CARDS.success);
    await payStationLightbox(page, "Voyager Pass").closeButton.click();
    // The store's purchase makes the account view read its sections again.
    const row = rowOf(section, "Voyager Pass");
    await expect(row.getByText("Status: Active, renews automatically")).toBeVisible();
    await expect(row.getByText(/^Next charge: [A-Z][a-z]+ \d{1,2}, \d{4}$/)).toBeVisible();
    await expect(row.getByText("Price: $4.99 / month")).toBeVisible();
    await expectNoAxeViolations(page, `${backend} an active plan`, { include: "#account-view" });

    const stop = widget.getByRole("button", { name: "Turn off auto-renewal for Voyager Pass" });
    await tabUntilFocused(page, stop);
    await page.keyboard.press("Enter");
    const dialog = widget.getByRole("dialog", { name: "Turn off auto-renewal for Voyager Pass?" });
    await expect(dialog).toContainText(
      /Voyager Pass stays active until [A-Z][a-z]+ \d{1,2}, \d{4}, then ends\. You will not be charged for it again\./,
    );
    await expect(dialog.getByRole("button", { name: "Keep subscription" })).toBeFocused();
    await expectNoAxeViolations(page, `${backend} the confirmation`, { include: "#account-view" });
    // Escape keeps the plan as it is and gives the focus back.
    await page.keyboard.press("Escape");
    await expect(dialog).toHaveCount(0);
    await expect(stop).toBeFocused();

    await page.keyboard.press("Enter");
    await expect(dialog).toBeVisible();
    await page.keyboard.press("Tab");
    await expect(dialog.getByRole("button", { name: "Turn off auto-renewal" })).toBeFocused();
    // Tab stays in the question.
    await page.keyboard.press("Tab");
    await expect(dialog.getByRole("button", { name: "Keep subscription" })).toBeFocused();
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Enter");
    await expect(row.getByText("Status: Active, auto-renewal off")).toBeVisible();
    await expect(row.getByText(/^Ends on [A-Z][a-z]+ \d{1,2}, \d{4}$/)).toBeVisible();
    await expect(row.getByText(/^Next charge/)).toHaveCount(0);
    await expect(section.getByRole("status").last()).toHaveText(
      "Auto-renewal is off for Voyager Pass.",
    );
    // Its button went with the change: the focus is on the plan's name, not lost.
    await expect(row.getByRole("heading", { name: "Voyager Pass" })).toBeFocused();
    const events = (await storefrontEvents(page)).filter((e) => e.type === "subscription");
    expect(events).toEqual([
      {
        type: "subscription",
        detail: {
          id: expect.any(String),
          planId: await planIdOf(store, "Voyager Pass"),
          status: "non-renewing",
        },
      },
    ]);
    await expectNoAxeViolations(page, `${backend} renewal off`, { include: "#account-view" });
  });
}

test("merchant: cancelling a plan by keyboard ends it, and the store's plan button follows", async ({
  page,
}) => {
  const { widget: store } = await openAsFreshPlayer(page, "merchant");
  const { widget, section } = await addAccountView(page, store);
  await expect(section.getByText(/^You have no subscriptions\./)).toBeVisible();
  await store.getByRole("button", { name: "Subscribe to Voyager Pass" }).click();
  await payWithCard(page, "Voyager Pass", CARDS.success);
  await payStationLightbox(page, "Voyager Pass").closeButton.click();
  const subscribed = store.getByRole("button", { name: "Subscribed to Voyager Pass" });
  await expect(subscribed).toHaveAttribute("aria-disabled", "true");

  const row = rowOf(section, "Voyager Pass");
  const cancel = widget.getByRole("button", { name: "Cancel Voyager Pass" });
  await tabUntilFocused(page, cancel);
  await page.keyboard.press("Enter");
  const dialog = widget.getByRole("dialog", { name: "Cancel Voyager Pass?" });
  await expect(dialog).toContainText("Voyager Pass ends now");
  await expectNoAxeViolations(page, "merchant the cancel question", { include: "#account-view" });
  await page.keyboard.press("Tab");
  await expect(dialog.getByRole("button", { name: "Cancel subscription" })).toBeFocused();
  await page.keyboard.press("Enter");

  await expect(row.getByText("Status: Canceled")).toBeVisible();
  await expect(row.getByText(/^Ended on [A-Z][a-z]+ \d{1,2}, \d{4}$/)).toBeVisible();
  await expect(row.getByRole("button")).toHaveCount(0);
  await expect(section.getByRole("status").last()).toHaveText("Voyager Pass is canceled.");
  // The store on the same page heard it and read its plans again.
  await expect(store.getByRole("button", { name: "Subscribe to Voyager Pass" })).toBeEnabled();
  await expectNoAxeViolations(page, "merchant a canceled plan", { include: "#account-view" });
});

test("xsolla: a running plan offers only turning off auto-renewal, which is all its API allows", async ({
  page,
}) => {
  const { widget: store } = await openAsFreshPlayer(page, "xsolla");
  const { section } = await addAccountView(page, store);
  await store.getByRole("button", { name: "Subscribe to Voyager Pass" }).click();
  await payWithCard(page, "Voyager Pass", CARDS.success);
  await payStationLightbox(page, "Voyager Pass").closeButton.click();
  const row = rowOf(section, "Voyager Pass");
  await expect(row.getByRole("button")).toHaveText(["Turn off auto-renewal for Voyager Pass"]);
});

test("a failed change says so with its own retry, and the retry makes it", async ({
  page,
  problems,
}) => {
  problems.allowConsole(/subscriptions\/\d+/);
  const { widget: store } = await openAsFreshPlayer(page, "merchant");
  const { widget, section } = await addAccountView(page, store);
  await store.getByRole("button", { name: "Subscribe to Voyager Pass" }).click();
  await payWithCard(page, "Voyager Pass", CARDS.success);
  await payStationLightbox(page, "Voyager Pass").closeButton.click();
  let refuse = true;
  await page.route(/\/users\/me\/subscriptions\/\d+$/, (route) =>
    refuse
      ? route.fulfill({
          status: 503,
          json: { http_status_code: 503, message: "Service Unavailable", request_id: "x" },
        })
      : route.continue(),
  );
  await widget.getByRole("button", { name: "Turn off auto-renewal for Voyager Pass" }).click();
  await widget.getByRole("dialog").getByRole("button", { name: "Turn off auto-renewal" }).click();
  const alert = section.getByRole("alert");
  await expect(alert).toContainText("Couldn't turn off auto-renewal for Voyager Pass.");
  await expectNoAxeViolations(page, "merchant a failed change", { include: "#account-view" });
  refuse = false;
  await alert.getByRole("button", { name: "Try again" }).click();
  await expect(
    rowOf(section, "Voyager Pass").getByText("Status: Active, auto-renewal off"),
  ).toBeVisible();
  await expect(alert).toHaveCount(0);
});

/** The store's card of a plan, and what on it says whether the plan is the player's. */
function planCard(store: Locator, name: string) {
  const card = cardByName(sectionOf(store, "plans"), name);
  return {
    card,
    subscribed: card.getByRole("button", { name: `Subscribed to ${name}` }),
    subscribe: card.getByRole("button", { name: `Subscribe to ${name}` }),
    yours: card.getByText("Your plan", { exact: true }),
    nextCharge: card.getByText(/^Next charge on [A-Z][a-z]+ \d{1,2}, \d{4}$/),
  };
}

test("xsolla: the store shows the player's plan as theirs on its first view, and after renewal is turned off in an account view", async ({
  page,
}) => {
  const { widget: first, player } = await openAsFreshPlayer(page, "xsolla");
  await first.getByRole("button", { name: "Subscribe to Voyager Pass" }).click();
  await payWithCard(page, "Voyager Pass", CARDS.success);
  await payStationLightbox(page, "Voyager Pass").closeButton.click();

  // The player comes back: the store's first view reads their subscriptions beside the plans.
  const store = await openStore(page, { backend: "xsolla", user: player });
  const voyager = planCard(store, "Voyager Pass");
  await expect(voyager.subscribed).toHaveAttribute("aria-disabled", "true");
  await expect(voyager.yours).toBeVisible();
  await expect(voyager.nextCharge).toBeVisible();
  // The other plans stay for sale.
  await expect(planCard(store, "Commander Pass").subscribe).toBeEnabled();
  await expect(planCard(store, "Commander Pass").yours).toHaveCount(0);
  await expectNoAxeViolations(page, "xsolla the player's plan on the first view", {
    include: "#storefront-1",
  });
  // By keyboard the button is reached and says the plan is the player's; Enter buys nothing.
  await tabUntilFocused(page, voyager.subscribed);
  await page.keyboard.press("Enter");
  await page.waitForTimeout(300);
  await expect(payStationLightbox(page, "Voyager Pass").host).toHaveCount(0);

  // Renewal turned off in an account view on the same page, by keyboard.
  const { widget, section } = await addAccountView(page, store);
  const stop = widget.getByRole("button", { name: "Turn off auto-renewal for Voyager Pass" });
  await tabUntilFocused(page, stop);
  await page.keyboard.press("Enter");
  await expect(widget.getByRole("dialog")).toBeVisible();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(
    rowOf(section, "Voyager Pass").getByText("Status: Active, auto-renewal off"),
  ).toBeVisible();
  // The store heard it: the plan is still the player's until its paid period ends, with no
  // next charge, as the merchant store shows one whose renewal is off.
  await expect(voyager.nextCharge).toHaveCount(0);
  await expect(voyager.subscribed).toHaveAttribute("aria-disabled", "true");
  await expect(voyager.yours).toBeVisible();
  await expectNoAxeViolations(page, "xsolla the player's plan, renewal off", {
    include: "#storefront-1",
  });

  // And so it shows on the next first view.
  const later = planCard(
    await openStore(page, { backend: "xsolla", user: player }),
    "Voyager Pass",
  );
  await expect(later.nextCharge).toHaveCount(0);
  await expect(later.subscribed).toHaveAttribute("aria-disabled", "true");
  await expect(later.yours).toBeVisible();
  await expectNoAxeViolations(page, "xsolla a plan whose renewal is off on the first view", {
    include: "#storefront-1",
  });
});
