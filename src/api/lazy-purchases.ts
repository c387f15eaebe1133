import { apiError } from "../core/errors";
import { err } from "../core/result";
import type { ApiResult, PurchaseBackend } from "./backend";

type Calls = Omit<PurchaseBackend, "signedIn" | "getBalance" | "listFriends">;

/**
 * The buying calls of a backend, whose code is fetched on the first purchase (it is a chunk of
 * its own in the store's script: most visits buy nothing). The methods exist at once, as the
 * widget expects; a chunk that cannot be fetched answers as a network error, which the next
 * try asks for again.
 */
export function lazyPurchases(
  load: () => Promise<Calls>,
  has: { buyWithVc: boolean; getOrderStatus: boolean; giftCheckout: boolean },
): Calls {
  const call =
    <A extends unknown[], T>(pick: (calls: Calls) => ((...args: A) => ApiResult<T>) | null) =>
    async (...args: A): ApiResult<T> => {
      try {
        const method = pick(await load());
        return method ? method(...args) : err(apiError("not-configured"));
      } catch {
        return err(apiError("network"));
      }
    };
  return {
    checkout: call((c) => c.checkout),
    giftCheckout: has.giftCheckout ? call((c) => c.giftCheckout) : null,
    claimFree: call((c) => c.claimFree),
    buyWithVc: has.buyWithVc ? call((c) => c.buyWithVc) : null,
    getOrderStatus: has.getOrderStatus ? call((c) => c.getOrderStatus) : null,
  };
}
