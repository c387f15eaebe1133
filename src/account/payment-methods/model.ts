import { signal } from "@preact/signals-core";
import type { PaymentAccountCalls, SavedMethod } from "../../api/account/payment-accounts";
import type { ApiError } from "../../core/errors";

/** The list of saved methods as the section shows it. */
export type MethodsState =
  | { kind: "loading" }
  | { kind: "ready"; methods: SavedMethod[] }
  | { kind: "error"; error: ApiError };

/** A removal that failed, shown by its method with a retry of its own. */
export interface RemoveFailure {
  method: SavedMethod;
  error: ApiError;
}

export interface PaymentMethodsModelDeps {
  /**
   * The saved-method calls; null on the xsolla backend, which has none (docs/contracts.md
   * 3.6): the section then shows nothing and reads nothing.
   */
  calls: Pick<PaymentAccountCalls, "list" | "remove"> | null;
  /** For the `error` event: a list that could not be read, or a removal that failed. */
  report?(error: ApiError): void;
  /** A method is gone: a store on the page reads its one-click buttons again, say. */
  onRemoved?(method: SavedMethod): void;
}

export type PaymentMethodsModel = ReturnType<typeof createPaymentMethodsModel>;

/** The key of a method in `removing`: a saved account is its type and id together. */
export const methodKey = (method: Pick<SavedMethod, "type" | "id">) =>
  `${method.type}:${method.id}`;

/**
 * The account panel's saved payment methods (issue 13, point 5): the player's cards and
 * PayPal accounts, and removing one behind a confirmation. A list that cannot be read offers
 * its own retry, and so does a removal that fails; the rest of the panel is not concerned.
 */
export function createPaymentMethodsModel(deps: PaymentMethodsModelDeps) {
  const state = signal<MethodsState>({ kind: "loading" });
  /** The method whose removal the player is asked to confirm. */
  const confirming = signal<SavedMethod | null>(null);
  /** The key of the method being removed. */
  const removing = signal<string | null>(null);
  const failure = signal<RemoveFailure | null>(null);
  /** The method removed last, for the status line. */
  const removed = signal<SavedMethod | null>(null);
  let reads = new AbortController();
  const removals = new AbortController();
  let disposed = false;
  const { calls } = deps;
  const report = (error: ApiError) => deps.report?.(error);

  /**
   * Reads the list: first, after a failure, and when the player's holdings changed (a payment
   * with "Save this card" ticked adds one). A list on screen stays there while it is read again.
   */
  async function load() {
    if (!calls) return;
    reads.abort();
    reads = new AbortController();
    const signal = reads.signal;
    if (state.peek().kind === "error") state.value = { kind: "loading" };
    const result = await calls.list(signal);
    if (disposed || signal.aborted) return;
    if (result.ok) state.value = { kind: "ready", methods: result.value };
    else {
      state.value = { kind: "error", error: result.error };
      report(result.error);
    }
  }

  /** "Remove Visa ••1111": asks first; nothing is sent yet. */
  function askRemove(method: SavedMethod) {
    if (removing.peek() !== null || disposed) return;
    confirming.value = method;
  }

  function cancelRemove() {
    confirming.value = null;
  }

  async function remove(method: SavedMethod) {
    if (!calls || removing.peek() !== null || disposed) return;
    removing.value = methodKey(method);
    failure.value = null;
    removed.value = null;
    const result = await calls.remove(method, removals.signal);
    if (disposed) return;
    removing.value = null;
    if (!result.ok) {
      failure.value = { method, error: result.error };
      report(result.error);
      return;
    }
    const current = state.peek();
    if (current.kind === "ready") {
      const key = methodKey(method);
      const methods = current.methods.filter((candidate) => methodKey(candidate) !== key);
      state.value = { kind: "ready", methods };
    }
    removed.value = method;
    deps.onRemoved?.(method);
  }

  /** The confirmation's "Remove": the dialog goes, then the method is removed. */
  function confirmRemove() {
    const method = confirming.peek();
    confirming.value = null;
    if (method) void remove(method);
  }

  return {
    /** False where the backend has no saved methods: the section is not shown. */
    available: calls !== null,
    state,
    confirming,
    removing,
    failure,
    removed,
    load,
    refresh: load,
    askRemove,
    cancelRemove,
    confirmRemove,
    /** Tries a failed removal again: the player has confirmed it already. */
    retryRemove() {
      const failed = failure.peek();
      if (failed) void remove(failed.method);
    },
    dispose() {
      disposed = true;
      reads.abort();
      removals.abort();
      confirming.value = null;
    },
  };
}
