import type { z } from "zod/mini";
import { mapResult } from "../../core/result";
import type { ApiResult, Backend, BackendConfig } from "../backend";
import { buildUrl, get, languageOf } from "../shared";
import {
  readMerchantError,
  toGroup,
  toItem,
  toPromotion,
  toSubscriptions,
  toVcPackage,
} from "./adapt";
import { createMerchantPurchases } from "./purchase";
import {
  MerchantBonusSchema,
  MerchantGroupsSchema,
  MerchantItemsSchema,
  MerchantSubscriptionsSchema,
  MerchantVcPackagesSchema,
} from "./schemas";

/**
 * The Merchant API v2 Storefront reads, called below the game server's `apiBase`: the real API
 * needs the merchant's secret key, so the game server proxies these paths and adds it.
 * `now` is injectable so that tests can pin the promotion's end time.
 */
export function createMerchantBackend(
  config: BackendConfig,
  now: () => Date = () => new Date(),
): Backend {
  const path = `/merchant/v2/projects/${encodeURIComponent(config.projectId)}/storefront`;

  async function read<W, D>(
    endpoint: string,
    schema: z.ZodMiniType<W>,
    map: (wire: W) => D,
    signal?: AbortSignal,
    query: Record<string, string> = {},
  ): ApiResult<D> {
    const url = buildUrl(config.apiBase, path + endpoint, {
      ...query,
      user_id: config.userId,
      currency: config.currency,
      language: languageOf(config.locale),
    });
    return mapResult(await get(config, { url, schema, readError: readMerchantError, signal }), map);
  }

  return {
    ...createMerchantPurchases(config),
    getGroups: (signal) =>
      read("/virtual_items/groups", MerchantGroupsSchema, (w) => w.groups.map(toGroup), signal),
    getItems: (groupId, signal) =>
      read("/virtual_items/items", MerchantItemsSchema, (w) => w.items.map(toItem), signal, {
        group_id: groupId,
      }),
    getVcPackages: (signal) =>
      read(
        "/virtual_currency",
        MerchantVcPackagesSchema,
        (w) => w.packages.map(toVcPackage),
        signal,
      ),
    getSubscriptions: (signal) =>
      read("/subscriptions", MerchantSubscriptionsSchema, toSubscriptions, signal),
    getPromotion: (signal) =>
      read("/bonus", MerchantBonusSchema, (w) => toPromotion(w, now()), signal),
  };
}
