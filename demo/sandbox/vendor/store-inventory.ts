/**
 * The player's inventory on the Store API (docs/contracts.md 3.1):
 * `GET /user/inventory/items?limit&offset`, `{"items": [...]}` with no `has_more` (a page
 * shorter than `limit` is the last one). It reads the same player registry as the Merchant
 * API's user items (merchant-users.ts), so whatever a purchase, claim, gift or coupon gave
 * shows up on both. Virtual currency is not listed: it is the balance call's.
 */
import { Hono } from "hono";
import { groupsOfItem, localize } from "../data/catalog";
import type { Catalog, CatalogItem, Localized } from "../data/catalog-types";
import type { PlayerRegistry } from "./player-registry";
import { requirePlayer } from "./store-query";
import type { StoreContext } from "./store-render";

/** Something a player can own: a catalog item, or a bonus-only thing (a pet, a mount). */
export interface OwnedThing {
  sku: string;
  name: Localized;
  item: CatalogItem | undefined;
}

export function ownedThing(catalog: Catalog, sku: string): OwnedThing {
  const item = catalog.items.find((candidate) => candidate.sku === sku);
  if (item) return { sku, name: item.name, item };
  const bonus = [
    ...catalog.items.flatMap((entry) => entry.bonusItems ?? []),
    ...catalog.packages.flatMap((entry) => entry.bonusItems),
    ...catalog.plans.flatMap((entry) => entry.bonusItems ?? []),
  ].find((entry) => entry.sku === sku);
  return { sku, name: bonus?.name ?? { en: sku }, item: undefined };
}

export function itemImage(ctx: StoreContext, thing: OwnedThing): string | null {
  return thing.item?.art === "none" ? null : `${ctx.origin}/images/item/${thing.sku}.svg`;
}

function renderInventoryItem(ctx: StoreContext, thing: OwnedThing, quantity: number) {
  const { language } = ctx.query;
  const { item } = thing;
  return {
    sku: thing.sku,
    name: localize(thing.name, language),
    description: item ? localize(item.description, language) : null,
    image_url: itemImage(ctx, thing),
    type: "virtual_good",
    virtual_item_type: item?.kind ?? "non_consumable",
    quantity,
    // The vendor's example gives 1 for items bought whole; the sandbox has no partial uses.
    remaining_uses: 1,
    instance_id: null,
    groups: item
      ? groupsOfItem(ctx.catalog, item).map((group) => ({
          external_id: group.externalId,
          name: localize(group.name, language),
        }))
      : [],
    attributes: [],
  };
}

type Env = { Variables: { ctx: StoreContext } };

/** The route, to mount below the Store API's project base (which sets `ctx`). */
export function createStoreInventoryApi(deps: { players: PlayerRegistry }) {
  const app = new Hono<Env>();

  // `limit` (1 to 50, default 50) and `offset` are checked by the base's parseStoreQuery.
  app.get("/user/inventory/items", (c) => {
    const { ctx } = c.var;
    const userId = requirePlayer(ctx.query);
    if (userId instanceof Response) return userId;
    const record = deps.players.find(ctx.catalog, userId);
    const owned = [...(record?.items ?? [])].filter(([, quantity]) => quantity > 0);
    const { offset, limit } = ctx.query;
    return c.json({
      items: owned
        .slice(offset, offset + limit)
        .map(([sku, quantity]) => renderInventoryItem(ctx, ownedThing(ctx.catalog, sku), quantity)),
    });
  });

  return app;
}
