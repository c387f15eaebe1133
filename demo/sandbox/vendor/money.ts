/** Converts catalog prices (USD) into the currency a caller asked for, at fixed rates. */

export interface CurrencyRule {
  /** Units of this currency per US dollar. */
  rate: number;
  /** Digits after the decimal point. */
  decimals: number;
  /** Prices are rounded to a multiple of this, in major units (store price points). */
  step: number;
}

/** Prices are kept in USD and converted at these fixed rates. */
export const CURRENCIES: Readonly<Record<string, CurrencyRule>> = {
  USD: { rate: 1, decimals: 2, step: 0.01 },
  EUR: { rate: 0.92, decimals: 2, step: 0.01 },
  GBP: { rate: 0.79, decimals: 2, step: 0.01 },
  JPY: { rate: 150, decimals: 0, step: 10 },
  CNY: { rate: 7.2, decimals: 2, step: 0.1 },
  KRW: { rate: 1350, decimals: 0, step: 100 },
};

/** The Store API has no currency parameter: it prices by country. */
export const COUNTRY_CURRENCY: Readonly<Record<string, string>> = {
  US: "USD",
  DE: "EUR",
  FR: "EUR",
  ES: "EUR",
  IT: "EUR",
  NL: "EUR",
  GB: "GBP",
  JP: "JPY",
  CN: "CNY",
  KR: "KRW",
};

export interface Pricing {
  /** The currency prices are answered in: the one asked for, or USD when it is not sold in. */
  currency: string;
  /** A USD amount in `currency`, rounded to the currency's price points. */
  convert(usd: number): number;
  /** The same, as the Store API's decimal string ("4.99", "750"). */
  format(usd: number): string;
}

const USD: CurrencyRule = { rate: 1, decimals: 2, step: 0.01 };

export function pricingFor(requested: string): Pricing {
  const known = CURRENCIES[requested];
  const currency = known ? requested : "USD";
  const rule = known ?? USD;
  const convert = (usd: number) => {
    if (usd === 0) return 0;
    const raw = usd * rule.rate;
    // USD amounts stay exact; others snap to the nearest price point, never to zero.
    const stepped =
      rule.rate === 1 ? raw : Math.max(rule.step, Math.round(raw / rule.step) * rule.step);
    return Number(stepped.toFixed(rule.decimals));
  };
  return { currency, convert, format: (usd) => convert(usd).toFixed(rule.decimals) };
}

/** The Store API prices by country; without one it answers in USD. */
export function pricingForCountry(country: string | undefined): Pricing {
  return pricingFor((country && COUNTRY_CURRENCY[country]) || "USD");
}
