import { type ReadonlySignal, signal } from "@preact/signals-core";
import type {
  PlayerSubscription,
  SubscriptionCalls,
  SubscriptionChange,
} from "../../api/account/subscriptions";
import type { ApiError } from "../../core/errors";
import { createReads } from "../../core/latest-reads";
import type { AccountEmit } from "../contract";
import type { SectionModel } from "../section";

/** What the section's model is made from: the account panel's SectionContext has it all. */
export interface SubscriptionsModelDeps {
  /** The backend's subscription calls; absent where the widget has none (the section hides). */
  subscriptions?: SubscriptionCalls | undefined;
  /** For the `subscription` event once a change is made. */
  emit: AccountEmit;
  /** An `error` event for a failed read or change of `part`, in English. */
  report(error: ApiError, part: string): void;
}

export type SubscriptionList =
  | { kind: "signed-out" }
  | { kind: "loading" }
  | { kind: "ready"; subscriptions: PlayerSubscription[] }
  | { kind: "failed"; error: ApiError };

/** A change asked for, and where it stands. */
export interface ChangeState {
  id: string;
  change: SubscriptionChange;
  /** The plan's name, for what the section says about it. */
  planName: string;
  state: "pending" | "done" | "failed";
  error?: ApiError;
}

export interface SubscriptionsModel extends SectionModel {
  /** False when the widget has no subscription calls: the section is not shown. */
  readonly available: boolean;
  readonly list: ReadonlySignal<SubscriptionList>;
  /** The latest change: in flight, made (said once), or failed (with its own retry). */
  readonly change: ReadonlySignal<ChangeState | null>;
  changesFor(subscription: PlayerSubscription): SubscriptionChange[];
  /** Makes a change the player confirmed; true once it is made. */
  apply(id: string, change: SubscriptionChange): Promise<boolean>;
  /** Tries the failed change again. */
  retryChange(): Promise<boolean>;
}

/** A widget without subscription calls reads nothing and offers nothing. */
const NONE: SubscriptionCalls = {
  signedIn: false,
  list: () => new Promise(() => {}),
  changesFor: () => [],
  change: () => new Promise(() => {}),
};

/** The "My subscriptions" section's state for one widget. */
export function createSubscriptionsModel(deps: SubscriptionsModelDeps): SubscriptionsModel {
  const { emit } = deps;
  const calls = deps.subscriptions ?? NONE;
  const list = signal<SubscriptionList>(
    calls.signedIn ? { kind: "loading" } : { kind: "signed-out" },
  );
  const change = signal<ChangeState | null>(null);
  const reads = createReads();

  const report = (error: ApiError) => deps.report(error, "subscriptions");

  const shown = () => {
    const current = list.peek();
    return current.kind === "ready" ? current.subscriptions : null;
  };

  /** Reads the list; a failure replaces it only when there is nothing to show. */
  async function read(): Promise<void> {
    if (!calls.signedIn) return;
    const result = await reads.read("list", (s) => calls.list(s));
    if (!result) return;
    if (result.ok) list.value = { kind: "ready", subscriptions: result.value };
    else {
      report(result.error);
      if (!shown()) list.value = { kind: "failed", error: result.error };
    }
  }

  async function load() {
    if (!calls.signedIn) return;
    if (!shown()) list.value = { kind: "loading" };
    await read();
  }

  /** Puts the changed row in place of the old one, where it was. */
  function replace(updated: PlayerSubscription) {
    const rows = shown();
    if (rows) {
      list.value = {
        kind: "ready",
        subscriptions: rows.map((row) => (row.id === updated.id ? updated : row)),
      };
    }
  }

  async function apply(id: string, wanted: SubscriptionChange): Promise<boolean> {
    const row = shown()?.find((s) => s.id === id);
    if (!row || change.peek()?.state === "pending") return false;
    const base = { id, change: wanted, planName: row.planName };
    change.value = { ...base, state: "pending" };
    const result = await reads.read(`change:${id}`, (s) => calls.change(id, wanted, s));
    if (!result) return false;
    if (!result.ok) {
      report(result.error);
      change.value = { ...base, state: "failed", error: result.error };
      return false;
    }
    // A backend that answers nothing made the only change it has: renewal is off. The row says
    // so at once, and the list is read again for the dates the server now gives.
    const updated = result.value ?? {
      ...row,
      status: wanted === "cancel" ? ("canceled" as const) : ("non-renewing" as const),
      nextCharge: null,
    };
    replace(updated);
    change.value = { ...base, state: "done" };
    emit("subscription", { id, planId: updated.planId, status: updated.status });
    if (!result.value) void read();
    return true;
  }

  async function retryChange() {
    const failed = change.peek();
    return failed?.state === "failed" ? apply(failed.id, failed.change) : false;
  }

  return {
    available: !!deps.subscriptions,
    list,
    change,
    changesFor: (subscription) => calls.changesFor(subscription),
    load,
    refresh: read,
    apply,
    retryChange,
    dispose: reads.dispose,
  };
}
