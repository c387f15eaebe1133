import type { ApiError } from "../../core/errors";
import { err, ok, type Result } from "../../core/result";
import type { BackendConfig } from "../backend";
import { authHeaders, buildUrl, get, languageOf, post } from "../shared";
import { cleanCode, couponError, noCode } from "./coupons";
import { nextOffset, pageStart } from "./paging";
import type { AccountCalls, CouponResult, CouponRewards } from "./types";
import {
  CouponRewardsSchema,
  InventorySchema,
  RedeemedSchema,
  readAccountError,
  storeCouponReason,
  toCheckedRewards,
  toOwnedItems,
  toRedeemedRewards,
} from "./xsolla-schemas";

/** The inventory's default and largest page (docs/contracts.md 3.1). */
export const STORE_ITEMS_PAGE = 50;

/**
 * The Store API's player calls (docs/contracts.md 3.1, 3.3), from the browser with the
 * player's token: no user id anywhere, the token names the player. It keeps no history for
 * players (3.5), so there is no `listTransactions`.
 */
export function createXsollaAccountCalls(config: BackendConfig): AccountCalls {
  const lang = languageOf(config.locale);
  const url = (path: string, query: Record<string, number> = {}) =>
    buildUrl(config.apiBase, `/v2/project/${encodeURIComponent(config.projectId)}${path}`, query);

  async function couponCall(
    code: string,
    send: (
      code: string,
      headers: Record<string, string>,
    ) => Promise<Result<CouponRewards, ApiError>>,
  ): CouponResult {
    const clean = cleanCode(code);
    if (!clean) return noCode();
    const result = await send(clean, await authHeaders(config));
    return result.ok ? result : err(couponError(result.error, storeCouponReason(result.error)));
  }

  return {
    signedIn: !!config.userToken,
    async listItems(offset, signal) {
      const from = pageStart(offset);
      const result = await get(config, {
        url: url("/user/inventory/items", { limit: STORE_ITEMS_PAGE, offset: from }),
        schema: InventorySchema,
        readError: readAccountError,
        headers: await authHeaders(config),
        signal,
      });
      if (!result.ok) return result;
      const wire = result.value.items;
      // No `has_more`: a short page is the last. Currencies are counted, then left out.
      return ok({
        items: toOwnedItems(wire, lang),
        nextOffset: nextOffset(from, wire.length, STORE_ITEMS_PAGE),
      });
    },
    checkCoupon: (code, signal) =>
      couponCall(code, async (clean, headers) => {
        const result = await get(config, {
          url: url(`/coupon/code/${encodeURIComponent(clean)}/rewards`),
          schema: CouponRewardsSchema,
          readError: readAccountError,
          headers,
          signal,
        });
        return result.ok ? ok(toCheckedRewards(result.value, clean, lang)) : result;
      }),
    redeemCoupon: (code, signal) =>
      couponCall(code, async (clean, headers) => {
        const result = await post(config, {
          url: url("/coupon/redeem"),
          schema: RedeemedSchema,
          readError: readAccountError,
          headers,
          body: { coupon_code: clean },
          signal,
        });
        return result.ok ? ok(toRedeemedRewards(result.value, clean, lang)) : result;
      }),
  };
}
