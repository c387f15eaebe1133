/**
 * The Pay Station lightbox as a player meets it on the launcher demo page: the ways to close
 * it (and the options that take them away), where the keyboard focus goes, a hostile page
 * stylesheet, and axe with the lightbox open and closed.
 */
import type { Page } from "@playwright/test";
import { analyzeWithFrames } from "./axe";
import { expect, test } from "./fixtures";
import {
  buyButton,
  closeFromPayStation,
  expectLightboxLoaded,
  type LauncherParams,
  launcherLog,
  lightbox,
  openLauncherDemo,
  payStationOrigin,
} from "./paystation/helpers";

/** Opens the demo with the given lightbox options and the lightbox with the Buy button. */
async function openLightboxWith(page: Page, params: LauncherParams = {}) {
  await openLauncherDemo(page, { mode: "lightbox", ...params });
  await buyButton(page).click();
  const frame = await expectLightboxLoaded(page);
  return { ...lightbox(page), frame };
}

/** Records the keys that reach the page's own `document` listeners (a game's pause menu). */
async function recordPageKeys(page: Page) {
  await page.evaluate(() => {
    const keys: string[] = [];
    (window as unknown as { __pageKeys: string[] }).__pageKeys = keys;
    document.addEventListener("keydown", (event) => keys.push(event.key));
  });
  return () => page.evaluate(() => (window as unknown as { __pageKeys: string[] }).__pageKeys);
}

/** Takes the focus out of the lightbox's frame, back to the page's document (its body). */
async function blurFrame(page: Page) {
  await page.evaluate(() => {
    const root = document.querySelector("[data-xpaystation-widget-lightbox]")?.shadowRoot;
    (root?.activeElement as HTMLElement | null)?.blur();
  });
}

/**
 * The tag of the element focused inside the lightbox's shadow root, or null. Focus moving into
 * the cross-origin Pay Station frame is settled by the browser a moment after the key press,
 * so a test expecting the frame polls for it.
 */
function focusedInLightbox(page: Page) {
  return page.evaluate(() => {
    const host = document.querySelector("[data-xpaystation-widget-lightbox]");
    if (!host || document.activeElement !== host) return null;
    return host.shadowRoot?.activeElement?.tagName.toLowerCase() ?? null;
  });
}

/** The element focused behind the lightbox (anything but the lightbox and the body), or null. */
function focusedBehind(page: Page) {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (!active || active === document.body || active.matches("[data-xpaystation-widget-lightbox]"))
      return null;
    return active.outerHTML.slice(0, 120);
  });
}

const CLOSED_BY_USER = [
  { name: "close", data: { reason: "user" } },
  { name: "close-lightbox", data: { reason: "user" } },
];

test.describe("closing the lightbox", () => {
  test("Escape closes it, the page's own key handlers never see it, focus goes back", async ({
    page,
  }) => {
    const box = await openLightboxWith(page);
    const pageKeys = await recordPageKeys(page);
    await expect(box.closeButton).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(box.host).toHaveCount(0);
    expect((await launcherLog(page)).slice(-2)).toEqual(CLOSED_BY_USER);
    expect(await pageKeys(), "Escape stops at the lightbox").toEqual([]);
    await expect(buyButton(page)).toBeFocused();
    expect(await page.evaluate(() => window.XPayStationWidget?.isOpened())).toBe(false);
  });

  test("a click on the overlay closes it", async ({ page }) => {
    await openLauncherDemo(page, { mode: "lightbox" });
    // A click on the opener's label, a child of the button, opens it too.
    await page.locator(".launcher-buy-label").click();
    await expectLightboxLoaded(page);
    const box = lightbox(page);
    await box.overlay.click({ position: { x: 20, y: 20 } });
    await expect(box.host).toHaveCount(0);
    expect((await launcherLog(page)).slice(-2)).toEqual(CLOSED_BY_USER);
    await expect(buyButton(page)).toBeFocused();
  });

  test("modal: no close button, Escape and the overlay do nothing, Pay Station's close does", async ({
    page,
  }) => {
    const box = await openLightboxWith(page, { modal: "1" });
    await expect(box.closeButton).toHaveCount(0);
    await expect(box.host.locator("button")).toHaveCount(0);
    // The first thing to focus in a modal lightbox is the form itself.
    await expect.poll(() => focusedInLightbox(page)).toBe("iframe");

    // Escape in the page's document (a key inside the frame never reaches the page).
    await blurFrame(page);
    const pageKeys = await recordPageKeys(page);
    await page.keyboard.press("Escape");
    await box.overlay.click({ position: { x: 20, y: 20 } });
    expect(await pageKeys(), "the Escape did reach the page").toEqual(["Escape"]);
    await expect(box.dialog).toBeVisible();
    expect(await page.evaluate(() => window.XPayStationWidget?.isOpened())).toBe(true);
    expect((await launcherLog(page)).map((event) => event.name)).not.toContain("close");

    await closeFromPayStation(box.frame);
    await expect(box.host).toHaveCount(0);
    expect((await launcherLog(page)).slice(-2)).toEqual(CLOSED_BY_USER);
  });

  test("closeByClick=0 and closeByKeyboard=0: only the close button closes it", async ({
    page,
  }) => {
    const box = await openLightboxWith(page, { closeByClick: "0", closeByKeyboard: "0" });
    await expect(box.closeButton).toBeFocused();
    await page.keyboard.press("Escape");
    await box.overlay.click({ position: { x: 20, y: 20 } });
    await expect(box.dialog).toBeVisible();
    expect((await launcherLog(page)).map((event) => event.name)).not.toContain("close");

    // The click on the overlay left nothing focused: Tab brings the focus back in.
    expect(await focusedInLightbox(page)).toBeNull();
    await page.keyboard.press("Tab");
    await expect.poll(() => focusedInLightbox(page)).toBe("iframe");

    await box.closeButton.click();
    await expect(box.host).toHaveCount(0);
    expect((await launcherLog(page)).slice(-2)).toEqual(CLOSED_BY_USER);
  });
});

