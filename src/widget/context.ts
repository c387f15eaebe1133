import type { ReadonlySignal } from "@preact/signals-core";
import { createContext } from "preact";
import { useContext } from "preact/hooks";
import type { CatalogModel } from "./catalog/model";
import type { GiftFeature } from "./gift/types";
import type { Layout } from "./options";
import type { PanelSlot } from "./panel-view/slot";
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
  /**
   * The store's Account entry (mount.tsx): the account view's panel while the player has it
   * open; null for a signed-out player, who has none. Absent where a test builds no entry.
   */
  account?: AccountEntry | null;
}

export interface AccountEntry {
  slot: ReadonlySignal<PanelSlot | null>;
  open(): void;
  close(): void;
}

export const WidgetContext = createContext<WidgetContextValue | null>(null);

export function useWidget(): WidgetContextValue {
  const value = useContext(WidgetContext);
  if (!value) throw new Error("game-storefront: component rendered outside its widget");
  return value;
}
