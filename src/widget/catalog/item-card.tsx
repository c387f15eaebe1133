import type { Item } from "../../api";
import { Price, ProductImage } from "../../ui";
import { FeaturePart } from "../feature-part";
import { PurchaseButton } from "../purchase";
import { Bonuses, Labels, LimitNote, VpRewards } from "./product-details";

export function ItemCard({ item }: { item: Item }) {
  // Priced only in a currency the Store API names: bought at once with it, without Pay Station.
  const vcSku = !item.price && item.vcPrice?.currency?.sku;
  const request = {
    sku: item.sku,
    name: item.name,
    target: { kind: "item", sku: item.sku } as const,
    vc: vcSku ? { sku: vcSku, name: item.vcPrice?.currency?.name ?? vcSku } : null,
  };
  return (
    <li class="gs-card" data-sku={item.sku} data-free={item.isFree ? "" : undefined}>
      <ProductImage src={item.imageUrl} />
      <div class="gs-card-body">
        <Labels adLabel={item.adLabel} offerLabel={item.offerLabel} />
        <h3 class="gs-card-name">{item.name}</h3>
        {item.description && <p class="gs-card-description">{item.description}</p>}
        <Bonuses bonusVc={item.bonusVc} bonusItems={item.bonusItems} />
        <LimitNote limit={item.limit} />
      </div>
      <div class="gs-card-footer">
        <Price money={item.price} vc={item.vcPrice} isFree={item.isFree} />
        <VpRewards rewards={item.vpRewards} />
        <PurchaseButton verb={item.isFree ? "claim" : "buy"} limit={item.limit} request={request} />
        {/* Only an item sold for money: the saved method pays money, not virtual currency. */}
        <FeaturePart of="saved" part="Button" product={item} request={request} />
        {/* A gift is always paid in Pay Station, whatever currency the item is priced in. */}
        {!item.isFree && <FeaturePart of="gifts" part="Button" request={request} />}
      </div>
    </li>
  );
}
