import { signal } from "@preact/signals-core";
import type { PaymentAccountCalls, SavedMethod } from "../../api/account/payment-accounts";
import { type ApiError, errorCode } from "../../core/errors";

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
  /** The saved-method calls (merchant only: the xsolla backend has none, so no section). */
  calls: Pick<PaymentAccountCalls, "list" | "remove">;
  /** The `error` event: a list that could not be read, or a removal that failed. */
  emit?(
    name: "error",
    payload: { code: string; message: string; section: "payment-methods" },
  ): void;
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
  let started = false;

  function report(error: ApiError) {
    deps.emit?.("error", {
      code: errorCode(error),
      message: error.serverMessage ?? `The saved payment methods call failed (${errorCode(error)})`,
      section: "payment-methods",
    });
  }

  /** Reads the list (again, after a failure or from the panel's own reload). */
  async function load() {
    reads.abort();
    reads = new AbortController();
    const signal = reads.signal;
    state.value = { kind: "loading" };
    const result = await deps.calls.list(signal);
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
    if (removing.peek() !== null || disposed) return;
    removing.value = methodKey(method);
    failure.value = null;
    removed.value = null;
    const result = await deps.calls.remove(method, removals.signal);
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
    state,
    confirming,
    removing,
    failure,
    removed,
    load,
    /** The first read, when the section is first drawn; later calls do nothing. */
    start() {
      if (started) return;
      started = true;
      void load();
    },
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
