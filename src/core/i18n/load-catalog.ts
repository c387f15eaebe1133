import type { Messages } from "./en";
import ja from "./locales/ja.json";
import ko from "./locales/ko.json";
import zh from "./locales/zh.json";

/**
 * The catalogs bundled in: used by the npm build and the tests. The script-tag build swaps
 * this module for load-catalog.fetch.ts (see scripts/build.mjs), which keeps them out of the
 * bundle and fetches only the one a player needs.
 */
const bundled: Record<string, Messages> = { ja, ko, zh };

export function loadCatalog(language: string): Promise<Messages | null> {
  return Promise.resolve(bundled[language] ?? null);
}
