/**
 * The demo pages and the files they load: `/` (with a strict Content-Security-Policy, which
 * the widget must work under), `/paystation-demo.html` (the Pay Station launcher, whose
 * policy also lets it frame the Pay Station origin), `/paystation-snippet.html` (the seed's
 * embed snippet verbatim, an inline script, so with no policy), `/paystation-embed-example.html`
 * (the vendor's own example page, see below), `/demo/*` (page scripts and
 * styles, not the sandbox sources) and `/dist/*` (the built bundles, never cached so a
 * rebuild shows at once). These are the studio's web pages, which embed the widget.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { Hono } from "hono";
import { payStationOriginFor } from "../shared/paystation-origin";
import { FILE_TYPES, notFound, PAGE_CSP, serveFile } from "../shared/static-files";

/**
 * An origin no sandbox page uses, which browser tests route themselves: a Pay Station frame
 * that navigates there must still load, so that the launcher's own origin checks are what
 * stops its messages.
 */
export const TEST_FOREIGN_ORIGIN = "https://evil.example";

/**
 * The store demo's policy: the strict one, plus frames from Pay Station's origin, which every
 * studio page that sells through the lightbox must allow.
 */
export function storePageCsp(requestUrl: string): string {
  return `${PAGE_CSP}; frame-src ${payStationOriginFor(requestUrl)}`;
}

/**
 * The launcher demo's policy: scripts and styles from its own origin only; frames from Pay
 * Station's origin, and (for tests of frames that navigate away) from its own and the
 * foreign test origin.
 */
export function launcherPageCsp(requestUrl: string): string {
  return `${PAGE_CSP}; frame-src 'self' ${payStationOriginFor(requestUrl)} ${TEST_FOREIGN_ORIGIN}`;
}

/** The line of the vendor's example page (demo/vendor-example/index.html) that names its script. */
export const VENDOR_EXAMPLE_SCRIPT_LINE = 's.src = "widget.js";';

/** What `/paystation-embed-example.html?script=NAME` loads in place of the vendor's widget.js. */
export const VENDOR_EXAMPLE_SCRIPTS: Readonly<Record<string, string>> = {
  paystation: "/dist/paystation.js",
  "game-storefront": "/dist/game-storefront.js",
};

/**
 * The vendor's example page, verbatim but for its script's address: our launcher (the default)
 * or the store's script, which installs the same global. The page has an inline script, so it
 * gets no policy. A vendor page without that line fails loudly rather than loading nothing.
 */
async function serveVendorExample(demoDir: string, scriptName: string) {
  const script = VENDOR_EXAMPLE_SCRIPTS[scriptName];
  if (!script) return notFound();
  const page = await readFile(join(demoDir, "vendor-example", "index.html"), "utf8");
  if (page.split(VENDOR_EXAMPLE_SCRIPT_LINE).length !== 2)
    return new Response("The vendor's example page no longer names its script as expected", {
      status: 500,
      headers: { "Content-Type": "text/plain" },
    });
  return new Response(page.replace(VENDOR_EXAMPLE_SCRIPT_LINE, `s.src = "${script}";`), {
    headers: { "Content-Type": FILE_TYPES[".html"] as string, "Cache-Control": "no-store" },
  });
}

export function createStatic(root: string) {
  const demoDir = join(root, "demo");
  const distDir = join(root, "dist");
  const app = new Hono();
  const noStore = { headers: { "Cache-Control": "no-store" } };

  app.get("/", (c) =>
    serveFile(demoDir, "index.html", { ...noStore, csp: storePageCsp(c.req.url) }),
  );
  app.get("/paystation-demo.html", (c) =>
    serveFile(demoDir, "paystation-demo.html", { ...noStore, csp: launcherPageCsp(c.req.url) }),
  );
  // Kept as .txt so that no formatter or linter touches the seed's verbatim markup.
  app.get("/paystation-snippet.html", () =>
    serveFile(demoDir, "paystation-snippet.txt", {
      ...noStore,
      type: FILE_TYPES[".html"],
      csp: null,
    }),
  );
  app.get("/paystation-embed-example.html", (c) =>
    serveVendorExample(demoDir, c.req.query("script") ?? "paystation"),
  );
  app.get("/favicon.svg", () => serveFile(demoDir, "favicon.svg"));
  app.get("/favicon.ico", () => serveFile(demoDir, "favicon.svg"));
  // Only files directly in demo/: demo/sandbox/ is server code.
  app.get("/demo/:file{[A-Za-z0-9._-]+}", (c) => serveFile(demoDir, c.req.param("file"), noStore));
  // The bench's bare pages (scripts/bench.mjs): the widget alone, and its hand-written floor.
  app.get("/demo/bench/:file{[A-Za-z0-9._-]+}", (c) =>
    serveFile(join(demoDir, "bench"), c.req.param("file"), noStore),
  );
  app.get("/dist/*", (c) => {
    try {
      const relative = decodeURIComponent(new URL(c.req.url).pathname.slice("/dist/".length));
      return serveFile(distDir, relative, noStore);
    } catch {
      return notFound();
    }
  });
  return app;
}
