/**
 * Serving files from a folder, as the studio's pages and the emulated Pay Station page both
 * do: a known type per extension, nothing outside the folder, and a Content-Security-Policy on
 * every HTML page.
 */
import { readFile } from "node:fs/promises";
import { extname, resolve, sep } from "node:path";

/** The policy an HTML page gets unless it names its own. */
export const PAGE_CSP = "default-src 'self'";

/** Content types by extension; a file of any other type is not served. */
export const FILE_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".map": "application/json",
  ".ts": "text/plain; charset=utf-8",
};

export const notFound = () =>
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
  const type = options.type ?? FILE_TYPES[extname(relative)];
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
