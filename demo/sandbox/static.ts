/**
 * The demo page and the files it loads: `/` (with a strict Content-Security-Policy, which
 * the widget must work under), `/demo/*` (page script and styles, not the sandbox sources)
 * and `/dist/*` (the built widget, never cached so a rebuild shows at once).
 */
import { readFile } from "node:fs/promises";
import { extname, join, resolve, sep } from "node:path";
import { Hono } from "hono";

export const PAGE_CSP = "default-src 'self'";

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

/** Reads `relative` inside `dir`, refusing anything that escapes it or has an unknown type. */
async function serveFile(dir: string, relative: string, headers: Record<string, string> = {}) {
  const type = TYPES[extname(relative)];
  const path = resolve(dir, relative);
  if (!type || !path.startsWith(dir + sep)) return notFound();
  try {
    const body = await readFile(path);
    const response = new Response(body, { headers: { "Content-Type": type, ...headers } });
    if (type.startsWith("text/html")) response.headers.set("Content-Security-Policy", PAGE_CSP);
    return response;
  } catch {
    return notFound();
  }
}

export function createStatic(root: string) {
  const demoDir = join(root, "demo");
  const distDir = join(root, "dist");
  const app = new Hono();
  const noStore = { "Cache-Control": "no-store" };

  app.get("/", () => serveFile(demoDir, "index.html", noStore));
  app.get("/favicon.svg", () => serveFile(demoDir, "favicon.svg"));
  app.get("/favicon.ico", () => serveFile(demoDir, "favicon.svg"));
  // Only files directly in demo/: demo/sandbox/ is server code.
  app.get("/demo/:file{[A-Za-z0-9._-]+}", (c) => serveFile(demoDir, c.req.param("file"), noStore));
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
