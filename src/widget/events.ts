import type { BackendKind } from "../api";
import type { CatalogCounts, CatalogSection } from "./catalog";

/** Every event a storefront emits, with its payload. DOM events are `game-storefront:NAME`. */
export interface StorefrontEvents extends Record<string, unknown> {
  /** The widget is mounted and has started loading. */
  init: { backend: BackendKind; projectId: string; locale: string };
  /** The first view has loaded; counts of what it shows. */
  "catalog-load": CatalogCounts;
  /** A section failed to load. `code` is stable ("http-500", "timeout", "invalid-response"). */
  error: { code: string; message: string; section: CatalogSection };
}

export type StorefrontEventName = keyof StorefrontEvents;

export const DOM_EVENT_PREFIX = "game-storefront";
