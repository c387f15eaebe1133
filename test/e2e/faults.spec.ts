/**
 * One failing part of the store leaves the rest working: the failing section says so with a
 * way to try again, the page hears an `error` event naming the section, and every other
 * section renders. Faults come from the sandbox's `/faults/{spec}` path prefix.
 */

import type { Locator, Page } from "@playwright/test";
import {
  BACKENDS,
  type Backend,
  countOf,
  eventLog,
  expect,
  openStore,
  type ProblemWatch,
  recordApiCalls,
  sectionOf,
  test,
} from "./fixtures";

/** Chromium logs every 4xx/5xx answer as a console error; under a fault that is the point. */
function expectFaultyAnswers(problems: ProblemWatch) {
  problems.allowConsole(/\/faults\//);
}

async function errorEvents(page: Page) {
  return (await eventLog(page)).filter((event) => event.type === "game-storefront:error");
}

async function expectItemsShown(widget: Locator) {
  await expect(widget.getByRole("tree", { name: "Item groups" })).toBeVisible();
  await expect(sectionOf(widget, "items").locator("li.gs-card")).toHaveCount(4);
}
async function expectPackagesShown(widget: Locator) {
  await expect(sectionOf(widget, "packages").locator("li.gs-card")).toHaveCount(4);
}
async function expectPlansShown(widget: Locator) {
  await expect(sectionOf(widget, "plans").locator("li[data-plan-id]")).toHaveCount(3);
}
async function expectPromotionShown(widget: Locator, backend: Backend) {
  const promotion = sectionOf(widget, "promotion");
  await expect(promotion.getByRole("heading", { name: "Starfall Festival" })).toBeVisible();
  if (backend === "merchant") await expect(promotion.getByRole("timer")).toBeVisible();
}

for (const backend of BACKENDS) {
  test.describe(`${backend} backend`, () => {
    test("plans failing with 500: Subscriptions shows an error with Reload; the rest works", async ({
      page,
      problems,
    }) => {
      expectFaultyAnswers(problems);
      const calls = recordApiCalls(page);
      const widget = await openStore(page, { backend, faults: "plans=500" });
      const plans = sectionOf(widget, "plans");
      const alert = plans.getByRole("alert");
      await expect(alert).toContainText("Couldn't load Subscriptions.");
      await expect(widget.getByRole("alert")).toHaveCount(1);
      await expectItemsShown(widget);
      await expectPackagesShown(widget);
      await expectPromotionShown(widget, backend);

      const errors = await errorEvents(page);
      expect(errors).toHaveLength(1);
      expect(errors[0]?.detail).toMatchObject({
        section: "plans",
        code: expect.stringMatching(/^http-500/),
      });
      expect(String(errors[0]?.detail.message)).not.toEqual("");

      // A 500 may pass: tried three more times before the error shows.
      expect(countOf(calls, "plans")).toBe(4);
      await plans.getByRole("button", { name: "Reload Subscriptions" }).click();
      await expect.poll(() => countOf(calls, "plans")).toBe(8);
      // Still failing: the error comes back, and nothing else was asked again.
      await expect(alert).toContainText("Couldn't load Subscriptions.");
      await expect.poll(async () => (await errorEvents(page)).length).toBe(2);
      expect(countOf(calls, "groups")).toBe(1);
      expect(countOf(calls, "packages")).toBe(1);
    });

    test("items with the wrong shape: the items area shows an error; the rest works", async ({
      page,
      problems,
    }) => {
      expectFaultyAnswers(problems);
      const calls = recordApiCalls(page);
      const widget = await openStore(page, { backend, faults: "items=wrongshape" });
      const items = sectionOf(widget, "items");
      await expect(items.getByRole("alert")).toContainText("Couldn't load Items.");
      await expect(widget.getByRole("alert")).toHaveCount(1);
      // The tree still works; only the list of items failed.
      await expect(widget.getByRole("tree", { name: "Item groups" })).toBeVisible();
      await expectPackagesShown(widget);
      await expectPlansShown(widget);
      const errors = await errorEvents(page);
      expect(errors.map((event) => event.detail)).toEqual([
        expect.objectContaining({ section: "items", code: "invalid-response" }),
      ]);
      await items.getByRole("button", { name: "Reload Items" }).click();
      await expect.poll(() => countOf(calls, "items")).toBe(2);
      await expect(items.getByRole("alert")).toBeVisible();
    });

    test("groups failing with 500: the items area shows an error; packages still render", async ({
      page,
      problems,
    }) => {
      expectFaultyAnswers(problems);
      const calls = recordApiCalls(page);
      const widget = await openStore(page, { backend, faults: "groups=500" });
      const items = sectionOf(widget, "items");
      await expect(items.getByRole("heading", { level: 2, name: "Items" })).toBeVisible();
      await expect(items.getByRole("alert")).toContainText("Couldn't load Item groups.");
      await expect(widget.getByRole("tree")).toHaveCount(0);
      await expectPackagesShown(widget);
      await expectPlansShown(widget);
      const errors = await errorEvents(page);
      expect(errors.map((event) => event.detail.section)).toEqual(["groups"]);
      expect(countOf(calls, "items")).toBe(0);
      expect(countOf(calls, "groups")).toBe(4);
      await items.getByRole("button", { name: "Reload Item groups" }).click();
      await expect.poll(() => countOf(calls, "groups")).toBe(8);
      await expect(items.getByRole("alert")).toBeVisible();
    });
  });
}

test("merchant: a malformed promotion shows an error in the banner; the rest works", async ({
  page,
  problems,
}) => {
  expectFaultyAnswers(problems);
  const calls = recordApiCalls(page);
  const widget = await openStore(page, { backend: "merchant", faults: "promotion=malformed" });
  const promotion = sectionOf(widget, "promotion");
  await expect(promotion.getByRole("alert")).toContainText("Couldn't load Promotion.");
  await expect(widget.getByRole("alert")).toHaveCount(1);
  await expect(promotion.getByRole("timer")).toHaveCount(0);
  await expectItemsShown(widget);
  await expectPackagesShown(widget);
  await expectPlansShown(widget);
  const errors = await errorEvents(page);
  expect(errors.map((event) => event.detail)).toEqual([
    expect.objectContaining({ section: "promotion", code: "invalid-response" }),
  ]);
  await promotion.getByRole("button", { name: "Reload Promotion" }).click();
  await expect.poll(() => countOf(calls, "promotion")).toBe(2);
});
