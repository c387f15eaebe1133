import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  createI18n,
  loadCatalog,
  resolveLanguage,
  supportedLanguages,
} from "../../../src/core/i18n";
import { en as store } from "../../../src/core/i18n/en";
import { enAccount } from "../../../src/core/i18n/en-account";
import { enCheckout } from "../../../src/core/i18n/en-checkout";
import { enGiftButtons } from "../../../src/core/i18n/en-gift-buttons";
import { enGifting } from "../../../src/core/i18n/en-gifting";
import { enInvites } from "../../../src/core/i18n/en-invites";
import { enRewards } from "../../../src/core/i18n/en-rewards";
import { enSaved } from "../../../src/core/i18n/en-saved";
import { enSubscriptions } from "../../../src/core/i18n/en-subscriptions";

/** Every English text: the store's and those the features' chunks bring. */
const en = {
  ...store,
  ...enCheckout,
  ...enGiftButtons,
  ...enGifting,
  ...enRewards,
  ...enInvites,
  ...enAccount,
  ...enSubscriptions,
  ...enSaved,
};

async function i18nFor(locale: string) {
  return createI18n(locale, (await loadCatalog(resolveLanguage(locale))) ?? undefined);
}

describe("message catalogs", () => {
  // The `{name}`s in a text, sorted.
  const placeholders = (text: unknown): string[] =>
    [...new Set(JSON.stringify(text ?? null).match(/\{\w+\}/g))].sort();
  const keys = Object.keys(en) as (keyof typeof en)[];
  const others = supportedLanguages.filter((language) => language !== "en");

  /** A language's catalog as the script-tag build fetches it: locales/{language}.json. */
  const catalogFile = (language: string) =>
    JSON.parse(
      readFileSync(
        new URL(`../../../src/core/i18n/locales/${language}.json`, import.meta.url),
        "utf8",
      ),
    ) as Record<string, unknown>;

  it("have every English key in every language, with the same placeholders", async () => {
    expect(keys.some((key) => placeholders(en[key]).length > 0)).toBe(true);
    expect(others.length).toBeGreaterThanOrEqual(9);
    for (const language of others) {
      // A missing file fails here, named, rather than the store quietly showing English.
      const catalog = catalogFile(language);
      expect(await loadCatalog(language), `${language}'s bundled catalog`).toEqual(catalog);
      expect(Object.keys(catalog).sort(), language).toEqual([...keys].sort());
      const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
      for (const key of keys) {
        const english = en[key];
        const translated = catalog[key];
        const where = `${language}: ${key}`;
        if (typeof english === "string") {
          expect(typeof translated, where).toBe("string");
          expect(placeholders(translated), where).toEqual(placeholders(english));
          continue;
        }
        // Plural forms: every category the language's rules can pick, each with no parameter
        // the English has not (a form may say "one day" without `{count}`, as Arabic does).
        expect(typeof translated, where).toBe("object");
        const forms = translated as Record<string, string>;
        expect(Object.keys(forms).sort(), `${where}'s plural forms`).toEqual(
          expect.arrayContaining([...categories].sort()),
        );
        for (const [category, form] of Object.entries(forms)) {
          expect(typeof form, `${where}.${category}`).toBe("string");
          expect(placeholders(english.other), `${where}.${category}`).toEqual(
            expect.arrayContaining(placeholders(form)),
          );
        }
      }
    }
  });

  it("falls back from a region to its language, and to English for an unknown language", () => {
    expect(resolveLanguage("zh-CN")).toBe("zh");
    expect(resolveLanguage("zh-TW")).toBe("zh");
    expect(resolveLanguage("ko_KR")).toBe("ko");
    expect(resolveLanguage("ar-EG")).toBe("ar");
    expect(resolveLanguage("RU")).toBe("ru");
    expect(resolveLanguage("tr")).toBe("en");
  });

  it("gives every Portuguese the Brazilian catalog", () => {
    for (const locale of ["pt", "pt-BR", "pt-PT", "pt_AO"])
      expect(resolveLanguage(locale), locale).toBe("pt-BR");
  });

  it("lays out Arabic right to left and the other languages left to right", async () => {
    expect((await i18nFor("ar")).dir).toBe("rtl");
    for (const language of supportedLanguages.filter((l) => l !== "ar"))
      expect((await i18nFor(language)).dir, language).toBe("ltr");
  });
});

describe("formatting per locale", () => {
  it("formats money with the locale's conventions", async () => {
    expect((await i18nFor("en")).money(4, "USD")).toBe("$4.00");
    expect((await i18nFor("zh")).money(4, "USD")).toBe("US$4.00");
    expect((await i18nFor("ja")).money(500, "JPY")).toBe("￥500");
    expect((await i18nFor("ko")).money(5500, "KRW")).toBe("₩5,500");
    expect((await i18nFor("de-DE")).money(4.99, "EUR")).toBe("4,99\u00a0€");
  });

  it("shows an unknown currency code as a number and the code instead of failing", async () => {
    expect((await i18nFor("en")).money(3, "GOLD")).toBe("3 GOLD");
  });

  it("formats dates with the full locale", async () => {
    const date = new Date("2030-06-28T06:35:02Z");
    expect((await i18nFor("en")).date(date)).toBe("June 28, 2030");
    expect((await i18nFor("en-GB")).date(date)).toBe("28 June 2030");
    expect((await i18nFor("zh")).date(date)).toBe("2030年6月28日");
    expect((await i18nFor("ja")).date(date)).toBe("2030年6月28日");
    expect((await i18nFor("ko")).date(date)).toBe("2030년 6월 28일");
  });

  it("writes time left with days, and without them under a day", async () => {
    const en = await i18nFor("en");
    expect(en.duration((3 * 86_400 + 4 * 3600 + 5 * 60 + 6) * 1000)).toBe("3d 04:05:06");
    expect(en.duration(59_000)).toBe("00:00:59");
    expect(en.duration(-5)).toBe("00:00:00");
    expect((await i18nFor("zh")).duration(86_400_000)).toBe("1天 00:00:00");
  });

  it("chooses plural forms by the locale's rules", async () => {
    const en = await i18nFor("en");
    expect(en.plural("periodMonth", 1)).toBe("month");
    expect(en.plural("periodMonth", 12)).toBe("12 months");
    expect(en.plural("limitLeft", 1)).toBe("1 left");
    expect((await i18nFor("ja")).plural("periodMonth", 1)).toBe("1 か月");
  });

  it("fills parameters and leaves unknown ones visible", async () => {
    const en = await i18nFor("en");
    expect(en.t("retry", { section: "Subscriptions" })).toBe("Reload Subscriptions");
    expect(en.t("retry")).toBe("Reload {section}");
  });
});

describe("feature texts", () => {
  it("come with their chunk: English has them once the chunk is loaded", async () => {
    await import("../../../src/gifting");
    expect(createI18n("en").t("giftSearch")).toBe("Search friends");
    // Another language reads them from its own catalog, whether the chunk is there or not.
    expect((await i18nFor("ja")).t("rewardStateClaimed")).not.toBe("Claimed");
  });
});
