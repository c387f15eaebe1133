export { createXsollaBackend, STORE_API_BASE, SUBSCRIPTIONS_API_BASE } from "./client";
