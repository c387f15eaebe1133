import type { BackendConfig, PurchaseBackend } from "../backend";
import { claimFreeItem, readStoreError } from "../store-contract";
import { giftCheckout, readMerchantError, requestToken, tokenPurchase } from "../token-endpoint";

/**
 * Buying through the studio's game server: its token endpoint (`tokenUrl`) makes the Pay
 * Station token for the player of its own session, and it claims free items and reads the
 * wallet below `apiBase`. The browser never says who the player is; `userId` only tells the
 * widget that somebody is signed in.
 */
export function createMerchantPurchases(
  config: BackendConfig,
): Omit<PurchaseBackend, "signedIn" | "getBalance" | "listFriends"> {
  return {
    checkout: (target, signal) => requestToken(config, tokenPurchase(target), signal),
    giftCheckout: (target, gift, signal) => giftCheckout(config, target, gift, signal),
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