test("focus moves into the lightbox, Tab and Shift+Tab stay in it, and it goes back", async ({
  page,
}) => {
  await openLauncherDemo(page, { mode: "lightbox" });
  // A keyboard player: focus the Buy button and press Enter.
  await buyButton(page).focus();
  await page.keyboard.press("Enter");
  const box = lightbox(page);
  await expect(box.closeButton).toBeFocused();
  await expectLightboxLoaded(page);
  const payStationClose = box.frame.getByRole("button", { name: "Close", exact: true });

  // Everything behind the lightbox is inert.
  await expect(page.locator("body > main")).toHaveAttribute("inert", "");
  await expect(page.locator("body > header")).toHaveAttribute("inert", "");

  // Close button -> into Pay Station -> back to the close button -> wraps into Pay Station.
  await page.keyboard.press("Tab");
  await expect.poll(() => focusedInLightbox(page)).toBe("iframe");
  await expect(payStationClose).toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await expect(box.closeButton).toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await expect.poll(() => focusedInLightbox(page)).toBe("iframe");

  // However often the player presses Tab, nothing on the page behind gets the focus.
  await box.closeButton.focus();
  for (let i = 0; i < 12; i += 1) {
    await page.keyboard.press("Tab");
    expect(await focusedBehind(page), `after Tab ${i + 1}`).toBeNull();
  }
  for (let i = 0; i < 12; i += 1) {
    await page.keyboard.press("Shift+Tab");
    expect(await focusedBehind(page), `after Shift+Tab ${i + 1}`).toBeNull();
  }

  await box.closeButton.focus();
  await page.keyboard.press("Enter");
  await expect(box.host).toHaveCount(0);
  await expect(buyButton(page)).toBeFocused();
  await expect(page.locator("[inert]")).toHaveCount(0);
});

