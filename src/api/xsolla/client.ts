import type { z } from "zod/mini";
import { retrying } from "../../core/lazy";
import { ok } from "../../core/result";
import type { ApiResult, Backend, BackendConfig, GroupOutline, Item } from "../backend";
import { friendsClient } from "../friends";
import { lazyPurchases } from "../lazy-purchases";
import { authHeaders, buildUrl, get, languageOf } from "../shared";
import { groupTree, type TreeGroup } from "./group-tree";
import type { XsollaItemsPage } from "./schemas";

type Wire = typeof import("./wire");

/**
 * The contract's schemas and mapping. Asked for when the backend is made, so that in the
 * store's script their chunk loads while the first requests are in flight; each read awaits
 * it only once its answer is there.
 */
const wire = retrying(() =>
  import("./wire").then((module) => {
    loaded = module;
    return module;
  }),
);
/** The wire module once it is there: always, after any read has been parsed. */
let loaded: Wire | null = null;

/** The Store API's error body, read once the wire module is there. */
const readError = async (body: unknown) => (await wire()).readStoreError(body);

export const STORE_API_BASE = "https://store.xsolla.com/api";
export const SUBSCRIPTIONS_API_BASE = "https://subscriptions.xsolla.com/api";

/** The Store API's largest page. */
const PAGE_SIZE = 50;
/** A stop for a server that never says it is done: 400 pages is 20,000 products. */
const MAX_PAGES = 400;

type Page<T> = { has_more?: boolean | null; items: T[] };

interface UncheckedGroup extends TreeGroup<UncheckedGroup> {}

/**
 * The outline of a groups answer not yet checked (Backend.getGroups): the same tree as
 * toGroups builds from a checked one. An answer of another shape throws, and gives no outline.
 */
function outlineOf(json: unknown): GroupOutline[] {
  const groups = (json as { groups: UncheckedGroup[] }).groups;
  return groupTree(groups, (group, children: GroupOutline[]) => {
    if (typeof group.external_id !== "string") throw new TypeError("not a group");
    return { id: group.external_id, children };
  });
}

/**
 * Follows `has_more` page after page, one at a time so that the offsets stay right. An empty
 * page also ends the list, in case a server keeps answering `has_more: true` with nothing.
 * `onMore` hears what has arrived whenever another page is still to come.
 */
async function allPages<T>(
  load: (offset: number) => ApiResult<Page<T>>,
  onMore?: (soFar: T[]) => void,
): ApiResult<T[]> {
  const all: T[] = [];
  for (let count = 0; count < MAX_PAGES; count += 1) {
    const result = await load(all.length);
    if (!result.ok) return result;
    all.push(...result.value.items);
    if (!result.value.has_more || result.value.items.length === 0) break;
    onMore?.(all);
  }
  return ok(all);
}

