import { ok } from "../../core/result";
import type { ApiResult, BackendConfig, OrderStatus, PurchaseBackend } from "../backend";
import { buildUrl, get, languageOf, post } from "../shared";
import { claimFreeItem, readStoreError, StoreOrderIdSchema } from "../store-contract";
import { giftCheckout } from "../token-endpoint";
import { XsollaOrderSchema, XsollaPaymentSchema, XsollaPlanPurchaseSchema } from "./schemas";

const ORDER_STATUSES: readonly string[] = ["new", "paid", "done", "canceled"];

/**
 * Buying with the Store API and the subscriptions API, as the signed-in player (`auth` gives
 * the Bearer header). Every call is a POST or a read of the player's own data.
 */
export function createXsollaPurchases(
  config: BackendConfig,
  auth: () => Promise<Record<string, string>>,
  bases: { store: string; subscriptions: string },
): Omit<PurchaseBackend, "signedIn" | "getBalance" | "listFriends"> {
  const lang = languageOf(config.locale);
  const project = `/v2/project/${encodeURIComponent(config.projectId)}`;
  const store = (path: string, query: Record<string, string> = {}) =>
    buildUrl(bases.store, project + path, query);
  const sandbox = config.sandbox === true;
  const common = { readError: readStoreError };

  return {
    async checkout(target, signal) {
      if (target.kind === "plan") {
        const result = await post(config, {
          ...common,
          url: buildUrl(
            bases.subscriptions,
            `/user/v1/projects/${encodeURIComponent(config.projectId)}/subscriptions/buy`,
            {},
          ),
          schema: XsollaPlanPurchaseSchema,
          headers: await auth(),
          body: {
            plan_external_id: target.planId,
            settings: { sandbox, locale: lang, currency: config.currency },
          },
          signal,
        });
        return result.ok
          ? ok({ token: null, tokenKind: "store", url: result.value.link_to_ps, orderId: null })
          : result;
      }
      const result = await post(config, {
        ...common,
        url: store(`/payment/item/${encodeURIComponent(target.sku)}`),
        schema: XsollaPaymentSchema,
        headers: await auth(),
        body: {
          sandbox,
          quantity: 1,
          locale: lang,
          currency: config.currency,
          settings: { ui: { size: "medium" } },
        },
        signal,
      });
      return result.ok
        ? ok({
            token: result.value.token,
            tokenKind: "store",
            url: null,
            orderId: result.value.order_id,
          })
        : result;
    },
    // Gifts go through the game server's token endpoint, which knows the player by its own
    // session: the Store API has no gift field (CONTRACTS.md section 4).
    giftCheckout: (target, gift, signal) => giftCheckout(config, target, gift, signal),
    async buyWithVc(sku, vcSku, signal) {
      const result = await post(config, {
        ...common,
        url: store(`/payment/item/${encodeURIComponent(sku)}/virtual/${encodeURIComponent(vcSku)}`),
        schema: StoreOrderIdSchema,
        headers: await auth(),
        body: {},
        signal,
      });
      return result.ok ? ok(result.value.order_id) : result;
    },
    claimFree: async (sku, signal) => claimFreeItem(config, bases.store, sku, await auth(), signal),
    async getOrderStatus(orderId, signal): ApiResult<OrderStatus> {
      const result = await get(config, {
        ...common,
        url: store(`/order/${orderId}`),
        schema: XsollaOrderSchema,
        headers: await auth(),
        signal,
      });
      if (!result.ok) return result;
      const { status } = result.value;
      return ok((ORDER_STATUSES.includes(status) ? status : "new") as OrderStatus);
    },
  };
}
