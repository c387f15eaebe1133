import type { Messages } from "./en";
import ar from "./locales/ar.json";
import de from "./locales/de.json";
import es from "./locales/es.json";
import fr from "./locales/fr.json";
import ja from "./locales/ja.json";
import ko from "./locales/ko.json";
import ptBR from "./locales/pt-BR.json";
import ru from "./locales/ru.json";
import zh from "./locales/zh.json";

/**
 * The catalogs bundled in: used by the npm build and the tests. The script-tag build swaps
 * this module for load-catalog.fetch.ts (see scripts/build.mjs), which keeps them out of the
 * bundle and fetches only the one a player needs.
 */
const bundled: Record<string, Messages> = { ar, de, es, fr, ja, ko, "pt-BR": ptBR, ru, zh };

export function loadCatalog(language: string): Promise<Messages | null> {
  return Promise.resolve(bundled[language] ?? null);
}
