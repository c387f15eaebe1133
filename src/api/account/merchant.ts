import { apiError } from "../../core/errors";
import { err, ok } from "../../core/result";
import type { BackendConfig } from "../backend";
import { buildUrl, get, languageOf, post } from "../shared";
import { cleanCode, couponError, noCode } from "./coupons";
import {
  CouponSchema,
  couponRefusal,
  merchantCouponReason,
  readAccountError,
  TransactionsSchema,
  toCouponRewards,
  toOwnedItems,
  toTransactions,
  UserItemsSchema,
  type WireCoupon,
} from "./merchant-schemas";
import { nextOffset, pageStart } from "./paging";
import type { AccountCalls, CouponResult } from "./types";

/** The sandbox's largest page of user items, the seed giving none (docs/contracts.md 2). */
export const MERCHANT_ITEMS_PAGE = 100;

/**
 * Whole seconds, as the seed's examples write dates (an API that reads no fractions then has
 * none to refuse); the end of the range is rounded up so that it loses nothing.
 */
function wireDate(date: Date, roundUp = false): string | undefined {
  const ms = date.getTime();
  if (Number.isNaN(ms)) return undefined;
  const seconds = (roundUp ? Math.ceil : Math.floor)(ms / 1000);
  return new Date(seconds * 1000).toISOString().replace(".000Z", "Z");
}

/**
 * The Merchant API's player calls through the game server (docs/contracts.md 1, 2.1, 2.3,
 * 2.6): the same paths below `apiBase`, with `me` for the player, whom the game server takes
 * from its session whatever the browser says; a redemption sends `{}` and the game server
 * adds the player's id.
 */
export function createMerchantAccountCalls(config: BackendConfig): AccountCalls {
  const lang = languageOf(config.locale);
  const project = `/merchant/v2/projects/${encodeURIComponent(config.projectId)}`;
  const url = (path: string, query: Record<string, string | number | undefined> = {}) =>
    buildUrl(config.apiBase, `${project}${path}`, query);
  const coupon = (code: string) => `/coupons/${encodeURIComponent(code)}`;

  async function couponCall(
    code: string,
    send: (code: string) => ReturnType<typeof get<WireCoupon>>,
    check: boolean,
  ): CouponResult {
    const clean = cleanCode(code);
    if (!clean) return noCode();
    const result = await send(clean);
    if (!result.ok) return err(couponError(result.error, merchantCouponReason(result.error)));
    const rewards = toCouponRewards(result.value, clean, lang);
    // A redemption that went through is never refused here, even when it took the last one.
    const refusal = check ? couponRefusal(result.value, rewards, Date.now()) : null;
    // The answer that carried the refusal was a 200, as Hive's refusals are (invites.ts).
    return refusal ? err(couponError(apiError("http", { status: 200 }), refusal)) : ok(rewards);
  }

  return {
    signedIn: !!config.userId,
    async listItems(offset, signal) {
      const from = pageStart(offset);
      const result = await get(config, {
        url: url("/users/me/virtual_items", { offset: from, limit: MERCHANT_ITEMS_PAGE }),
        schema: UserItemsSchema,
        readError: readAccountError,
        signal,
      });
      if (!result.ok) return result;
      const wire = result.value;
      return ok({
        items: toOwnedItems(wire),
        nextOffset: nextOffset(from, wire.length, MERCHANT_ITEMS_PAGE),
      });
    },
    async listTransactions(from, to, signal) {
      const result = await get(config, {
        url: url("/users/me/transactions", {
          datetime_from: wireDate(from),
          datetime_to: wireDate(to, true),
        }),
        schema: TransactionsSchema,
        readError: readAccountError,
        signal,
      });
      return result.ok ? ok(toTransactions(result.value)) : result;
    },
    checkCoupon: (code, signal) =>
      couponCall(
        code,
        (clean) =>
          get(config, {
            url: url(coupon(clean)),
            schema: CouponSchema,
            readError: readAccountError,
            signal,
          }),
        true,
      ),
    redeemCoupon: (code, signal) =>
      couponCall(
        code,
        (clean) =>
          post(config, {
            url: url(`${coupon(clean)}/redeem`),
            schema: CouponSchema,
            readError: readAccountError,
            body: {},
            signal,
          }),
        false,
      ),
  };
}
