import type { ComponentType } from "preact";
import type { BuyRequest } from "../purchase/types";
import type { GiftModel } from "./model";

/** What the gifts' chunk (./feature.tsx) gives the store once it is there. */
export interface GiftFeature {
  model: GiftModel;
  Button: ComponentType<{ gifts: GiftModel; request: BuyRequest }>;
  Picker: ComponentType<{ gifts: GiftModel }>;
}
