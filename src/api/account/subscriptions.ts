import { request } from "../../core/http";
import { ok } from "../../core/result";
import type { ApiResult, BackendConfig, BackendKind } from "../backend";
import { authHeaders, buildUrl, get, languageOf } from "../shared";
import { readAccountError as readMerchantAccountError } from "./merchant-schemas";
import {
  fromMerchant,
  fromStore,
  MerchantSubscriptionSchema,
  MerchantSubscriptionsSchema,
  NoContentSchema,
  type PlayerSubscription,
  StoreSubscriptionsSchema,
} from "./subscriptions-schemas";
import { readAccountError as readStoreAccountError } from "./xsolla-schemas";

export type { PlayerSubscription, SubscriptionStatus } from "./subscriptions-schemas";

/**
 * What a player may do to a running plan: end it now ("cancel"), or let it run to the end of
 * the paid period and stop there ("stop-renewal").
 */
export type SubscriptionChange = "cancel" | "stop-renewal";

/** The "My subscriptions" section's calls on one backend. */
export interface SubscriptionCalls {
  /** The widget was given the player's identity (a user id or a token); calls may still 401. */
  readonly signedIn: boolean;
  /** The player's subscriptions, running and ended, running ones first. */
  list(signal?: AbortSignal): ApiResult<PlayerSubscription[]>;
  /** The changes the backend lets the player make to a subscription in its present state. */
  changesFor(subscription: PlayerSubscription): SubscriptionChange[];
  /**
   * Makes a change; answers the subscription as it now is, or null when the backend answers
   * nothing and the list must be read again. Never retried: it may have been made.
   */
  change(
    id: string,
    change: SubscriptionChange,
    signal?: AbortSignal,
  ): ApiResult<PlayerSubscription | null>;
}

/** The sandbox's largest page, the seed giving none (docs/contracts.md 2). */
const MERCHANT_PAGE = 100;
/** The Store API family's largest page. */
const STORE_PAGE = 50;
/** A player has a handful of plans; this many pages is a server that keeps saying "more". */
const MAX_STORE_PAGES = 10;
/** The vendor's address, when the studio's options did not name another. */
const SUBSCRIPTIONS_API = "https://subscriptions.xsolla.com/api";

/** Running plans first, then the ended ones, each kind in the order the server gave. */
const runningFirst = (list: PlayerSubscription[]) =>
  [...list].sort((a, b) => Number(a.status === "canceled") - Number(b.status === "canceled"));

/**
 * Merchant (docs/contracts.md 2.5), through the game server with `me` for the player: the
 * seed's list, and its update with `canceled` or `non_renewing`, the two the game server takes
 * from a player. A plan that no longer renews can still be ended at once.
 */
export function createMerchantSubscriptionCalls(config: BackendConfig): SubscriptionCalls {
  const lang = languageOf(config.locale);
  const base = `/merchant/v2/projects/${encodeURIComponent(config.projectId)}/users/me/subscriptions`;
  return {
    signedIn: !!config.userId,
    async list(signal) {
      const result = await get(config, {
        url: buildUrl(config.apiBase, base, { offset: 0, limit: MERCHANT_PAGE }),
        schema: MerchantSubscriptionsSchema,
        readError: readMerchantAccountError,
        signal,
      });
      return result.ok ? ok(runningFirst(result.value.map((s) => fromMerchant(s, lang)))) : result;
    },
    changesFor: ({ status }) =>
      status === "active"
        ? ["stop-renewal", "cancel"]
        : status === "non-renewing"
          ? ["cancel"]
          : [],
    async change(id, change, signal) {
      const result = await request({
        url: buildUrl(config.apiBase, `${base}/${encodeURIComponent(id)}`, {}),
        method: "PUT",
        body: { status: change === "cancel" ? "canceled" : "non_renewing" },
        schema: MerchantSubscriptionSchema,
        readError: readMerchantAccountError,
        retries: 0,
        fetchImpl: config.fetchImpl,
        timeoutMs: config.timeoutMs,
        signal,
      });
      return result.ok ? ok(fromMerchant(result.value, lang)) : result;
    },
  };
}

/**
 * xsolla (docs/contracts.md 3.7, likely): the Subscriptions API with the player's token. Its
 * only change for a player is the cancel, which turns renewal off (there is no ending a plan at
 * once) and answers 204 with nothing.
 */
export function createXsollaSubscriptionCalls(config: BackendConfig): SubscriptionCalls {
  const lang = languageOf(config.locale);
  const base = `/user/v1/projects/${encodeURIComponent(config.projectId)}/subscriptions`;
  const root = config.subscriptionsApiBase || SUBSCRIPTIONS_API;
  return {
    signedIn: !!config.userToken,
    async list(signal) {
      const found: PlayerSubscription[] = [];
      for (let page = 0; page < MAX_STORE_PAGES; page++) {
        const result = await get(config, {
          url: buildUrl(root, base, { limit: STORE_PAGE, offset: page * STORE_PAGE, locale: lang }),
          schema: StoreSubscriptionsSchema,
          readError: readStoreAccountError,
          headers: await authHeaders(config),
          signal,
        });
        if (!result.ok) return result;
        found.push(...result.value.items.map((s) => fromStore(s, lang)));
        if (!result.value.has_more || result.value.items.length === 0) break;
      }
      return ok(runningFirst(found));
    },
    changesFor: ({ status }) => (status === "active" ? ["stop-renewal"] : []),
    async change(id, _change, signal) {
      const result = await request({
        url: buildUrl(root, `${base}/${encodeURIComponent(id)}/cancel`, {}),
        method: "PUT",
        schema: NoContentSchema,
        readError: readStoreAccountError,
        headers: await authHeaders(config),
        retries: 0,
        fetchImpl: config.fetchImpl,
        timeoutMs: config.timeoutMs,
        signal,
      });
      return result.ok ? ok(null) : result;
    },
  };
}

/** The subscription calls for the contract the studio's server speaks. */
export function createSubscriptionCalls(
  kind: BackendKind,
  config: BackendConfig,
): SubscriptionCalls {
  return kind === "merchant"
    ? createMerchantSubscriptionCalls(config)
    : createXsollaSubscriptionCalls(config);
}
