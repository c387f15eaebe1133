import type { Item } from "../../api";
import { Price, ProductImage } from "../../ui";
import { Bonuses, Labels, LimitNote } from "./product-details";

export function ItemCard({ item }: { item: Item }) {
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
      <Price money={item.price} vc={item.vcPrice} isFree={item.isFree} />
    </li>
  );
}
