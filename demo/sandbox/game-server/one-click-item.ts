/**
 * What the game server does when its player buys an item with one click (issue 13, point 5;
 * docs/contracts.md 2.4). The vendor's charge of a saved account takes no item, only a quantity
 * of virtual currency or a money amount (`purchase.checkout`), so the game server does the rest
 * itself, over the vendor's HTTP interface as for everything else:
 *
 * 1. It finds the item in its own catalog: one it does not sell, a free one (claimed, never
 *    bought) or one priced only in virtual currency (paid from the balance in Pay Station) is
 *    refused with the Merchant API's 422, before anything is charged.
 * 2. It reads the item's price for its player as the store showed it: the storefront's items of
 *    the item's group, in the currency and language the browser's proposal names (so the
 *    running promotion and the currency's price points are the ones the confirmation stated),
 *    with the player's per-player limit, which must not be used up.
 * 3. It charges that amount (`checkout`, with the item's name as the description).
 * 4. Once the charge went through, it grants the item and its bonus items with the seed's
 *    `POST .../users/{user_id}/virtual_items/add` (~8117). Should that fail, the player has
 *    paid for nothing: the answer says so (502, `extended_message.reason` `not_delivered`, the
 *    transaction named), never a 201, so the widget does not call it bought, nor send the player
 *    to pay again. A real game server would also retry the grant or refund the transaction.
 *
 * The bonus gold and value points a Pay Station purchase of the item also gives are not granted
 * on this path: the seed's wallet recharge is not emulated, and value points are the Store API's.
 */
import { groupsOfItem, projectFromParam } from "../data/catalog";
import type { CatalogItem } from "../data/catalog-types";
import { merchantError, merchantInvalid } from "../shared/errors";
import { isObject } from "../shared/request-body";
import { relay, type VendorClient } from "./vendor-client";

/** The reason a charge taken for an item that could not be granted carries. */
export const NOT_DELIVERED = "not_delivered";

/** An item the browser proposes to buy with one click: the token's `virtual_items` (one sku). */
export interface ProposedItem {
  sku: string;
  currency: string;
  language: string;
}

const SKU_PATH = "purchase.virtual_items.items[0].sku";

/**
 * The item a proposal names (`{"purchase": {"virtual_items": {"items": [{"sku", "amount": 1}]}},
 * "settings": {"currency", "language"}}`), or the 422 naming what is wrong. One item, once: a
 * one-click buy is one thing.
 */
export function proposedItem(body: Record<string, unknown>): ProposedItem | Response {
  const purchase = isObject(body.purchase) ? body.purchase : {};
  const settings = isObject(body.settings) ? body.settings : {};
  const items = isObject(purchase.virtual_items) ? purchase.virtual_items.items : undefined;
  const errors: Record<string, string[]> = {};
  const line = Array.isArray(items) && items.length === 1 ? items[0] : undefined;
  const sku = isObject(line) && typeof line.sku === "string" ? line.sku : "";
  if (!isObject(line)) {
    errors["purchase.virtual_items.items"] = ["Give exactly one item to buy with one click"];
  } else {
    if (sku === "") errors[SKU_PATH] = ["Give the item's sku"];
    if (line.amount !== undefined && line.amount !== 1)
      errors["purchase.virtual_items.items[0].amount"] = ["One click buys one item"];
  }
  const { currency = "USD", language = "en" } = settings;
  if (typeof currency !== "string" || !/^[A-Z]{3}$/.test(currency))
    errors["settings.currency"] = ["Give a three-letter ISO 4217 currency such as USD"];
  if (typeof language !== "string" || !/^[a-z]{2}$/.test(language))
    errors["settings.language"] = ["Give a two-letter ISO 639-1 language such as en"];
  if (Object.keys(errors).length > 0) return merchantInvalid(errors);
  return { sku, currency: String(currency), language: String(language) };
}

/** Why the game server does not sell the item for money with one click; null when it does. */
function notSoldForMoney(item: CatalogItem, sku: string): string | null {
  const quoted = JSON.stringify(sku);
  if (item.free) return `Item ${quoted} is free: it is claimed, not bought`;
  if (item.usd === undefined)
    return `Item ${quoted} has no money price: it is paid with virtual currency in Pay Station`;
  return null;
}

