/**
 * The rewards view in a page of its own: an element with `data-view="rewards"` mounts the
 * reward-chain panel alone, from its chunks, without the store's requests. The page is the
 * test's own (served through page.route); the chains are the sandbox's.
 */
import type { Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { expect, test } from "./fixtures";
import { freshPlayer } from "./purchase-helpers";

/** A page holding a rewards view and, with `withStore`, a store of the same project. */
async function openRewardsPage(page: Page, backend: "merchant" | "xsolla", withStore = false) {
  const auth =
    backend === "xsolla"
      ? `data-api-base="/store/api" data-user-token="${freshPlayer()}-token"`
      : // The game server's session is the demo's first player, whatever the page says.
        `data-api-base="/game" data-user-id="demo-player-1"`;
  const element = (view: string) =>
    `<div id="${view}" data-game-storefront data-view="${view}" data-backend="${backend}" data-project-id="44056" data-locale="en" ${auth}></div>`;
  await page.route("**/rewards-test.html", (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><html lang="en"><head><title>Rewards</title>
<script src="/dist/game-storefront.js" defer></script></head>
<body><main><h1>Rewards</h1>${element("rewards")}${withStore ? element("store") : ""}</main></body></html>`,
    }),
  );
  const requests: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  const chainRequests: string[] = [];
  page.on("request", (request) => {
    if (/\/user\/reward_chain\?/.test(request.url())) chainRequests.push(request.url());
  });
  await page.goto("/rewards-test.html");
  return { requests, chainRequests, widget: page.locator("#rewards") };
}

for (const backend of ["merchant", "xsolla"] as const) {
  test(`a ${backend} rewards view mounts the panel alone from its chunks`, async ({ page }) => {
    const { requests, chainRequests, widget } = await openRewardsPage(page, backend);
    for (const name of ["Starfall Trail", "Rift Patrol", "Vanguard Siege"]) {
      await expect(widget.getByRole("heading", { name })).toBeVisible();
    }
    expect(await widget.evaluate((el) => el.shadowRoot?.querySelector(".gs-root") !== null)).toBe(
      true,
    );
    const chunks = requests.filter((url) => url.includes("/dist/chunks/"));
    expect(chunks.some((url) => /rewards-index-/.test(url))).toBe(true);
    expect(chunks.some((url) => /widget-panel-view-host-/.test(url))).toBe(true);
    // Nothing of the store: no catalog, no store wire format, no gift picker or launcher.
    expect(
      chunks.filter((url) => /xsolla-wire|merchant-wire|gifting|paystation/.test(url)),
    ).toEqual([]);
    const storeCalls = /\/items\/|\/storefront\/|virtual_currency_balance/;
    expect(requests.filter((url) => storeCalls.test(new URL(url).pathname))).toEqual([]);
    expect(chainRequests).toHaveLength(1);
    expect(new URL(chainRequests[0] as string).searchParams.get("limit")).toBe("50");
    await expectNoAxeViolations(page, `${backend} rewards view`);
  });
}

test("a rewards panel that does not load says so, and its retry loads it", async ({
  page,
  problems,
}) => {
  problems.allowConsole(/rewards-index|ERR_FAILED|could not load/);
  let failing = true;
  await page.route("**/dist/chunks/rewards-index-*.js", (route) =>
    failing ? route.abort() : route.continue(),
  );
  const { widget } = await openRewardsPage(page, "xsolla");
  await expect(widget.getByRole("alert")).toContainText("Couldn't load Rewards.");
  await expectNoAxeViolations(page, "rewards chunk failed");
  failing = false;
  await widget.getByRole("button", { name: "Reload Rewards" }).click();
  await expect(widget.getByRole("heading", { name: "Starfall Trail" })).toBeVisible();
  await expect(widget.getByRole("alert")).toHaveCount(0);
});

test("a store on the same page never loads the rewards chunks", async ({ page }) => {
  const { requests } = await openRewardsPage(page, "merchant", true);
  await expect(
    page.locator("#rewards").getByRole("heading", { name: "Starfall Trail" }),
  ).toBeVisible();
  await expect(
    page.locator("#store").getByRole("button", { name: "Buy 500 Gold", exact: true }),
  ).toBeVisible();
  await expect(page.locator("#store").getByRole("heading", { name: "Starfall Trail" })).toHaveCount(
    0,
  );
  // One rewards chunk request, from the rewards view; the store asked for none.
  expect(requests.filter((url) => /rewards-index-/.test(url))).toHaveLength(1);
});
