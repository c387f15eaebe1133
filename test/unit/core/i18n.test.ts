import { describe, expect, it } from "vitest";
import {
  createI18n,
  loadCatalog,
  resolveLanguage,
  supportedLanguages,
} from "../../../src/core/i18n";
import { en as store } from "../../../src/core/i18n/en";
import { enGifting } from "../../../src/core/i18n/en-gifting";
import { enInvites } from "../../../src/core/i18n/en-invites";
import { enRewards } from "../../../src/core/i18n/en-rewards";

/** Every English text: the store's and those the features' chunks bring. */
const en = { ...store, ...enGifting, ...enRewards, ...enInvites };

async function i18nFor(locale: string) {
  return createI18n(locale, (await loadCatalog(resolveLanguage(locale))) ?? undefined);
}

describe("message catalogs", () => {
  it("have every English key in every language, with the same placeholders", async () => {
    // The set of `{name}`s in a message, over all its plural forms: a language may say "one
    // day" without `{count}` in one form, but no language may drop or invent a parameter.
    const placeholders = (text: unknown): string[] =>
      [...new Set(JSON.stringify(text ?? null).match(/\{\w+\}/g))].sort();
    const keys = Object.keys(en) as (keyof typeof en)[];
    const english = keys.map((key) => ({ key, placeholders: placeholders(en[key]) }));
    expect(english.some((message) => message.placeholders.length > 0)).toBe(true);
    for (const language of supportedLanguages.filter((l) => l !== "en")) {
      const catalog = (await loadCatalog(language)) as Record<string, unknown>;
      expect(Object.keys(catalog).sort(), language).toEqual([...keys].sort());
      const translated = keys.map((key) => ({ key, placeholders: placeholders(catalog[key]) }));
      expect(translated, `${language}'s placeholders, message by message`).toEqual(english);
    }
  });

  it("falls back from a region to its language, and to English for an unknown language", () => {
    expect(resolveLanguage("zh-CN")).toBe("zh");
    expect(resolveLanguage("ko_KR")).toBe("ko");
    expect(resolveLanguage("pt-BR")).toBe("en");
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
