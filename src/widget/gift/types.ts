import type { ComponentType } from "preact";
import type { BuyRequest } from "../purchase/types";
import type { GiftModel } from "./model";

/**
 * What the gifts' chunk (./feature.tsx) gives the store once it is there: its model and the
 * parts the store draws with it (../feature-part.tsx).
 */
export interface GiftFeature {
  model: GiftModel;
  Button: ComponentType<{ model: GiftModel; request: BuyRequest }>;
  Picker: ComponentType<{ model: GiftModel }>;
}
