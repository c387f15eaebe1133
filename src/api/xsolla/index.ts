export { readXsollaError } from "./adapt";
export { createXsollaBackend, STORE_API_BASE, SUBSCRIPTIONS_API_BASE } from "./client";
export { claimFreeItem } from "./purchase";
