import type { ComponentType } from "preact";
import type { ApiError } from "../core/errors";
import type { CatalogNames } from "./catalog-names";
import type { AccountModelDeps } from "./contract";

/*
 * A section of the account panel ("My items", "My purchases", "Coupons", and those plugged in
 * later): its own model, made once per widget, and its own view. The panel lists them in
 * ./sections.ts; each loads, fails and retries on its own.
 */

/** What every section's model offers the panel. */
export interface SectionModel {
  /** The first read; nothing is read for a signed-out player (the panel says so instead). */
  load(): Promise<void>;
  /** Read again after the player's holdings changed (a purchase on the page, a coupon). */
  refresh(): Promise<void>;
  dispose(): void;
}

/** What a section's model is made from: the panel's deps and what the sections share. */
export interface SectionContext extends AccountModelDeps {
  /**
   * The catalog's names and pictures by sku, read once for the whole panel (and again only
   * after a failed read); empty when the catalog could not be read.
   */
  catalogNames(): Promise<CatalogNames>;
  /** Something the player owns changed here (a coupon redeemed): every section reads again. */
  holdingsChanged(): void;
  /** An `error` event for a failed read of `part` ("items"), in English. */
  report(error: ApiError, part: string): void;
}

export interface AccountSection<M extends SectionModel = SectionModel> {
  /** A stable name: the section's element id suffix and its `error` events' default part. */
  id: string;
  create(context: SectionContext): M;
  /** Draws the section (its heading included) from its model. */
  View: ComponentType<{ model: M }>;
  /** The section's own rules, adopted with the panel's; optional. */
  styles?: string;
}

/** A section with its model's type forgotten, so that different sections share one list. */
export const defineSection = <M extends SectionModel>(section: AccountSection<M>) =>
  section as unknown as AccountSection;
