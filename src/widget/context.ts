import type { ReadonlySignal } from "@preact/signals-core";
import { createContext } from "preact";
import { useContext } from "preact/hooks";
import type { CatalogModel } from "./catalog/model";
import type { GiftFeature } from "./gift/types";
import type { Layout } from "./options";
import type { PurchaseModel } from "./purchase/model";
import type { SavedFeature } from "./saved/types";

/** What one widget instance gives its components. Never a module-level singleton. */
export interface WidgetContextValue {
  catalog: CatalogModel;
  purchases: PurchaseModel;
  /**
   * Gifts, where this player may give (gifting on, both URLs, signed in), once their chunk is
   * there; null otherwise.
   */
  gifts: ReadonlySignal<GiftFeature | null> | null;
  /**
   * One-click buying with a saved method (merchant, signed in), once its chunk is there; null
   * otherwise, and absent where a test leaves it out.
   */
  saved?: ReadonlySignal<SavedFeature | null> | null;
  layout: Layout;
}

export const WidgetContext = createContext<WidgetContextValue | null>(null);

export function useWidget(): WidgetContextValue {
  const value = useContext(WidgetContext);
  if (!value) throw new Error("game-storefront: component rendered outside its widget");
  return value;
}
