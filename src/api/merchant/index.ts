export { createMerchantBackend } from "./client";
