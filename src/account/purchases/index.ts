import { defineSection } from "../section";
import { createPurchasesModel } from "./model";
import { PurchasesSection } from "./purchases-section";

export type { History, PurchasesModel } from "./model";
export { createPurchasesModel, HISTORY_DAYS } from "./model";

/** "My purchases": what the player paid and received, in words. */
export const purchasesSection = defineSection({
  id: "purchases",
  create: (context) => createPurchasesModel(context),
  View: PurchasesSection,
});
