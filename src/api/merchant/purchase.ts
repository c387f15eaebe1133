import { apiError } from "../../core/errors";
import { err, ok } from "../../core/result";
import type { BackendConfig, PurchaseBackend, PurchaseTarget } from "../backend";
import { languageOf, post } from "../shared";
import { claimFreeItem, readStoreError } from "../store-contract";
import { readMerchantError } from "./adapt";
import { MerchantTokenSchema } from "./schemas";

/** The seed's token `purchase` object for one thing (002 ~line 400). */
export function tokenPurchase(target: PurchaseTarget) {
  if (target.kind === "package") return { virtual_currency: { quantity: target.quantity } };
  if (target.kind === "plan") return { subscription: { plan_id: target.planId } };
  return { virtual_items: { items: [{ sku: target.sku, amount: 1 }] } };
}

/**
 * Buying through the studio's game server: its token endpoint (`tokenUrl`) makes the Pay
 * Station token for the player of its own session, and it claims free items and reads the
 * wallet below `apiBase`. The browser never says who the player is; `userId` only tells the
 * widget that somebody is signed in.
 */
export function createMerchantPurchases(
  config: BackendConfig,
): Omit<PurchaseBackend, "signedIn" | "getBalance"> {
  return {
    async checkout(target, signal) {
      // A studio that did not set up a token endpoint cannot sell; say so as an error value.
      if (!config.tokenUrl) return err(apiError("not-configured"));
      const result = await post(config, {
        url: config.tokenUrl,
        schema: MerchantTokenSchema,
        readError: readMerchantError,
        body: {
          purchase: tokenPurchase(target),
          settings: { currency: config.currency, language: languageOf(config.locale) },
        },
        signal,
      });
      return result.ok
        ? ok({ token: result.value.token, tokenKind: "merchant", url: null, orderId: null })
        : result;
    },
    // The Merchant API has no browser call to pay with virtual currency: Pay Station does it.
    buyWithVc: null,
    // The game server speaks the Store API's claim; should it answer in its own Merchant shape,
    // that message is read too.
    claimFree: (sku, signal) =>
      claimFreeItem(config, config.apiBase, sku, {}, signal, (body) => {
        const store = readStoreError(body);
        return store.code || store.serverMessage ? store : readMerchantError(body);
      }),
    // Orders are read server to server only; the game server learns of them by webhook.
    getOrderStatus: null,
  };
}
