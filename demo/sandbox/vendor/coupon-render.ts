/**
 * A coupon in the Merchant API's shape (seed 002 ~9412-9785), the same for checking and for
 * redeeming one. The shape is a PHP service's: an empty list or map is `[]`, and
 * `virtual_items` is one `{virtual_item, amount}` object for a coupon of one item (the seed's
 * example), `[]` for a coupon of currency only, and a list of such objects for several.
 */
import { groupsOfItem } from "../data/catalog";
import type { Catalog, CatalogItem, Localized } from "../data/catalog-types";
import type { DemoCoupon } from "../data/coupons-demo";

/** The seed's `expiration_date`: "2014-10-16 21:44:31", here in UTC. */
export function couponDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace("T", " ");
}

/** Every language the text has, as the seed's `{"en": "T-34-3"}`; `[]` for no text. */
const texts = (value: Localized | undefined) => (value ? { ...value } : []);

function renderVirtualItem(catalog: Catalog, item: CatalogItem, origin: string) {
  return {
    id: item.id,
    sku: item.sku,
    item_code: null,
    advertisement_type: item.label?.type ?? null,
    name: texts(item.name),
    description: texts(item.description),
    long_description: texts(item.longDescription),
    prices: item.usd === undefined ? [] : { USD: item.usd },
    default_currency: "USD",
    enabled: true,
    permanent: item.kind === "non_consumable",
    // 0: no limit.
    purchase_limit: item.perUser ?? 0,
    keywords: [],
    image_url: item.art === "none" ? "" : `${origin}/images/item/${item.sku}.svg`,
    groups: groupsOfItem(catalog, item).map((group) => group.id),
    item_type: item.kind === "non_consumable" ? "Permanent" : "Consumable",
    // Seconds an "Expiration" item lasts; the sandbox's items do not expire.
    expiration: null,
    virtual_currency_price: item.vc ?? null,
  };
}

export interface CouponState {
  /** When it expires, in ms. */
  expiresAt: number;
  /** Redemptions left in all; null: no limit. */
  remaining: number | null;
}

export function renderCoupon(
  catalog: Catalog,
  coupon: DemoCoupon,
  state: CouponState,
  origin: string,
) {
  const items = coupon.items.flatMap(({ sku, quantity }) => {
    const item = catalog.items.find((candidate) => candidate.sku === sku);
    return item
      ? [{ virtual_item: renderVirtualItem(catalog, item, origin), amount: quantity }]
      : [];
  });
  return {
    coupon_id: coupon.couponId,
    project_id: coupon.projectId,
    coupon_code: coupon.code,
    campaign_code: coupon.campaignCode,
    virtual_currency_amount: coupon.vc,
    is_active: 1,
    redeems_count_remain: state.remaining,
    redeems_count_for_user: coupon.perUserLimit,
    expiration_date: couponDate(state.expiresAt),
    virtual_items: items.length === 1 ? items[0] : items,
  };
}
