import type { ComponentType } from "preact";
import type { ProductBase } from "../../api";
import type { ChargeTarget } from "../../api/account/payment-accounts";
import type { ResolvedOptions } from "../options";
import type { BuyRequest, Emit } from "../purchase/types";
import type { SavedModel, SavedModelDeps } from "./model";

/** What the store gives the one-click chunk (./feature.tsx) when it arrives. */
export interface SavedFeatureDeps {
  purchases: SavedModelDeps["purchases"];
  emit: Emit;
  /** The merchant backend's settings, whose game server the saved-method calls go to. */
  options: Pick<ResolvedOptions, "backend" | "backendConfig">;
  /**
   * Each widget on the page's options, by its host element (mount.tsx), so that a saved method
   * removed in another widget of the same project and backend is heard; absent, it is not.
   */
  optionsOf?: WeakMap<EventTarget, Pick<ResolvedOptions, "backend" | "backendConfig">>;
  /** Adds the confirmation's stylesheet to the widget's shadow root. */
  adoptStyles(css: string): void;
}

/**
 * What the one-click chunk gives the store: its model and a package's or item's button (with
 * its dialog), which the store draws with it (../feature-part.tsx).
 */
export interface SavedFeature {
  model: SavedModel;
  Button: ComponentType<{
    model: SavedModel;
    product: ProductBase;
    request: BuyRequest & { target: ChargeTarget };
  }>;
}
