import { useI18n } from "./i18n-context";

/** Structural copies of the domain's price shapes, so ui/ needs nothing from api/. */
interface MoneyLike {
  amount: number;
  currency: string;
}
export interface PriceProps {
  money: { current: MoneyLike; beforeDiscount: MoneyLike | null } | null;
  vc?: { amount: number; beforeDiscount: number | null; currency: { name: string } | null } | null;
  isFree?: boolean;
  /** Wraps each formatted money amount, e.g. "$4.99" -> "$4.99 / month" for plans. */
  perPeriod?: (price: string) => string;
}

/**
 * Money and virtual-currency prices, with the price before a discount struck through. The
 * struck price carries a hidden "Original price:" so a screen reader does not read two
 * prices as one.
 */
export function Price({ money, vc, isFree, perPeriod = (price) => price }: PriceProps) {
  const i18n = useI18n();
  if (isFree) {
    return (
      <p class="gs-prices">
        <span class="gs-price gs-price-free">{i18n.t("free")}</span>
      </p>
    );
  }
  const vcText = (amount: number) =>
    i18n.t("vcPrice", {
      amount: i18n.number(amount),
      currency: vc?.currency?.name ?? i18n.t("vcFallbackName"),
    });
  return (
    <p class="gs-prices">
      {money && (
        <PricePair
          current={perPeriod(i18n.money(money.current.amount, money.current.currency))}
          before={
            money.beforeDiscount &&
            perPeriod(i18n.money(money.beforeDiscount.amount, money.beforeDiscount.currency))
          }
        />
      )}
      {vc && (
        <PricePair
          current={vcText(vc.amount)}
          before={vc.beforeDiscount !== null ? vcText(vc.beforeDiscount) : null}
        />
      )}
    </p>
  );
}

function PricePair({ current, before }: { current: string; before: string | null }) {
  const i18n = useI18n();
  return (
    <span class="gs-price-pair">
      {before && (
        <s class="gs-price-before">
          <span class="gs-sr-only">{i18n.t("originalPrice")} </span>
          {before}
        </s>
      )}{" "}
      <span class="gs-price" data-discounted={before ? "" : undefined}>
        {before && <span class="gs-sr-only">{i18n.t("currentPrice")} </span>}
        {current}
      </span>
    </span>
  );
}
