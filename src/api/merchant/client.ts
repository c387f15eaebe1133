import type { z } from "zod/mini";
import { retrying } from "../../core/lazy";
import { parseList } from "../../core/parse";
import { mapResult, ok } from "../../core/result";
import type { ApiResult, Backend, BackendConfig, GroupOutline } from "../backend";
import { friendsClient } from "../friends";
import { lazyPurchases } from "../lazy-purchases";
import { buildUrl, get, languageOf } from "../shared";

type Wire = typeof import("./wire");

/**
 * The contract's schemas and mapping. Asked for when the backend is made, so that in the
 * store's script their chunk loads while the first requests are in flight; each read awaits
 * it only once its answer is there.
 */
const wire = retrying(() => import("./wire"));

/** The Merchant API's error body, read once the wire module is there. */
const readError = async (body: unknown) => (await wire()).readMerchantError(body);

/**
 * The outline of a groups answer not yet checked (Backend.getGroups): ids as toGroup makes
 * them. An answer of another shape throws, and gives no outline.
 */
function outlineOf(groups: unknown): GroupOutline[] {
  return (groups as { id: unknown; children?: unknown }[]).map((group) => ({
    id: String(group.id),
    children: group.children ? outlineOf(group.children) : [],
  }));
}

/**
 * The Merchant API v2 Storefront reads, called below the game server's `apiBase`: the real API
 * needs the merchant's secret key, so the game server proxies these paths and adds it.
 * `now` is injectable so that tests can pin the promotion's end time.
 */
export function createMerchantBackend(
  config: BackendConfig,
  now: () => Date = () => new Date(),
): Backend {
  const project = `/merchant/v2/projects/${encodeURIComponent(config.projectId)}`;
  const path = `${project}/storefront`;
  const lang = languageOf(config.locale);
  void wire().catch(() => {});

  async function read<W, D>(
    endpoint: string,
    schema: (w: Wire) => z.ZodMiniType<W>,
    map: (w: Wire, wire: W) => D,
    signal?: AbortSignal,
    query: Record<string, string> = {},
    peek?: (json: unknown) => void,
  ): ApiResult<D> {
    const url = buildUrl(config.apiBase, path + endpoint, {
      ...query,
      user_id: config.userId,
      currency: config.currency,
      language: lang,
    });
    const result = await get(config, {
      url,
      schema: wire().then(schema),
      readError,
      signal,
      peek,
    });
    if (!result.ok) return result;
    const module = await wire();
    return mapResult(result, (value) => map(module, value));
  }

  return {
    signedIn: !!config.userId,
    ...lazyPurchases(
      retrying(() => import("./purchase").then((m) => m.createMerchantPurchases(config))),
      { buyWithVc: false, getOrderStatus: false, giftCheckout: !!config.tokenUrl },
    ),
    listFriends: friendsClient(config),
    async getBalance(signal) {
      if (!config.userId) return ok([]);
      const result = await get(config, {
        url: buildUrl(config.apiBase, `${project}/users/${encodeURIComponent(config.userId)}`, {}),
        schema: wire().then((w) => w.MerchantWalletUserSchema),
        readError,
        signal,
      });
      if (!result.ok) return result;
      const { balance } = result.value;
      return ok(balance == null ? [] : [{ sku: null, name: null, amount: balance }]);
    },
    getGroups: (signal, onOutline) =>
      read(
        "/virtual_items/groups",
        (w) => w.MerchantGroupsSchema,
        (w, v) => v.groups.map(w.toGroup),
        signal,
        {},
        onOutline && ((json) => onOutline(outlineOf((json as { groups: unknown }).groups))),
      ),
    async getItems(groupId, signal, onProgress) {
      const result = await read(
        "/virtual_items/items",
        (w) => w.MerchantItemListSchema,
        (w, v) => ({ w, items: v.items }),
        signal,
        { group_id: groupId },
      );
      if (!result.ok) return result;
      const { w, items } = result.value;
      return parseList(items, w.MerchantItemSchema, (item) => w.toItem(item, lang), {
        onFirst: onProgress,
        signal,
      });
    },
    getVcPackages: (signal) =>
      read(
        "/virtual_currency",
        (w) => w.MerchantVcPackagesSchema,
        (w, v) => v.packages.map(w.toVcPackage),
        signal,
      ),
    getSubscriptions: (signal) =>
      read(
        "/subscriptions",
        (w) => w.MerchantSubscriptionsSchema,
        (w, v) => w.toSubscriptions(v),
        signal,
      ),
    getPromotion: (signal) =>
      read(
        "/bonus",
        (w) => w.MerchantBonusSchema,
        (w, v) => w.toPromotion(v, now()),
        signal,
      ),
  };
}
