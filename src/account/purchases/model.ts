import { type ReadonlySignal, signal } from "@preact/signals-core";
import type { Transaction } from "../../api/account";
import type { ApiError } from "../../core/errors";
import { createReads } from "../../core/latest-reads";
import { loading, type Part } from "../part";
import type { SectionContext, SectionModel } from "../section";

/** The history, or none at all where the backend keeps none for players (the Store API). */
export type History = Part<Transaction[]> | { kind: "unavailable" };

/**
 * "Show older purchases": nothing asked, a window on its way, a window that did not come, or
 * a window that held nothing (from `from` to `to`, said in the live region).
 */
export type OlderState =
  | { kind: "idle" }
  | { kind: "loading" }
  | { kind: "failed"; error: ApiError }
  | { kind: "none"; from: Date; to: Date };

export interface PurchasesModel extends SectionModel {
  readonly history: ReadonlySignal<History>;
  /** How many days back the first read reaches. */
  readonly days: number;
  /** How many days back the shown history reaches now (grows by `days` per older window). */
  readonly reach: ReadonlySignal<number>;
  /** How far back "Show older purchases" may go, in days. */
  readonly limit: number;
  readonly older: ReadonlySignal<OlderState>;
  retry(): Promise<void>;
  /** Reads the `days` before what is shown and adds them under it. */
  showOlder(): Promise<void>;
}

/** The history's reach: about a quarter, what a player looks back on in a store. */
export const HISTORY_DAYS = 90;
/** How far "Show older purchases" goes: eight windows, about two years. */
export const HISTORY_LIMIT_DAYS = 8 * HISTORY_DAYS;
const DAY_MS = 86_400_000;
const IDLE: OlderState = { kind: "idle" };

/**
 * "My purchases": the player's history of the last HISTORY_DAYS days, newest first, and older
 * windows of as many days on demand (merchant: the transactions call takes a date range and no
 * paging, docs/contracts.md 2.3, so the widget pages by date range).
 */
export function createPurchasesModel(
  context: SectionContext,
  now: () => number = Date.now,
): PurchasesModel {
  const list = context.calls.listTransactions;
  const history = signal<History>(list ? loading : { kind: "unavailable" });
  const reach = signal(HISTORY_DAYS);
  const older = signal<OlderState>(IDLE);
  const reads = createReads();
  /** The end of the range shown: every older window is counted back from it. */
  let anchor = now();
  // Bumped by every read of the whole range, so that an older window of a range read before
  // is not added to it.
  let generation = 0;

  /** The whole range shown (its reach) again, up to now: one call, as there is no paging. */
  async function read() {
    if (!list) return;
    generation += 1;
    // An older window on its way, or failed, belongs to the range this read replaces.
    const state = older.peek().kind;
    if (state === "loading" || state === "failed") older.value = IDLE;
    if (history.peek().kind !== "ready") history.value = loading;
    const to = now();
    const days = reach.peek();
    const result = await reads.read("history", (signal) =>
      list(new Date(to - days * DAY_MS), new Date(to), signal),
    );
    if (!result) return;
    if (result.ok) {
      anchor = to;
      history.value = { kind: "ready", value: result.value };
      return;
    }
    context.report(result.error, "purchases");
    if (history.peek().kind !== "ready") history.value = { kind: "failed", error: result.error };
  }

  async function showOlder() {
    const shown = history.peek();
    const days = reach.peek();
    if (!list || shown.kind !== "ready" || days >= HISTORY_LIMIT_DAYS) return;
    if (older.peek().kind === "loading") return;
    const mine = generation;
    const to = new Date(anchor - days * DAY_MS);
    const from = new Date(to.getTime() - HISTORY_DAYS * DAY_MS);
    older.value = { kind: "loading" };
    const result = await reads.read("older", (signal) => list(from, to, signal));
    if (!result || mine !== generation) return;
    if (!result.ok) {
      context.report(result.error, "purchases");
      older.value = { kind: "failed", error: result.error };
      return;
    }
    // A row on the windows' common second is in both answers: it is shown once.
    const seen = new Set(shown.value.map((row) => row.id));
    const added = result.value.filter((row) => !seen.has(row.id));
    history.value = { kind: "ready", value: [...shown.value, ...added] };
    reach.value = days + HISTORY_DAYS;
    older.value = added.length === 0 ? { kind: "none", from, to } : IDLE;
  }

  return {
    history,
    days: HISTORY_DAYS,
    reach,
    limit: HISTORY_LIMIT_DAYS,
    older,
    load: read,
    refresh: read,
    retry: read,
    showOlder,
    dispose: reads.dispose,
  };
}
