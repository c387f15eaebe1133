/**
 * A read that fails for a reason that may pass (a 5xx, a 429, no answer) is tried again, up to
 * three times, before its section shows an error; the player's Reload reads only that section.
 */

import type { Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { apiSectionOf, expect, openStore, sectionOf, test } from "./fixtures";

/** Answers the first `failures` promotion reads with a 503 asking to retry at once. */
async function failPromotion(page: Page, failures: number) {
  const seen = { count: 0 };
  await page.route(
    (url) => apiSectionOf(url.href) === "promotion",
    async (route) => {
      seen.count += 1;
      if (seen.count > failures) return route.continue();
      return route.fulfill({
        status: 503,
        headers: { "Retry-After": "0", "Content-Type": "application/json" },
        body: JSON.stringify({ statusCode: 503, errorCode: 0, errorMessage: "Busy" }),
      });
    },
  );
  return seen;
}

test("a promotion read that fails twice and then answers shows the promotion, no error", async ({
  page,
  problems,
}) => {
  problems.allowConsole(/503/);
  const promotionReads = await failPromotion(page, 2);
  const widget = await openStore(page, { backend: "merchant" });
  const promotion = sectionOf(widget, "promotion");
  await expect(promotion.getByRole("heading", { name: "Starfall Festival" })).toBeVisible();
  await expect(widget.getByRole("alert")).toHaveCount(0);
  expect(promotionReads.count).toBe(3);
});

test("a promotion read that keeps failing shows its error after four tries; Reload reads only it", async ({
  page,
  problems,
}) => {
  problems.allowConsole(/503/);
  const promotionReads = await failPromotion(page, Number.POSITIVE_INFINITY);
  const others: string[] = [];
  page.on("request", (request) => {
    const section = apiSectionOf(request.url());
    if (section && section !== "promotion") others.push(section);
  });
  const widget = await openStore(page, { backend: "merchant" });
  const promotion = sectionOf(widget, "promotion");
  await expect(promotion.getByRole("alert")).toContainText("Couldn't load Promotion.");
  await expect(widget.getByRole("alert")).toHaveCount(1);
  expect(promotionReads.count).toBe(4);
  await expect(sectionOf(widget, "packages").locator("li.gs-card")).toHaveCount(4);
  await expectNoAxeViolations(page, "a section's error after its retries");

  const before = others.length;
  await promotion.getByRole("button", { name: "Reload Promotion" }).click();
  await expect.poll(() => promotionReads.count).toBe(8);
  await expect(promotion.getByRole("alert")).toContainText("Couldn't load Promotion.");
  expect(others.length).toBe(before);
});

/**
 * The balance's own row of the fault matrix (test/e2e/fault-matrix.spec.ts): each kind of
 * failure, answered by the browser's route rather than the sandbox, whose fault sections are
 * the catalog's.
 */
const BALANCE_FAULTS = {
  "500": { reads: 4, says: "The store had a problem on its side (error 500)." },
  "503": { reads: 4, says: "The store had a problem on its side (error 503)." },
  timeout: { reads: 4, says: "The store took too long to answer." },
  drop: { reads: 4, says: "The store could not be reached. Check your connection." },
  malformed: { reads: 1, says: "The store sent an answer that could not be read." },
  "wrong schema": { reads: 1, says: "The store sent an answer that could not be read." },
} as const;

for (const backend of ["merchant", "xsolla"] as const) {
  for (const [kind, expected] of Object.entries(BALANCE_FAULTS)) {
    test(`${backend}: a balance read answering ${kind} says so after its retries; Reload reads only it and shows it`, async ({
      page,
      problems,
    }) => {
      problems.allowConsole(/50[03]|ERR_CONNECTION_RESET|Failed to load resource/);
      const balanceUrl =
        backend === "merchant"
          ? /\/game\/merchant\/v2\/projects\/\d+\/users\/[^/?]+$/
          : /virtual_currency_balance/;
      let failing = true;
      let reads = 0;
      await page.route(balanceUrl, async (route) => {
        reads += 1;
        if (!failing) return route.continue();
        const json = (status: number, body: string) =>
          route.fulfill({
            status,
            headers: { "Retry-After": "0", "Content-Type": "application/json" },
            body,
          });
        const busy = JSON.stringify({ statusCode: 503, errorCode: 0, errorMessage: "Busy" });
        if (kind === "500") return json(500, busy.replace("503", "500"));
        if (kind === "503") return json(503, busy);
        if (kind === "drop") return route.abort("connectionreset");
        if (kind === "malformed") return json(200, '{"virtual_currency_balance": [{"sku"');
        if (kind === "wrong schema") return json(200, JSON.stringify({ balance: "lots" }));
        // A time-out: no answer until the store has given up on it.
        return new Promise<void>(() => {});
      });
      // A short time limit only where the store must give up waiting: with it, a busy machine's
      // first answer of another kind can come after the limit, and the store rightly tries again
      // (a malformed answer was read twice that way: its one read became two).
      const widget = await openStore(page, {
        backend,
        ...(kind === "timeout" ? { timeout: "800" } : {}),
      });
      const error = widget.getByRole("alert").filter({ hasText: "Couldn't load Balance." });
      await expect(error).toContainText(expected.says);
      expect(reads).toBe(expected.reads);
      // Everything else is there.
      await expect(sectionOf(widget, "packages").locator("li.gs-card")).toHaveCount(4);
      await expect(widget.getByRole("alert")).toHaveCount(1);
      if (kind === "500") await expectNoAxeViolations(page, "the balance's error");

      const others: string[] = [];
      page.on("request", (request) => {
        const section = apiSectionOf(request.url());
        if (section) others.push(section);
      });
      failing = false;
      await widget.getByRole("button", { name: "Reload Balance" }).click();
      await expect(widget.locator(".gs-balance")).toContainText("Balance:");
      await expect(widget.getByRole("alert")).toHaveCount(0);
      expect(reads).toBe(expected.reads + 1);
      expect(others).toEqual([]);
    });
  }
}
