/**
 * The page-facing API on `window.GameStorefront`, as a studio's script uses it: mount() checks
 * its options, the handle's events reach handlers added right after mounting, `ready` settles
 * for late callers, `on` returns an unsubscribe, and refresh() loads everything again.
 */
import { cardBySku, countOf, expect, openStore, recordApiCalls, test } from "./fixtures";

const VALID = {
  backend: "merchant",
  apiBase: "/game",
  projectId: 44056,
  userId: "demo-player-1",
  currency: "USD",
  locale: "en",
} as const;

test("mount() with a bad option throws a message naming the option", async ({ page }) => {
  await openStore(page);
  const messages = await page.evaluate((valid) => {
    const api = window.GameStorefront;
    if (!api) throw new Error("no window.GameStorefront");
    const host = document.createElement("div");
    document.getElementById("storefronts")?.append(host);
    const attempt = (options: Record<string, unknown>) => {
      try {
        api.mount(host, options as unknown as Parameters<typeof api.mount>[1]);
        return "mounted";
      } catch (error) {
        return error instanceof Error ? error.message : String(error);
      }
    };
    return {
      layout: attempt({ ...valid, layout: "tiles" }),
      backend: attempt({ ...valid, backend: "steam" }),
      projectId: attempt({ ...valid, projectId: undefined }),
      currency: attempt({ ...valid, currency: "dollars" }),
      theme: attempt({ ...valid, theme: "neon" }),
      paystationMode: attempt({ ...valid, paystation: { mode: "popup" } }),
      tokenUrl: attempt({ ...valid, tokenUrl: "http://[::1" }),
      mountedAnything: host.shadowRoot !== null || api.get(host) !== undefined,
    };
  }, VALID);
  expect(messages.layout).toBe(
    'game-storefront: option "layout" must be one of list, grid (got "tiles").',
  );
  expect(messages.backend).toContain('option "backend"');
  expect(messages.projectId).toContain('option "projectId"');
  expect(messages.currency).toContain('option "currency"');
  expect(messages.theme).toContain('option "theme"');
  expect(messages.paystationMode).toBe(
    'game-storefront: option "paystation.mode" must be one of "auto","lightbox","window" (got "popup").',
  );
  expect(messages.tokenUrl).toContain('option "tokenUrl" must be a URL');
  expect(messages.mountedAnything).toBe(false);
});

test("a bad Pay Station lightbox option is an error event naming it, once the launcher is there", async ({
  page,
  problems,
}) => {
  problems.allowConsole(/paystation\.lightbox\.width/);
  await openStore(page);
  const error = await page.evaluate((valid) => {
    const api = window.GameStorefront;
    if (!api) throw new Error("no window.GameStorefront");
    const host = document.createElement("div");
    document.getElementById("storefronts")?.append(host);
    const handle = api.mount(host, {
      ...valid,
      paystation: { lightbox: { width: -5 } },
    } as unknown as Parameters<typeof api.mount>[1]);
    return new Promise((resolve) => handle.on("error", resolve));
  }, VALID);
  expect(error).toEqual({
    code: "options",
    message: expect.stringContaining('option "paystation.lightbox.width" must be a CSS length'),
  });
});

test("handlers added right after mount() get init; ready settles late; on() unsubscribes", async ({
  page,
}) => {
  await openStore(page);
  const result = await page.evaluate(async (valid) => {
    const api = window.GameStorefront;
    if (!api) throw new Error("no window.GameStorefront");
    const host = document.createElement("div");
    host.id = "storefront-api";
    document.getElementById("storefronts")?.append(host);
    const handle = api.mount(host, valid);

    const inits: unknown[] = [];
    handle.on("init", (payload) => inits.push(payload));
    const kept: unknown[] = [];
    const dropped: unknown[] = [];
    handle.on("catalog-load", (counts) => kept.push(counts));
    const unsubscribe = handle.on("catalog-load", (counts) => dropped.push(counts));
    const offed: unknown[] = [];
    const offHandler = (counts: unknown) => offed.push(counts);
    handle.on("catalog-load", offHandler);
    unsubscribe();
    handle.off("catalog-load", offHandler);

    const within = <T>(promise: Promise<T>, ms: number, what: string) =>
      Promise.race([
        promise,
        new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error(`${what} timed out`)), ms),
        ),
      ]);
    // Wait for the first view, then ask for `ready` long after init fired.
    await within(
      new Promise<void>((done) => handle.on("catalog-load", () => done())),
      5000,
      "catalog-load",
    );
    await within(handle.ready, 2000, "ready");
    return { inits, kept, dropped, offed, sameHandle: api.get(host) === handle };
  }, VALID);

  expect(result.inits).toEqual([
    { backend: "merchant", projectId: "44056", locale: "en", view: "store" },
  ]);
  expect(result.kept).toEqual([{ groups: 13, items: 4, packages: 4, plans: 3 }]);
  expect(result.dropped).toEqual([]);
  expect(result.offed).toEqual([]);
  expect(result.sameHandle).toBe(true);
  // Four items, four packages and three plans.
  await expect(page.locator("#storefront-api li.gs-card")).toHaveCount(4 + 4 + 3);
});

test("refresh() loads the catalog again", async ({ page }) => {
  const calls = recordApiCalls(page);
  const widget = await openStore(page);
  await expect.poll(() => calls.length).toBe(5);
  expect(countOf(calls, "groups")).toBe(1);

  const counts = await page.evaluate(async () => {
    const host = document.getElementById("storefront-1");
    const handle = host && window.GameStorefront?.get(host);
    if (!handle) throw new Error("no handle on #storefront-1");
    const loads: unknown[] = [];
    handle.on("catalog-load", (payload) => loads.push(payload));
    await handle.refresh();
    return loads;
  });
  expect(counts).toEqual([{ groups: 13, items: 4, packages: 4, plans: 3 }]);
  for (const section of ["groups", "items", "packages", "plans", "promotion"] as const) {
    expect(countOf(calls, section), section).toBe(2);
  }
  await expect(cardBySku(widget, "sword-ember")).toBeVisible();
  await expect(page.locator("#event-log li", { hasText: "catalog-load" })).toHaveCount(2);
});
