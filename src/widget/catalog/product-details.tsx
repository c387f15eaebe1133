import type { AdLabel, BonusItem, PerUserLimit, VpReward } from "../../api";
import { useI18n } from "../../ui";

/** The advertisement label and the offer label, both as the server wrote them. */
export function Labels({
  adLabel,
  offerLabel,
}: {
  /** An advertisement label, or the widget's own ("Your plan") with kind "active". */
  adLabel: { kind: AdLabel["kind"] | "active"; text: string } | null;
  offerLabel: string | null;
}) {
  if (!adLabel?.text && !offerLabel) return null;
  return (
    <p class="gs-labels">
      {adLabel?.text && (
        <span class="gs-label" data-kind={adLabel.kind}>
          {adLabel.text}
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
export function Bonuses({
  bonusVc,
  bonusItems,
}: {
  bonusVc: number | null;
  bonusItems: BonusItem[];
}) {
  const i18n = useI18n();
  return (
    <>
      {bonusVc ? (
        <p class="gs-bonus">{i18n.t("bonusVc", { amount: i18n.number(bonusVc) })}</p>
      ) : null}
      {bonusItems.length > 0 && (
        <p class="gs-bonus">
          {i18n.t("bonusItems", {
            items: i18n.list(
              bonusItems.map((b) =>
                i18n.t("bonusItem", { name: b.name, quantity: i18n.number(b.quantity) }),
              ),
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

/** "+50 Star Points": what buying the item adds towards reward chains; the picture is decoration. */
export function VpRewards({ rewards }: { rewards: VpReward[] }) {
  const i18n = useI18n();
  return (
    <>
      {rewards.map((reward) => (
        <p class="gs-bonus gs-vp" key={reward.sku}>
          {reward.imageUrl && <img src={reward.imageUrl} alt="" width={16} height={16} />}
          {i18n.t("vpReward", { amount: i18n.number(reward.amount), name: reward.name })}
        </p>
      ))}
    </>
  );
}