/** The Store API v2 in the player's browser, with the player's Store JWT when known. */
export function createXsollaBackend(config: BackendConfig): Backend {
  const lang = languageOf(config.locale);
  const project = encodeURIComponent(config.projectId);
  const common = { locale: lang, country: config.country };

  const auth = () => authHeaders(config);
  /** A token given as a string needs no await: the first requests go out in the same task. */
  const fixedHeaders: Record<string, string> | null =
    typeof config.userToken === "function"
      ? null
      : config.userToken
        ? { Authorization: `Bearer ${config.userToken}` }
        : {};

  async function store<T>(
    path: string,
    schema: (w: Wire) => z.ZodMiniType<T>,
    signal?: AbortSignal,
    query: Record<string, number> = {},
    peek?: (json: unknown) => void,
  ): ApiResult<T> {
    const url = buildUrl(config.apiBase || STORE_API_BASE, `/v2/project/${project}${path}`, {
      ...query,
      ...common,
    });
    return get(config, {
      url,
      schema: wire().then(schema),
      readError,
      headers: fixedHeaders ?? (await auth()),
      signal,
      peek,
    });
  }

  const subscriptionsBase = config.subscriptionsApiBase || SUBSCRIPTIONS_API_BASE;
  /** A page of the subscriptions API: its public plans, or the player's own with their token. */
  const subscriptions = <T>(
    access: "public" | "user",
    list: string,
    schema: (w: Wire) => z.ZodMiniType<T>,
    signal: AbortSignal | undefined,
    offset: number,
    headers?: Record<string, string>,
  ) =>
    get(config, {
      url: buildUrl(subscriptionsBase, `/${access}/v1/projects/${project}/${list}`, {
        limit: PAGE_SIZE,
        offset,
        ...common,
      }),
      schema: wire().then(schema),
      readError,
      headers,
      signal,
    });
  void wire().catch(() => {});
  const bases = { store: config.apiBase || STORE_API_BASE, subscriptions: subscriptionsBase };
  return {
    signedIn: !!config.userToken,
    ...lazyPurchases(
      retrying(() =>
        import("./purchase").then((m) => m.createXsollaPurchases(config, auth, bases)),
      ),
      { buyWithVc: true, getOrderStatus: true, giftCheckout: !!config.tokenUrl },
    ),
    listFriends: friendsClient(config),
    async getBalance(signal) {
      if (!config.userToken) return ok([]);
      const result = await store(
        "/user/virtual_currency_balance",
        (w) => w.XsollaBalanceSchema,
        signal,
      );
      if (!result.ok) return result;
      const { pickText } = await wire();
      return ok(
        result.value.items.map((item) => ({
          sku: item.sku,
          name: pickText(item.name, lang),
          amount: item.amount,
        })),
      );
    },
    async getGroups(signal, onOutline) {
      const result = await store(
        "/items/groups",
        (w) => w.XsollaGroupsSchema,
        signal,
        {},
        onOutline && ((json) => onOutline(outlineOf(json))),
      );
      return result.ok ? ok((await wire()).toGroups(result.value.groups, lang)) : result;
    },
    async getItems(groupId, signal, onProgress) {
      const path = `/items/virtual_items/group/${encodeURIComponent(groupId)}`;
      const items: Item[] = [];
      // Pages are mapped only once parsed, and parsing waited for the wire module.
      const mapNew = (page: XsollaItemsPage["items"]) => {
        for (const item of page.slice(items.length))
          items.push((loaded as Wire).toItem(item, lang));
        return items;
      };
      const result = await allPages(
        (offset) =>
          store(path, (w) => w.XsollaItemsPageSchema, signal, { limit: PAGE_SIZE, offset }),
        onProgress && ((soFar) => onProgress([...mapNew(soFar)])),
      );
      return result.ok ? ok(mapNew(result.value)) : result;
    },
    async getVcPackages(signal) {
      const result = await allPages((offset) =>
        store("/items/virtual_currency/package", (w) => w.XsollaVcPackagesPageSchema, signal, {
          limit: PAGE_SIZE,
          offset,
        }),
      );
      if (!result.ok) return result;
      const { toVcPackage } = await wire();
      return ok(result.value.flatMap((pack) => toVcPackage(pack, lang) ?? []));
    },
    async getSubscriptions(signal) {
      const plans = allPages((offset) =>
        subscriptions("public", "user_plans", (w) => w.XsollaPlansPageSchema, signal, offset),
      );
      // No plan list says which plan is the player's; their own subscriptions do (contracts
      // 3.7). One page, read beside the plans: a player holds a handful.
      const own = config.userToken
        ? subscriptions(
            "user",
            "subscriptions",
            (w) => w.XsollaOwnSubscriptionsSchema,
            signal,
            0,
            // A token given as a string goes out at once, beside the plans.
            fixedHeaders ?? (await auth()),
          )
        : null;
      const result = await plans;
      return result.ok ? ok((await wire()).toSubscriptions(result.value, await own, lang)) : result;
    },
    // The Store API has no store-wide promotion; the widget derives a banner from the products'.
    getPromotion: async () => ok(null),
  };
}
