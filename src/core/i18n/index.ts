import { en, type MessageKey, type Messages } from "./en";

export type { MessageKey, Messages } from "./en";
export { loadCatalog } from "./load-catalog";

/**
 * The English catalog: the store's texts from the start, and each on-demand feature's once its
 * chunk has added them (addEnglish), which it does before anything of it is drawn.
 */
const english = en as Partial<Messages> as Messages;

/** Adds a feature's English texts, which travel in its chunk rather than the first view. */
export function addEnglish(messages: Partial<Messages>): void {
  Object.assign(english, messages);
}

/**
 * The languages with a catalog, named like their files in locales/: a BCP 47 language subtag,
 * or with a region where the catalog is one region's variety. English is the fallback.
 */
export const supportedLanguages = ["en", "zh", "ja", "ko", "de", "fr", "es", "pt-BR", "ru", "ar"];

type Params = Record<string, string | number>;
type PluralKey = { [K in MessageKey]: Messages[K] extends string ? never : K }[MessageKey];
type TextKey = Exclude<MessageKey, PluralKey>;

export interface I18n {
  /** The tag used for Intl formatting (the requested one when Intl supports it). */
  locale: string;
  /** The language whose catalog is used: the requested one, its base language, or en. */
  language: string;
  /** The writing direction of that language: Arabic's is right to left. */
  dir: "ltr" | "rtl";
  t(key: TextKey, params?: Params): string;
  plural(key: PluralKey, count: number, params?: Params): string;
  money(amount: number, currency: string): string;
  number(value: number): string;
  date(value: Date): string;
  /** "2d 03:04:05" style time left, for countdowns. */
  duration(ms: number): string;
  list(parts: string[]): string;
}

/**
 * Picks a catalog for a locale: the exact tag's language ("zh-CN" -> "zh", "zh-TW" too), else
 * English. Every Portuguese ("pt", "pt-PT", "pt-AO") gets the one Portuguese catalog, Brazil's:
 * a player in Portugal reads it far more easily than English, and Intl formatting still uses
 * the full tag, so "pt-PT" gets its own dates and numbers (as "en-GB" gets British dates).
 */
export function resolveLanguage(locale: string): string {
  const language = locale.toLowerCase().split(/[-_]/)[0] ?? "en";
  if (language === "pt") return "pt-BR";
  return supportedLanguages.includes(language) ? language : "en";
}

/**
 * Translations and formatters for one widget. `messages` is the catalog of the resolved
 * language (see loadCatalog); without one, the text is English and the formatting still
 * follows the requested locale.
 */
export function createI18n(requestedLocale: string, messages: Messages = english): I18n {
  const language = messages === english ? "en" : resolveLanguage(requestedLocale);
  // The locale and each formatter are settled on first use: a fresh page's first call into
  // Intl loads its locale data (about 20 ms on a slow machine), and the widget is made before
  // its first requests go out, which must not wait for that.
  const locale = once(() =>
    Intl.NumberFormat.supportedLocalesOf([requestedLocale]).length ? requestedLocale : language,
  );
  const pluralRules = once(() => new Intl.PluralRules(locale()));
  const numbers = once(() => new Intl.NumberFormat(locale()));
  const twoDigits = once(
    () => new Intl.NumberFormat(locale(), { minimumIntegerDigits: 2, useGrouping: false }),
  );
  const dates = once(() => new Intl.DateTimeFormat(locale(), { dateStyle: "long" }));
  const lists = once(() => new Intl.ListFormat(locale(), { style: "short", type: "conjunction" }));
  const moneyFormats = new Map<string, Intl.NumberFormat>();

  const fill = (template: string, params: Params = {}) =>
    template.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );

  return {
    get locale() {
      return locale();
    },
    language,
    dir: language === "ar" ? "rtl" : "ltr",
    // A catalog without a key (an older file on a CDN) falls back to English.
    t: (key, params) => fill((messages[key] ?? english[key]) as string, params),
    plural(key, count, params) {
      const forms = (messages[key] ?? english[key]) as Record<string, string> & { other: string };
      const form = forms[pluralRules().select(count)] ?? forms.other;
      return fill(form, { count: numbers().format(count), ...params });
    },
    money(amount, currency) {
      let format = moneyFormats.get(currency);
      if (!format) {
        try {
          format = new Intl.NumberFormat(locale(), { style: "currency", currency });
        } catch {
          // An unknown currency code from the server still shows as a plain number and code.
          return `${numbers().format(amount)} ${currency}`;
        }
        moneyFormats.set(currency, format);
      }
      return format.format(amount);
    },
    number: (value) => numbers().format(value),
    date: (value) => dates().format(value),
    duration(ms) {
      const total = Math.max(0, Math.floor(ms / 1000));
      const days = Math.floor(total / 86_400);
      const hms = [Math.floor(total / 3600) % 24, Math.floor(total / 60) % 60, total % 60]
        .map((n) => twoDigits().format(n))
        .join(":");
      return days > 0
        ? fill(messages.countdownDays, { days: numbers().format(days), time: hms })
        : hms;
    },
    list: (parts) => lists().format(parts),
  };
}

/** A value made on first use and kept. */
function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => {
    value ??= make();
    return value;
  };
}
