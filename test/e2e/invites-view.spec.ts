/**
 * The invites view in a page of its own: an element with `data-view="invites"` mounts the
 * invite-code panel alone, from its chunks, without the store's requests. The page is the
 * test's own (served through page.route), and so are the game server's four invite-code
 * answers: the seed's examples (test/fixtures/hive), whatever the sandbox has.
 */
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { expect, test } from "./fixtures";

const SEED_TITLE = "초대 코드 발급_행동_설치(초대 2, 수락 3, 제한 2)";

const hive = (name: string) =>
  readFileSync(new URL(`../fixtures/hive/${name}.json`, import.meta.url), "utf8");
const ANSWERS: Record<string, string> = {
  campaign: hive("campaign"),
  getCode: hive("get-code"),
  companion: hive("companion"),
  progress: hive("progress"),
};

/** A page holding an invites view and, with `withStore`, a store of the same project. */
async function openInvitesPage(page: Page, withStore = false) {
  const common = `data-backend="merchant" data-project-id="44056" data-locale="en" data-api-base="/game" data-user-id="demo-player-1"`;
  await page.route("**/invites-test.html", (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><html lang="en"><head><title>Invites</title>
<script src="/dist/game-storefront.js" defer></script></head>
<body><main><h1>Invites</h1>
<div id="invites" data-game-storefront data-view="invites" data-invites-url="/game/invites/" ${common}></div>
${withStore ? `<div id="store" data-game-storefront ${common}></div>` : ""}</main></body></html>`,
    }),
  );
  const bodies: [string, unknown][] = [];
  await page.route("**/game/invites/ua/inviteCode/*", (route) => {
    const request = route.request();
    const path = new URL(request.url()).pathname.split("/").pop() ?? "";
    bodies.push([`${request.method()} ${path}`, request.postDataJSON()]);
    return route.fulfill({ contentType: "application/json", body: ANSWERS[path] ?? "{}" });
  });
  const requests: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  await page.goto("/invites-test.html");
  return { requests, bodies, widget: page.locator("#invites") };
}

test("an invites view mounts the panel alone from its chunks", async ({ page }) => {
  const { requests, bodies, widget } = await openInvitesPage(page);
  await expect(widget.getByRole("heading", { name: SEED_TITLE })).toBeVisible();
  expect(await widget.evaluate((el) => el.shadowRoot?.querySelector(".gs-root") !== null)).toBe(
    true,
  );
  const chunks = requests.filter((url) => url.includes("/dist/chunks/"));
  expect(chunks.some((url) => /invites-index-/.test(url))).toBe(true);
  expect(chunks.some((url) => /widget-panel-view-host-/.test(url))).toBe(true);
  expect(chunks.some((url) => /api-invites-schemas-/.test(url))).toBe(true);
  // Nothing of the store or the rewards view: no catalog, no wire format, no picker or launcher.
  expect(
    chunks.filter((url) =>
      /xsolla-wire|merchant-wire|gifting|paystation|rewards-index|reward-chains/.test(url),
    ),
  ).toEqual([]);
  const storeCalls = /\/items\/|\/storefront\/|virtual_currency_balance|reward_chain/;
  expect(requests.filter((url) => storeCalls.test(new URL(url).pathname))).toEqual([]);
  // The campaign list first and once, to the game server below the page's relative
  // invitesUrl; then the player's code and its progress for the seed's campaign.
  await expect.poll(() => bodies.length).toBe(3);
  expect(bodies[0]).toEqual(["POST campaign", {}]);
  expect(bodies.filter(([call]) => call === "POST campaign")).toHaveLength(1);
  expect(bodies.slice(1).map(([call]) => call)).toEqual(["POST getCode", "POST progress"]);
  const paths = requests
    .filter((url) => url.includes("/ua/inviteCode/"))
    .map((url) => new URL(url).pathname);
  expect(paths[0]).toBe("/game/invites/ua/inviteCode/campaign");
  await expectNoAxeViolations(page, "invites view");
});

test("an invites view speaks the page's events as DOM events", async ({ page }) => {
  await page.addInitScript(() => {
    const seen: unknown[] = [];
    (window as unknown as { seen: unknown[] }).seen = seen;
    document.addEventListener("game-storefront:init", (event) =>
      seen.push((event as CustomEvent).detail),
    );
  });
  const { widget } = await openInvitesPage(page);
  await expect(widget.getByRole("heading", { name: SEED_TITLE })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { seen: unknown[] }).seen)).toEqual([
    { backend: "merchant", projectId: "44056", locale: "en", view: "invites" },
  ]);
});

test("an invites panel that does not load says so, and its retry loads it", async ({
  page,
  problems,
}) => {
  problems.allowConsole(/invites-index|ERR_FAILED|could not load/);
  let failing = true;
  await page.route("**/dist/chunks/invites-index-*.js", (route) =>
    failing ? route.abort() : route.continue(),
  );
  const errors: unknown[] = [];
  await page.exposeFunction("heardError", (detail: unknown) => errors.push(detail));
  await page.addInitScript(() =>
    document.addEventListener("game-storefront:error", (event) =>
      (window as unknown as { heardError(d: unknown): void }).heardError(
        (event as CustomEvent).detail,
      ),
    ),
  );
  const { widget } = await openInvitesPage(page);
  await expect(widget.getByRole("alert")).toContainText("Couldn't load Invites.");
  await expect
    .poll(() => errors)
    .toEqual([
      { code: "chunk-load", message: "The invites panel did not load", section: "invites" },
    ]);
  await expectNoAxeViolations(page, "invites chunk failed");
  failing = false;
  await widget.getByRole("button", { name: "Reload Invites" }).click();
  await expect(widget.getByRole("heading", { name: SEED_TITLE })).toBeVisible();
  await expect(widget.getByRole("alert")).toHaveCount(0);
});

test("a store on the same page never loads the invites chunks", async ({ page }) => {
  const { requests } = await openInvitesPage(page, true);
  await expect(page.locator("#invites").getByRole("heading", { name: SEED_TITLE })).toBeVisible();
  await expect(
    page.locator("#store").getByRole("button", { name: "Buy 500 Gold", exact: true }),
  ).toBeVisible();
  await expect(page.locator("#store").getByRole("heading", { name: SEED_TITLE })).toHaveCount(0);
  // One request for each invites chunk, from the invites view; the store asked for none.
  for (const chunk of [/invites-index-/, /widget-panel-view-host-/, /api-invites-schemas-/]) {
    expect(requests.filter((url) => chunk.test(url))).toHaveLength(1);
  }
});
