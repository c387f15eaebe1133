import type { Backend, BackendConfig, BackendKind } from "./backend";
import { createMerchantBackend } from "./merchant";
import { createXsollaBackend } from "./xsolla";

export type * from "./backend";
export { MAX_GIFT_FRIENDS } from "./backend";
export { createMerchantBackend, createXsollaBackend };

/** The catalog backend for the contract the studio's server speaks. */
export function createBackend(kind: BackendKind, config: BackendConfig): Backend {
  return kind === "merchant" ? createMerchantBackend(config) : createXsollaBackend(config);
}
