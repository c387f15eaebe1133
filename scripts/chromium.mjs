// Debian's Chromium, as the browser tests and the bench launch it. Playwright never
// downloads a browser in this project.
import { existsSync } from "node:fs";

/** Flags that keep a headless Chromium from stalling on a machine without internet. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** CHROMIUM_PATH, else Debian's binary (without its wrapper script), else the wrapper. */
export function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/lib/chromium/chromium", "/usr/bin/chromium"];
  const found = candidates.find((path) => path && existsSync(path));
  if (!found)
    throw new Error("Chromium not found: install Debian's chromium or set CHROMIUM_PATH.");
  return found;
}
