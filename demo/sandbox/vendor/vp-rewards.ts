/**
 * An item's `vp_rewards` as the Store API gives them (the vendor's OpenAPI examples:
 * `{item_id, sku, amount, name, image_url, is_clan}`): the value points one bought item earns.
 * The Merchant API's storefront answers carry the same array, which the seed's shape does not
 * have; the widget reads it when it is there.
 */
import { localize } from "../data/catalog";
import type { Catalog, VpReward } from "../data/catalog-types";

/** The value points' own item ids: a block of numbers apart from the catalog's. */
const VALUE_POINT_ITEM_ID = 175_231;

export function renderVpRewards(
  catalog: Catalog,
  rewards: VpReward[] | undefined,
  language: string,
  origin: string,
) {
  return (rewards ?? []).flatMap((reward) => {
    const index = catalog.valuePoints.findIndex((point) => point.sku === reward.sku);
    const point = catalog.valuePoints[index];
    if (!point) return [];
    return [
      {
        item_id: VALUE_POINT_ITEM_ID + index,
        sku: point.sku,
        amount: reward.amount,
        name: localize(point.name, language),
        image_url: `${origin}/images/vp/${point.sku}.svg`,
        is_clan: point.isClan,
      },
    ];
  });
}
