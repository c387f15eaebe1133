import { createMerchantBackend } from "../src/api/merchant";
window.x = createMerchantBackend;
