import type { AdLabel, BonusItem, PerUserLimit } from "../../api";
import { useI18n } from "../../ui";

/** The advertisement label (server text) and the free-text offer label. */
export function Labels({ adLabel, offerLabel }: { adLabel: AdLabel | null; offerLabel: string | null }) {
  const i18n = useI18n();
  if (!adLabel && !offerLabel) return null;
  const fallback = {
    recommended: i18n.t("labelRecommended"),
    best_deal: i18n.t("labelBestDeal"),
    special_offer: i18n.t("labelSpecialOffer"),
    other: "",
  };
  const adText = adLabel ? adLabel.text || fallback[adLabel.kind] : "";
  return (
    <p class="gs-labels">
      {adText && (
        <span class="gs-label" data-kind={adLabel?.kind}>
          {adText}
        </span>
      )}
      {offerLabel && (
        <span class="gs-label" data-kind="offer">
          {offerLabel}
        </span>
      )}
    </p>
  );
}

/** Bonus currency and bonus items that come with a purchase. */
export function Bonuses({ bonusVc, bonusItems }: { bonusVc: number | null; bonusItems: BonusItem[] }) {
  const i18n = useI18n();
  return (
    <>
      {bonusVc ? <p class="gs-bonus">{i18n.t("bonusVc", { amount: i18n.number(bonusVc) })}</p> : null}
      {bonusItems.length > 0 && (
        <p class="gs-bonus">
          {i18n.t("bonusItems", {
            items: i18n.list(
              bonusItems.map((b) => i18n.t("bonusItem", { name: b.name, quantity: i18n.number(b.quantity) })),
            ),
          })}
        </p>
      )}
    </>
  );
}

/** "1 left": how many more this player may get. */
export function LimitNote({ limit }: { limit: PerUserLimit | null }) {
  const i18n = useI18n();
  if (!limit) return null;
  return (
    <p class="gs-limit">
      {limit.available > 0 ? i18n.plural("limitLeft", limit.available) : i18n.t("limitNone")}
    </p>
  );
}
