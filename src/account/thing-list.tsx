import { ProductImage, useI18n } from "../ui";

/** A thing the player owns or is given, named (by itself, the catalog or its sku). */
export interface ShownThing {
  sku: string;
  name: string;
  quantity: number;
  imageUrl: string | null;
}

/**
 * Things with their pictures and quantities: the player's items, and what a coupon gives.
 * Each row takes the focus from a script ("Show more" moves it to the first new one).
 */
export function ThingList(props: { things: readonly ShownThing[]; label?: string }) {
  const i18n = useI18n();
  return (
    <ul class="gs-account-things" aria-label={props.label}>
      {props.things.map((thing) => (
        <li key={thing.sku} class="gs-account-thing" tabIndex={-1}>
          <ProductImage src={thing.imageUrl} />
          <span class="gs-account-thing-name">
            <bdi>{thing.name}</bdi>
          </span>
          <span class="gs-account-quantity">
            {i18n.t("accountQuantity", { quantity: i18n.number(thing.quantity) })}
          </span>
        </li>
      ))}
    </ul>
  );
}
