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

/** Debian's binary (without its wrapper script), else the wrapper. */
export const DEBIAN_CHROMIUM = ["/usr/lib/chromium/chromium", "/usr/bin/chromium"];

/**
 * CHROMIUM_PATH, else Debian's Chromium, or null when none exists. `env` and `exists` are
 * parameters so that scripts/ensure-chromium.mjs can be tested without a browser.
 */
export function findChromium(env = process.env, exists = existsSync) {
  const candidates = [env.CHROMIUM_PATH, ...DEBIAN_CHROMIUM];
  return candidates.find((path) => path && exists(path)) ?? null;
}

/** CHROMIUM_PATH, else Debian's binary (without its wrapper script), else the wrapper. */
export function chromiumPath() {
  const found = findChromium();
  if (!found)
    throw new Error("Chromium not found: install Debian's chromium or set CHROMIUM_PATH.");
  return found;
}
