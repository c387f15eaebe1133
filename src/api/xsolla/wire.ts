/**
 * The Store API's schemas and their mapping to the domain: a chunk of its own in the store's
 * script, fetched while the first requests are in flight (client.ts).
 */

export { readStoreError } from "../store-contract";
export * from "./adapt";
export * from "./schemas";
