import { type ReadonlySignal, signal } from "@preact/signals-core";
import type { VcBalance } from "../../api";
import type { OwnedItem, OwnedItemsPage } from "../../api/account";
import type { ApiError } from "../../core/errors";
import { createReads } from "../../core/latest-reads";
import { type CatalogNames, named } from "../catalog-names";
import { loading, type Part } from "../part";
import type { SectionContext, SectionModel } from "../section";
import type { ShownThing } from "../thing-list";

/** "Show more": nothing asked, a page on its way, or a page that did not come. */
export type MoreState =
  | { kind: "idle" }
  | { kind: "loading" }
  | { kind: "failed"; error: ApiError };

export interface ItemsModel extends SectionModel {
  readonly items: ReadonlySignal<Part<ShownThing[]>>;
  /** Where the next page starts; null when the last page is shown. */
  readonly nextOffset: ReadonlySignal<number | null>;
  readonly more: ReadonlySignal<MoreState>;
  readonly balance: ReadonlySignal<Part<VcBalance[]>>;
  showMore(): Promise<void>;
  retryItems(): Promise<void>;
  retryBalance(): Promise<void>;
}

const IDLE: MoreState = { kind: "idle" };

/**
 * "My items": the player's items a page at a time, and their virtual-currency balance, each
 * read, failed and retried on its own. On merchant the items carry only a sku, so the
 * catalog's names are read beside the first page (once for the whole panel).
 */
export function createItemsModel(context: SectionContext): ItemsModel {
  const { calls, store, kind } = context;
  const items = signal<Part<ShownThing[]>>(loading);
  const nextOffset = signal<number | null>(null);
  const more = signal<MoreState>(IDLE);
  const balance = signal<Part<VcBalance[]>>(loading);
  const reads = createReads();
  // Bumped by every first-page read, so that a later page of an older list is not added to it.
  let generation = 0;

  /** The page's items, named; the catalog is read only when some item has no name. */
  async function name(page: OwnedItemsPage, names: CatalogNames | null) {
    const known =
      names ??
      (page.items.some((item) => item.name === null) ? await context.catalogNames() : null);
    return page.items.map((item: OwnedItem) => named(item, known ?? new Map()));
  }

  /** The first page again; what is shown stays until the answer, and after a failed re-read. */
  async function readItems() {
    const mine = ++generation;
    if (items.peek().kind !== "ready") items.value = loading;
    const [result, names] = await Promise.all([
      reads.read("items", (signal) => calls.listItems(0, signal)),
      // Merchant's items are only skus: their names are read at the same time.
      kind === "merchant" ? context.catalogNames() : null,
    ]);
    if (!result) return;
    if (!result.ok) {
      context.report(result.error, "items");
      if (items.peek().kind !== "ready") items.value = { kind: "failed", error: result.error };
      return;
    }
    const shown = await name(result.value, names);
    if (mine !== generation) return;
    items.value = { kind: "ready", value: shown };
    nextOffset.value = result.value.nextOffset;
    more.value = IDLE;
  }

  async function readBalance() {
    if (balance.peek().kind !== "ready") balance.value = loading;
    const result = await reads.read("balance", (signal) => store.getBalance(signal));
    if (!result) return;
    if (result.ok) balance.value = { kind: "ready", value: result.value };
    else {
      context.report(result.error, "balance");
      if (balance.peek().kind !== "ready") balance.value = { kind: "failed", error: result.error };
    }
  }

  async function showMore() {
    const shown = items.peek();
    const offset = nextOffset.peek();
    if (shown.kind !== "ready" || offset === null || more.peek().kind === "loading") return;
    const mine = generation;
    more.value = { kind: "loading" };
    const result = await reads.read("more", (signal) => calls.listItems(offset, signal));
    if (!result || mine !== generation) return;
    if (!result.ok) {
      context.report(result.error, "items");
      more.value = { kind: "failed", error: result.error };
      return;
    }
    const page = await name(result.value, null);
    if (mine !== generation) return;
    // A thing that moved between pages while the player read them is shown once.
    const seen = new Set(shown.value.map((item) => item.sku));
    items.value = {
      kind: "ready",
      value: [...shown.value, ...page.filter((item) => !seen.has(item.sku))],
    };
    nextOffset.value = result.value.nextOffset;
    more.value = IDLE;
  }

  const load = async () => {
    await Promise.all([readItems(), readBalance()]);
  };

  return {
    items,
    nextOffset,
    more,
    balance,
    load,
    refresh: load,
    showMore,
    retryItems: readItems,
    retryBalance: readBalance,
    dispose: reads.dispose,
  };
}
