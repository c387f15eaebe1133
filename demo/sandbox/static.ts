/**
 * The demo pages and the files they load: `/` (with a strict Content-Security-Policy, which
 * the widget must work under), `/paystation-demo.html` (the Pay Station launcher, whose
 * policy also lets it frame the Pay Station origin), `/paystation-snippet.html` (the seed's
 * embed snippet verbatim, an inline script, so with no policy), `/demo/*` (page scripts and
 * styles, not the sandbox sources) and `/dist/*` (the built bundles, never cached so a
 * rebuild shows at once).
 */
import { readFile } from "node:fs/promises";
import { extname, join, resolve, sep } from "node:path";
import { Hono } from "hono";
import { payStationOriginFor } from "./paystation-origin";

export const PAGE_CSP = "default-src 'self'";

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

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".map": "application/json",
  ".ts": "text/plain; charset=utf-8",
};

const notFound = () =>
  new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain" } });

export interface ServeOptions {
  headers?: Record<string, string>;
  /** The Content-Type, when the file's extension does not tell it. */
  type?: string;
  /** The Content-Security-Policy of an HTML page; null for none. Default: PAGE_CSP. */
  csp?: string | null;
}

/** Reads `relative` inside `dir`, refusing anything that escapes it or has an unknown type. */
export async function serveFile(dir: string, relative: string, options: ServeOptions = {}) {
  const type = options.type ?? TYPES[extname(relative)];
  const path = resolve(dir, relative);
  if (!type || !path.startsWith(dir + sep)) return notFound();
  try {
    const body = await readFile(path);
    const response = new Response(body, {
      headers: { "Content-Type": type, ...options.headers },
    });
    const csp = options.csp === undefined ? PAGE_CSP : options.csp;
    if (type.startsWith("text/html") && csp !== null)
      response.headers.set("Content-Security-Policy", csp);
    return response;
  } catch {
    return notFound();
  }
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
      type: TYPES[".html"],
      csp: null,
    }),
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