/** The storefront's answer for one item, as far as the game server reads it. */
interface ShownItem {
  amount: number;
  currency: string;
  name: string;
  available: number | null;
}

function shownItem(answer: unknown, sku: string): ShownItem | null {
  const items = isObject(answer) && Array.isArray(answer.items) ? answer.items : [];
  const found = items.find((entry) => isObject(entry) && entry.sku === sku);
  if (!isObject(found) || typeof found.amount !== "number" || typeof found.currency !== "string")
    return null;
  const limits =
    isObject(found.limits) && isObject(found.limits.per_user) ? found.limits.per_user : {};
  return {
    amount: found.amount,
    currency: found.currency,
    name: typeof found.name === "string" ? found.name : sku,
    available: typeof limits.available === "number" ? limits.available : null,
  };
}

export interface ItemChargeDeps {
  callVendor: VendorClient;
  /** The browser's origin, which the in-process vendor answers at. */
  origin: string;
  /** The project path segment, as the browser sent it (encoded). */
  projectId: string;
  player: { id: string; name: string };
  /** The saved account's path below the player: `/payments/{type}/{account_id}`. */
  account: string;
  ip: string;
}

/** Prices, charges and grants one item for the player; the answer for the browser. */
export async function chargeItem(deps: ItemChargeDeps, proposal: ProposedItem): Promise<Response> {
  const { callVendor, origin, player } = deps;
  const catalog = projectFromParam(decodeURIComponent(deps.projectId));
  if (!catalog) return merchantError(404, "Not Found", `Project ${deps.projectId} not found.`);
  const item = catalog.items.find((candidate) => candidate.sku === proposal.sku);
  if (!item)
    return merchantInvalid({
      [SKU_PATH]: [`Item with sku ${JSON.stringify(proposal.sku)} not found`],
    });
  const refused = notSoldForMoney(item, proposal.sku);
  if (refused) return merchantInvalid({ [SKU_PATH]: [refused] });

  const [group] = groupsOfItem(catalog, item);
  const query = new URLSearchParams({
    user_id: player.id,
    currency: proposal.currency,
    language: proposal.language,
    group_id: String(group?.id ?? 0),
  });
  const read = await callVendor({
    origin,
    path: `/projects/${deps.projectId}/storefront/virtual_items/items`,
    query,
  });
  if (!read.ok) return relay(read);
  const shown = shownItem(await read.json(), proposal.sku);
  if (!shown || !(shown.amount > 0))
    return merchantInvalid({ [SKU_PATH]: [`Item ${JSON.stringify(proposal.sku)} has no price`] });
  if (shown.available === 0) {
    return merchantInvalid({
      [SKU_PATH]: [`The purchase limit for item ${JSON.stringify(proposal.sku)} has been reached`],
    });
  }

  const user = `/projects/${deps.projectId}/users/${encodeURIComponent(player.id)}`;
  const charged = await callVendor({
    origin,
    path: `${user}${deps.account}`,
    method: "POST",
    body: {
      user: { ip: deps.ip, name: player.name },
      purchase: {
        checkout: { currency: shown.currency, amount: shown.amount },
        description: { value: shown.name },
      },
      settings: { mode: "sandbox" },
    },
  });
  if (charged.status !== 201) return relay(charged);
  const receipt = (await charged.json()) as { transaction_id: number };

  const granted = await callVendor({
    origin,
    path: `${user}/virtual_items/add`,
    method: "POST",
    body: {
      virtual_items: [
        { virtual_item: { sku: item.sku }, amount: 1 },
        ...(item.bonusItems ?? []).map((bonus) => ({
          virtual_item: { sku: bonus.sku },
          amount: bonus.quantity,
        })),
      ],
    },
  });
  if (granted.status === 204) {
    return Response.json(receipt, { status: 201, headers: { "Cache-Control": "no-store" } });
  }
  const why = await granted.text();
  return merchantError(
    502,
    `Charged (transaction ${receipt.transaction_id}) but ${shown.name} was not delivered`,
    {
      reason: NOT_DELIVERED,
      transaction_id: receipt.transaction_id,
      description: `The vendor did not add the item (HTTP ${granted.status}): ${why || "no body"}`,
    },
  );
}
