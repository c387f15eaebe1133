import { defineSection } from "../section";
import { ItemsSection } from "./items-section";
import { createItemsModel } from "./model";

export type { ItemsModel, MoreState } from "./model";
export { createItemsModel };

/** "My items": what the player owns, and their virtual-currency balance. */
export const itemsSection = defineSection({
  id: "items",
  create: createItemsModel,
  View: ItemsSection,
});
