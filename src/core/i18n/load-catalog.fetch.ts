import { z } from "zod/mini";
import { en, type Messages } from "./en";

/*
 * The script-tag bundle ships English only and fetches another language's catalog from
 * `locales/` beside the script, which keeps about 2.7 KB gzip of Chinese, Japanese and Korean
 * text out of every page load. The script's address must be read while it runs for the
 * first time: document.currentScript is null afterwards.
 */
const scriptSrc = (document.currentScript as HTMLScriptElement | null)?.src;

/** An object of texts, where a text is a string or an object of plural forms. */
const isTextObject = (value: unknown, inner: (text: unknown) => boolean): boolean =>
  typeof value === "object" && value !== null && Object.values(value).every(inner);
const CatalogSchema = z.custom<Partial<Messages>>((value) =>
  isTextObject(
    value,
    (text) => typeof text === "string" || isTextObject(text, (form) => typeof form === "string"),
  ),
);

/** One request per language per page, shared by every widget that needs it. */
const pending = new Map<string, Promise<Messages | null>>();

export function loadCatalog(language: string): Promise<Messages | null> {
  if (!scriptSrc) return Promise.resolve(null);
  let promise = pending.get(language);
  if (!promise) {
    promise = fetch(new URL(`locales/${language}.json`, scriptSrc))
      .then((response) => (response.ok ? response.json() : null))
      .then((json) => {
        const parsed = CatalogSchema.safeParse(json);
        // A catalog that lacks a key (an older file on a CDN, say) falls back to English for it.
        return parsed.success ? ({ ...en, ...parsed.data } as Messages) : null;
      })
      .catch(() => null);
    pending.set(language, promise);
  }
  return promise;
}