test.describe("a hostile page stylesheet", () => {
  const CONTROL_PROPERTIES = [
    "color",
    "background-color",
    "font-size",
    "font-family",
    "width",
    "height",
    "padding",
    "margin",
    "border-radius",
    "box-shadow",
    "position",
    "top",
    "right",
    "display",
    "opacity",
    "cursor",
    "z-index",
  ];
  const PARTS = {
    host: null,
    overlay: ".overlay",
    dialog: '[role="dialog"]',
    "close button": "button.close",
    iframe: "iframe",
  } as const;

  async function lightboxStyles(page: Page) {
    return page.evaluate(
      ({ parts, properties }) => {
        const host = document.querySelector("[data-xpaystation-widget-lightbox]");
        if (!host?.shadowRoot) throw new Error("no lightbox");
        const out: Record<string, Record<string, string>> = {};
        for (const [name, selector] of Object.entries(parts)) {
          const element = selector ? host.shadowRoot.querySelector(selector) : host;
          if (!element) throw new Error(`no ${name} in the lightbox`);
          const style = getComputedStyle(element);
          out[name] = Object.fromEntries(properties.map((p) => [p, style.getPropertyValue(p)]));
        }
        return out;
      },
      { parts: PARTS, properties: CONTROL_PROPERTIES },
    );
  }

  /** Elements on the page that look like the lightbox's parts, to see its styles not reach them. */
  async function lookalikeStyles(page: Page) {
    return page.evaluate((properties) => {
      let box = document.getElementById("lookalikes");
      if (!box) {
        box = document.createElement("div");
        box.id = "lookalikes";
        const overlay = box.appendChild(document.createElement("div"));
        overlay.className = "overlay";
        overlay.textContent = "overlay";
        const dialog = box.appendChild(document.createElement("div"));
        dialog.setAttribute("role", "dialog");
        dialog.setAttribute("aria-label", "A page dialog");
        dialog.textContent = "dialog";
        const close = box.appendChild(document.createElement("button"));
        close.className = "close";
        close.textContent = "close";
        const spinner = box.appendChild(document.createElement("div"));
        spinner.className = "spinner round";
        spinner.appendChild(document.createElement("i"));
        document.querySelector("main")?.append(box);
      }
      // The body's height follows the event log; the root's overflow and padding are the
      // scroll lock's, on purpose (see paystation-scroll.spec.ts).
      return [...box.querySelectorAll("*"), document.body].map((element) => {
        const style = getComputedStyle(element);
        return Object.fromEntries(
          properties
            .filter((p) => !(element === document.body && /^(height|width)$/.test(p)))
            .map((p) => [p, style.getPropertyValue(p)]),
        );
      });
    }, CONTROL_PROPERTIES);
  }

  test("changes nothing in the lightbox, whose styles stay inside it", async ({ page }) => {
    const normal = await openLightboxWith(page);
    const expected = await lightboxStyles(page);
    await normal.closeButton.click();

    // The demo page's policy allows no inline styles, so the hostile sheet is a file the page
    // links. The link is added to the loaded page rather than to a routed copy of its HTML:
    // Chromium treats a document fulfilled by page.route as public, and its Local Network
    // Access checks then block the Pay Station frame on localhost.
    await openLauncherDemo(page, { mode: "lightbox" });
    await page.evaluate(
      () =>
        new Promise((resolve, reject) => {
          const link = document.createElement("link");
          link.rel = "stylesheet";
          link.href = "/demo/hostile-max.css";
          link.onload = resolve;
          link.onerror = reject;
          document.head.append(link);
        }),
    );
    await expect(page.locator("#launcher-title")).toHaveCSS("color", "rgb(255, 0, 0)");
    await expect(page.locator("#launcher-title")).toHaveCSS("font-size", "40px");
    const before = await lookalikeStyles(page);

    await buyButton(page).click();
    const box = lightbox(page);
    await expectLightboxLoaded(page);
    expect(await lightboxStyles(page)).toEqual(expected);
    await expect(box.closeButton).toHaveCSS("color", "rgb(255, 255, 255)");
    expect(await lookalikeStyles(page), "the page's elements while the lightbox is open").toEqual(
      before,
    );
    await box.closeButton.click();
    await expect(box.host).toHaveCount(0);
  });
});

test.describe("axe", () => {
  /** The lightbox's frame, as the first part of axe's target for a node inside it. */
  const LIGHTBOX_FRAME = ['div[data-xpaystation-widget-lightbox=""]', "iframe"];

  /** axe's violations, readable, the documents it ran in, and what it passed inside a frame. */
  async function analyze(page: Page) {
    const { results, frames } = await analyzeWithFrames(page);
    return {
      violations: results.violations.map(({ id, impact, help, nodes }) => ({
        id,
        impact,
        help,
        targets: nodes.map((node) => JSON.stringify(node.target)),
      })),
      frames,
      passedInFrames: (rule: string) =>
        results.passes
          .filter(({ id }) => id === rule)
          .flatMap(({ nodes }) => nodes.map((node) => node.target))
          .filter((target) => target.length > 1),
    };
  }

  test("finds nothing on the launcher demo, closed and with the lightbox open", async ({
    page,
    baseURL,
  }) => {
    await openLauncherDemo(page, { mode: "lightbox" });
    const closed = await analyze(page);
    expect(closed.violations, "the demo page, lightbox closed").toEqual([]);
    expect(closed.frames, "the demo page has no frame").toEqual([page.url()]);

    await buyButton(page).click();
    // Pay Station's document is there: its heading shows inside the frame.
    await expectLightboxLoaded(page);
    const box = lightbox(page);
    await expect(box.dialog).toHaveAttribute("aria-modal", "true");
    await expect(box.iframe).toHaveAttribute("title", "Payment form");
    await expect(box.iframe).toHaveAttribute("allow", "payment");
    const open = await analyze(page);
    expect(open.violations, "the lightbox open, with Pay Station's form").toEqual([]);
    expect(open.frames, "axe ran in the page and in Pay Station's frame").toEqual([
      page.url(),
      expect.stringMatching(new RegExp(`^${payStationOrigin(baseURL)}/paystation2/\\?`)),
    ]);
    // What axe checked in there: Pay Station's heading and each field of its card form.
    expect(open.passedInFrames("empty-heading")).toContainEqual([LIGHTBOX_FRAME, "h1"]);
    expect(open.passedInFrames("label")).toEqual(
      expect.arrayContaining([
        [LIGHTBOX_FRAME, "#ps-card-number"],
        [LIGHTBOX_FRAME, "#ps-card-expiry"],
        [LIGHTBOX_FRAME, "#ps-card-cvv"],
      ]),
    );
  });
});
