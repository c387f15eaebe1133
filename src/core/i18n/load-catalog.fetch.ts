import { en, type Messages } from "./en";

/*
 * The script-tag bundle ships English only and fetches another language's catalog from
 * `locales/` beside the script, which keeps about 2.7 KB gzip of Chinese, Japanese and Korean
 * text out of every page load. The script's address must be read while it runs for the
 * first time: document.currentScript is null afterwards.
 */
const scriptSrc = (document.currentScript as HTMLScriptElement | null)?.src;

/** One request per language per page, shared by every widget that needs it. */
const pending = new Map<string, Promise<Messages | null>>();

export function loadCatalog(language: string): Promise<Messages | null> {
  if (!scriptSrc) return Promise.resolve(null);
  let promise = pending.get(language);
  if (!promise) {
    // The schema (with zod) comes as a chunk, fetched alongside the catalog.
    const schema = import("./catalog-schema");
    // Observed here too, so that a chunk that fails while the fetch fails is no stray error.
    schema.catch(() => {});
    promise = fetch(new URL(`locales/${language}.json`, scriptSrc))
      .then((response) => (response.ok ? response.json() : null))
      .then(async (json) => {
        const parsed = (await schema).CatalogSchema.safeParse(json);
        // A catalog that lacks a key (an older file on a CDN, say) falls back to English for it.
        return parsed.success ? ({ ...en, ...parsed.data } as Messages) : null;
      })
      .catch(() => null);
    pending.set(language, promise);
  }
  return promise;
}
