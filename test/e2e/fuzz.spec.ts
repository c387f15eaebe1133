/**
 * A mounted store fed a few hundred mutated catalogs: the sandbox's real answers, changed by
 * the same generated mutations as the unit properties (missing, retyped, null, huge, hostile
 * strings, broken bodies), one refresh after another. No answer may throw in the page, blank
 * the store, or run a script: the hostile strings set `window.__pwned` if they ever run, and
 * the problems fixture fails the test on any CSP violation or page error.
 */

import type { Page } from "@playwright/test";
import fc from "fast-check";
import { mutatedBody } from "../unit/fuzz/mutate";
import { apiSectionOf, BACKENDS, expect, openStore, test } from "./fixtures";

/** Refreshes per backend: two backends make two hundred and forty mutated catalogs per run. */
const REFRESHES = 120;

const CATALOG_READS = new Set(["groups", "items", "packages", "plans", "promotion"]);

/** Answers the store's catalog reads with mutations of their real answers, from `seed` on. */
async function serveMutations(page: Page, seed: number) {
  const real = new Map<string, unknown>();
  let n = seed;
  // Only the catalog's reads are routed: the page's own files and images go on untouched.
  const isCatalogRead = (url: URL) => CATALOG_READS.has(apiSectionOf(url.href) ?? "");
  await page.route(isCatalogRead, async (route) => {
    const url = new URL(route.request().url());
    // Later pages of a paged list stay real, so that a mutated `has_more` ends.
    if (Number(url.searchParams.get("offset") ?? 0) > 0) return route.continue();
    const key = url.pathname;
    if (!real.has(key)) {
      const response = await route.fetch();
      real.set(key, await response.json());
    }
    const [body] = fc.sample(mutatedBody(real.get(key)), { numRuns: 1, seed: n++ });
    await route.fulfill({ status: 200, contentType: "application/json", body: body ?? "" });
  });
}

/** What the store shows after a refresh, read inside its shadow root. */
function inspect(page: Page) {
  return page.evaluate(async () => {
    const host = document.getElementById("storefront-1");
    const handle = host && window.GameStorefront?.get(host);
    if (!host?.shadowRoot || !handle) throw new Error("no store on #storefront-1");
    const timedOut = await Promise.race([
      handle.refresh().then(() => false),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(true), 10_000)),
    ]);
    const root = host.shadowRoot;
    const markup = [...root.querySelectorAll("*")].flatMap((element) => {
      const bad = ["script", "iframe", "object", "embed"].includes(element.localName);
      const handlers = [...element.attributes].filter(
        // A data attribute may hold any text; a link or a source must not be a script.
        (a) =>
          a.name.startsWith("on") ||
          (["href", "src", "action", "formaction"].includes(a.name) &&
            /^\s*javascript:/i.test(a.value)),
      );
      return bad || handlers.length ? [element.outerHTML.slice(0, 120)] : [];
    });
    return {
      timedOut,
      markup,
      sections: root.querySelectorAll("section[data-section]").length,
      text: (root.textContent ?? "").trim().length,
      pwned: (window as { __pwned?: unknown }).__pwned,
    };
  });
}

for (const backend of BACKENDS) {
  test(`the ${backend} store survives ${REFRESHES} mutated catalogs without running any of them`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await openStore(page, { backend });
    await serveMutations(page, backend === "merchant" ? 1 : 100_000);
    for (let i = 0; i < REFRESHES; i++) {
      const shown = await inspect(page);
      expect(shown.timedOut, `refresh ${i} settles`).toBe(false);
      expect(shown.markup, `refresh ${i} makes no markup of the answers`).toEqual([]);
      expect(shown.sections, `refresh ${i} leaves the store's sections`).toBeGreaterThan(0);
      expect(shown.text, `refresh ${i} leaves words in the store`).toBeGreaterThan(0);
      expect(shown.pwned, `refresh ${i} runs no script`).toBeUndefined();
    }
  });
}
