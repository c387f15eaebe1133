/**
 * The widget and the page leave each other alone: a hostile page stylesheet changes nothing
 * inside the shadow root, the widget's styles never reach the page, and everything works
 * under the page's strict Content-Security-Policy. Motion follows the player's preference.
 */
import type { Page } from "@playwright/test";
import { BACKENDS, expect, openStore, shadowStyles, storeUrl, test } from "./fixtures";

const HOST = "#storefront-1";
const PROPERTIES = [
  "color",
  "font-size",
  "font-family",
  "font-weight",
  "line-height",
  "letter-spacing",
  "padding",
  "margin",
  "display",
  "text-transform",
  "text-align",
  "vertical-align",
  "list-style-type",
  "box-sizing",
] as const;
const ELEMENTS = {
  root: ".gs-root",
  "section heading": 'section[data-section="items"] h2',
  tree: '[role="tree"]',
  "tree item": '[role="treeitem"]',
  card: "li.gs-card",
  "card name": "li.gs-card h3",
  "card description": "li.gs-card p.gs-card-description",
  price: ".gs-price",
  picture: "li.gs-card img",
};

async function widgetStyles(page: Page) {
  const styles: Record<string, Record<string, string>> = {};
  for (const [name, selector] of Object.entries(ELEMENTS)) {
    styles[name] = await shadowStyles(page, HOST, selector, PROPERTIES);
  }
  return styles;
}

test("a hostile page stylesheet changes nothing inside the widget", async ({ page }) => {
  await openStore(page);
  const normal = await widgetStyles(page);
  await openStore(page, { hostile: "max" });
  // The hostile sheet did load and does hit the page itself.
  await expect(page.locator("#store-title")).toHaveCSS("color", "rgb(255, 0, 0)");
  await expect(page.locator("#store-title")).toHaveCSS("font-size", "40px");
  expect(await widgetStyles(page)).toEqual(normal);
});

test("the page's everyday bad CSS does not reach the widget", async ({ page }) => {
  // demo/hostile.css is always on: it hides [role=tree], resets buttons, enlarges h3 and more.
  const widget = await openStore(page);
  const tree = widget.getByRole("tree", { name: "Item groups" });
  await expect(tree).toBeVisible();
  await expect(tree).toHaveCSS("display", "block");
  await expect(widget.locator(".gs-root")).toHaveCSS("font-size", "15px");
  await expect(widget.locator('section[data-section="items"] h2')).toHaveCSS(
    "text-transform",
    "none",
  );
  await expect(widget.locator("li.gs-card h3").first()).not.toHaveCSS("font-size", "30px");
  await expect(widget.locator("li.gs-card").first()).toHaveCSS("list-style-type", "none");
  await expect(widget.locator("li.gs-card img").first()).toHaveCSS("border-top-style", "none");
  await expect(widget.locator("li.gs-card img").first()).toHaveCSS("filter", "none");
  await expect(widget.locator(".gs-root")).toHaveCSS("box-sizing", "border-box");
});

test("the widget's styles do not leak into the page", async ({ page }) => {
  await openStore(page);
  const [lookalike, plain] = await page.evaluate(() => {
    const names = [
      "display",
      "position",
      "padding",
      "margin",
      "border-top-width",
      "border-top-style",
      "border-radius",
      "background-color",
      "color",
      "gap",
      "flex-direction",
      "content-visibility",
    ];
    const make = (className: string) => {
      const element = document.createElement("div");
      element.className = className;
      element.textContent = "Not a widget card";
      document.querySelector("main")?.append(element);
      return element;
    };
    const read = (element: Element) => {
      const style = getComputedStyle(element);
      return Object.fromEntries(names.map((name) => [name, style.getPropertyValue(name)]));
    };
    const card = make("gs-card");
    const root = make("gs-root");
    const other = make("page-card");
    return [{ card: read(card), root: read(root) }, read(other)];
  });
  expect(lookalike.card).toEqual(plain);
  expect(lookalike.root).toEqual(plain);
});

for (const backend of BACKENDS) {
  test(`${backend}: works under the page's Content-Security-Policy without a violation`, async ({
    page,
    problems,
  }) => {
    const pageResponse = page.waitForResponse(
      (response) => new URL(response.url()).pathname === "/",
    );
    // Japanese: the script-tag build fetches its catalog, which the policy must allow too.
    const widget = await openStore(page, { backend, locale: "ja" });
    const headers = (await pageResponse).headers();
    // Strict, and frames only from Pay Station's origin (another host name, same sandbox).
    const payStation = new URL(page.url()).origin.replace("127.0.0.1", "localhost");
    expect(headers["content-security-policy"]).toBe(`default-src 'self'; frame-src ${payStation}`);
    await expect(widget.locator("li.gs-card").first()).toBeVisible();
    await widget.getByRole("treeitem", { name: "弓" }).click();
    await expect(widget.locator('li.gs-card[data-sku="bow-hunter"]')).toBeVisible();
    // The widget is styled (constructable stylesheets need no 'unsafe-inline').
    await expect(widget.locator(".gs-root")).toHaveCSS("font-size", "15px");
    expect(await page.evaluate(() => window.__csp)).toEqual([]);
    expect(await problems.takeCspViolations()).toEqual([]);

    // The watch itself works: an inline style attribute is refused and recorded.
    problems.allowConsole(/Applying inline style violates the following Content Security Policy/);
    await page.evaluate(() => document.body.setAttribute("style", "outline: 1px solid red"));
    await expect
      .poll(async () => (await problems.takeCspViolations()).map((v) => v.directive))
      .toEqual(["style-src-attr"]);
  });
}

test("skeletons pulse, unless the player prefers reduced motion", async ({ page }) => {
  const animation = async () => {
    // Slow answers keep the skeletons on screen.
    await page.goto(storeUrl({ faults: "all=slow" }), { waitUntil: "domcontentloaded" });
    const skeleton = page.locator(HOST).locator(".gs-skeleton").first();
    await expect(skeleton).toBeVisible();
    return shadowStyles(page, HOST, ".gs-skeleton", ["animation-name"]);
  };
  expect(await animation()).toEqual({ "animation-name": "gs-pulse" });
  await page.emulateMedia({ reducedMotion: "reduce" });
  expect(await animation()).toEqual({ "animation-name": "none" });
});
