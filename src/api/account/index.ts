import type { BackendConfig, BackendKind } from "../backend";
import { createMerchantAccountCalls } from "./merchant";
import type { AccountCalls } from "./types";
import { createXsollaAccountCalls } from "./xsolla";

/*
 * The account view's calls (issue 13). Only ever imported dynamically, with the account
 * view's chunk: src/api/index.ts and the store's first view must not reach this folder.
 */

export {
  createSubscriptionCalls,
  type PlayerSubscription,
  type SubscriptionCalls,
  type SubscriptionChange,
  type SubscriptionStatus,
} from "./subscriptions";
export type * from "./types";
export { createMerchantAccountCalls, createXsollaAccountCalls };

/** The account calls for the contract the studio's server speaks. */
export function createAccountCalls(kind: BackendKind, config: BackendConfig): AccountCalls {
  return kind === "merchant"
    ? createMerchantAccountCalls(config)
    : createXsollaAccountCalls(config);
}
