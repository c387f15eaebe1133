/**
 * The `<game-storefront>` element, as studios' pages use it: written in plain HTML beside the
 * store's script, rendered by a framework that creates it and sets, changes and removes its
 * attributes, and on a page whose own element already has the name. The pages are the test's
 * own (served through page.route); the catalog, the session and the claims are the sandbox's.
 */
import type { Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { apiSectionOf, cardBySku, expect, test } from "./fixtures";
import { freshPlayer } from "./purchase-helpers";

declare global {
  interface Window {
    /** The test pages' record of every game-storefront:* DOM event that reached the document. */
    __events?: { type: string; detail: Record<string, unknown>; target: string }[];
    /** The framework page's render: the element's attributes, or null to leave it out. */
    renderStore?: (attributes: Record<string, string> | null) => void;
  }
}

/** Records the store's DOM events at the document, so the test sees them bubble out. */
const RECORD_EVENTS = `<script>
window.__events = [];
for (const name of ["init", "catalog-load", "claim", "error"]) {
  document.addEventListener("game-storefront:" + name, (event) => {
    window.__events.push({ type: event.type, detail: event.detail, target: event.target.id });
  });
}
</script>`;

/** Serves `body` as /custom-element/NAME.html and opens it. */
async function openPage(page: Page, name: string, head: string, body: string) {
  await page.route(`**/custom-element/${name}.html`, (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><html lang="en"><head><title>Custom element: ${name}</title>
${head}</head><body><main><h1>Custom element: ${name}</h1>${body}</main></body></html>`,
    }),
  );
  await page.goto(`/custom-element/${name}.html`);
}

const eventsOf = (page: Page, type: string) =>
  page.evaluate((type) => (window.__events ?? []).filter((event) => event.type === type), type);

/** Signs the sandbox's game server session in as a fresh test player. */
async function signIn(page: Page) {
  const player = freshPlayer();
  const response = await page.request.post("/game/session", { data: { playerId: player } });
  expect(response.ok()).toBe(true);
  return player;
}

test("plain HTML: the element mounts the store, and a claim reaches the page as a DOM event", async ({
  page,
  problems,
}) => {
  problems.allowConsole(/option "layout" must be one of list, grid \(got "tiles"\)/);
  const player = await signIn(page);
  await openPage(
    page,
    "plain",
    `${RECORD_EVENTS}<script src="/dist/game-storefront.js" defer></script>`,
    `<game-storefront id="store" backend="merchant" api-base="/game" project-id="44056"
  user-id="${player}" token-url="/game/token" locale="en" currency="USD" sandbox></game-storefront>
<game-storefront id="typo" backend="merchant" api-base="/game" project-id="44056" layout="tiles"></game-storefront>`,
  );
  const store = page.locator("#store");
  await expect(store.getByRole("heading", { level: 2, name: "Items" })).toBeVisible();
  await expect(cardBySku(store, "sword-ember").locator(".gs-price").first()).toHaveText("$4.99");
  await expect.poll(() => eventsOf(page, "game-storefront:catalog-load")).toHaveLength(1);
  expect(await eventsOf(page, "game-storefront:init")).toEqual([
    {
      type: "game-storefront:init",
      detail: { backend: "merchant", projectId: "44056", locale: "en", view: "store" },
      target: "store",
    },
  ]);

  await test.step("a bad attribute leaves its element empty and the page working", async () => {
    expect(
      await page.locator("#typo").evaluate((element) => element.shadowRoot?.childNodes.length ?? 0),
    ).toBe(0);
  });
  await expectNoAxeViolations(page, "custom element: the store from plain HTML");

  await test.step("claiming a free item is a bubbling DOM event on the element", async () => {
    await cardBySku(store, "sword-training")
      .getByRole("button", { name: "Claim Training Sword" })
      .click();
    await expect.poll(() => eventsOf(page, "game-storefront:claim")).toHaveLength(1);
    expect(await eventsOf(page, "game-storefront:claim")).toEqual([
      {
        type: "game-storefront:claim",
        detail: { sku: "sword-training", orderId: expect.any(Number) },
        target: "store",
      },
    ]);
  });
  await expectNoAxeViolations(page, "custom element: after a claim");
});

/**
 * A framework's render, as React or Vue do it: the element is created, its attributes set one
 * by one and then it is put in the page; later only the attributes that changed are set, and
 * leaving it out of the tree removes it.
 */
const FRAMEWORK = `<script>
window.renderStore = (attributes) => {
  let element = document.querySelector("game-storefront");
  if (!attributes) return element?.remove();
  const created = !element;
  if (created) element = document.createElement("game-storefront");
  for (const [name, value] of Object.entries(attributes)) {
    if (element.getAttribute(name) !== value) element.setAttribute(name, value);
  }
  for (const name of element.getAttributeNames()) {
    if (!(name in attributes)) element.removeAttribute(name);
  }
  if (created) document.getElementById("app").append(element);
};
</script>`;

test("framework render: one mount per render, the new state after a change, nothing after removal", async ({
  page,
}) => {
  // Four states, three of them checked by axe, one a catalog of 5,000 items: on a busy machine.
  test.setTimeout(60_000);
  await signIn(page);
  await openPage(
    page,
    "framework",
    `${RECORD_EVENTS}${FRAMEWORK}<script src="/dist/game-storefront.js" defer></script>`,
    `<div id="app"></div>`,
  );
  const store = page.locator("game-storefront");
  const base = { id: "store", backend: "merchant", "api-base": "/game", "user-id": "signed-in" };
  const inits = async () =>
    (await eventsOf(page, "game-storefront:init")).map((event) => event.detail);

  await test.step("the first render mounts the store once", async () => {
    await page.waitForFunction(() => customElements.get("game-storefront") !== undefined);
    await page.evaluate((attributes) => window.renderStore?.(attributes), {
      ...base,
      "project-id": "44056",
      locale: "en",
    });
    await expect(store.getByRole("heading", { level: 2, name: "Items" })).toBeVisible();
    await expect(cardBySku(store, "sword-ember")).toBeVisible();
    expect(await inits()).toEqual([
      { backend: "merchant", projectId: "44056", locale: "en", view: "store" },
    ]);
  });
  await expectNoAxeViolations(page, "custom element: framework's first render");

  await test.step("a new project and language remount it once, in Japanese", async () => {
    await page.evaluate((attributes) => window.renderStore?.(attributes), {
      ...base,
      "project-id": "5000",
      locale: "ja",
    });
    await expect(store.getByRole("heading", { level: 2, name: "アイテム" })).toBeVisible();
    await expect(store.getByRole("treeitem", { name: "All items" })).toBeVisible();
    await expect(store.locator(".gs-root")).toHaveAttribute("lang", "ja");
    await expect(cardBySku(store, "sword-ember")).toHaveCount(0);
    expect(await inits()).toHaveLength(2);
    expect((await inits())[1]).toEqual({
      backend: "merchant",
      projectId: "5000",
      locale: "ja",
      view: "store",
    });
  });
  await expectNoAxeViolations(page, "custom element: remounted in Japanese");

  await test.step("view, project and language change together: the rewards panel", async () => {
    await page.evaluate((attributes) => window.renderStore?.(attributes), {
      ...base,
      "project-id": "44056",
      locale: "en",
      view: "rewards",
    });
    await expect(store.getByRole("heading", { name: "Starfall Trail" })).toBeVisible();
    await expect(store.getByRole("heading", { level: 2, name: "Items" })).toHaveCount(0);
    expect(await inits()).toHaveLength(3);
    expect((await inits())[2]).toMatchObject({ projectId: "44056", view: "rewards" });
  });
  await expectNoAxeViolations(page, "custom element: the rewards view");

  await test.step("removed, it leaves nothing and asks for nothing more", async () => {
    const after: string[] = [];
    page.on("request", (request) => {
      if (apiSectionOf(request.url()) || request.url().includes("/dist/"))
        after.push(request.url());
    });
    const element = await store.elementHandle();
    await page.evaluate(() => window.renderStore?.(null));
    expect(
      await element?.evaluate((element) => ({
        connected: element.isConnected,
        childNodes: element.shadowRoot?.childNodes.length,
        adoptedStyleSheets: element.shadowRoot?.adoptedStyleSheets.length,
        handle: window.GameStorefront?.get(element) === undefined ? "none" : "still there",
      })),
    ).toEqual({ connected: false, childNodes: 0, adoptedStyleSheets: 0, handle: "none" });
    // Long enough for a retry, a refresh or an idle prefetch to have sent something.
    await page.waitForTimeout(1_500);
    expect(after).toEqual([]);
  });
});

test("a page whose own element is named game-storefront keeps it, and data-* stores still mount", async ({
  page,
}) => {
  await openPage(
    page,
    "taken",
    `<script>
customElements.define("game-storefront", class extends HTMLElement {
  static theirs = true;
  connectedCallback() { this.textContent = "Their own element"; }
});
</script>
<script src="/dist/game-storefront.js" defer></script>`,
    `<game-storefront id="theirs" backend="merchant" api-base="/game" project-id="44056"></game-storefront>
<div id="store" data-game-storefront data-backend="merchant" data-api-base="/game" data-project-id="44056" data-locale="en"></div>`,
  );
  await expect(cardBySku(page.locator("#store"), "sword-ember")).toBeVisible();
  const theirs = page.locator("#theirs");
  await expect(theirs).toHaveText("Their own element");
  expect(
    await theirs.evaluate((element) => ({
      shadowRoot: element.shadowRoot === null ? "none" : "attached",
      theirs: (customElements.get("game-storefront") as unknown as { theirs?: boolean }).theirs,
    })),
  ).toEqual({ shadowRoot: "none", theirs: true });
  await expectNoAxeViolations(page, "custom element: the name taken by the page");
});
