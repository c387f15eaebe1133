import type { ComponentType } from "preact";
import type { BackendConfig, VcPackage } from "../../api";
import type { BuyRequest, Emit } from "../purchase/types";
import type { SavedModel, SavedModelDeps } from "./model";

/** What the store gives the one-click chunk (./feature.tsx) when it arrives. */
export interface SavedFeatureDeps {
  purchases: SavedModelDeps["purchases"];
  emit: Emit;
  /** The merchant backend's settings, whose game server the saved-method calls go to. */
  options: { backendConfig: BackendConfig };
  /** Adds the confirmation's stylesheet to the widget's shadow root. */
  adoptStyles(css: string): void;
}

/**
 * What the one-click chunk gives the store: its model and a package's button (with its
 * dialog), which the store draws with it (../feature-part.tsx).
 */
export interface SavedFeature {
  model: SavedModel;
  Button: ComponentType<{ model: SavedModel; pkg: VcPackage; request: BuyRequest }>;
}
