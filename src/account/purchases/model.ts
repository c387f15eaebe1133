import { type ReadonlySignal, signal } from "@preact/signals-core";
import type { Transaction } from "../../api/account";
import { createReads } from "../../core/latest-reads";
import { loading, type Part } from "../part";
import type { SectionContext, SectionModel } from "../section";

/** The history, or none at all where the backend keeps none for players (the Store API). */
export type History = Part<Transaction[]> | { kind: "unavailable" };

export interface PurchasesModel extends SectionModel {
  readonly history: ReadonlySignal<History>;
  /** How many days back the history reaches. */
  readonly days: number;
  retry(): Promise<void>;
}

/** The history's reach: about a quarter, what a player looks back on in a store. */
export const HISTORY_DAYS = 90;
const DAY_MS = 86_400_000;

/**
 * "My purchases": the player's history of the last HISTORY_DAYS days, newest first (merchant:
 * the transactions call takes a date range and no paging, docs/contracts.md 2.3).
 */
export function createPurchasesModel(
  context: SectionContext,
  now: () => number = Date.now,
): PurchasesModel {
  const list = context.calls.listTransactions;
  const history = signal<History>(list ? loading : { kind: "unavailable" });
  const reads = createReads();

  async function read() {
    if (!list) return;
    if (history.peek().kind !== "ready") history.value = loading;
    const to = now();
    const result = await reads.read("history", (signal) =>
      list(new Date(to - HISTORY_DAYS * DAY_MS), new Date(to), signal),
    );
    if (!result) return;
    if (result.ok) history.value = { kind: "ready", value: result.value };
    else {
      context.report(result.error, "purchases");
      if (history.peek().kind !== "ready") history.value = { kind: "failed", error: result.error };
    }
  }

  return {
    history,
    days: HISTORY_DAYS,
    load: read,
    refresh: read,
    retry: read,
    dispose: reads.dispose,
  };
}
