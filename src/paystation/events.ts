/** What a handler receives first: works as jQuery-style `(event, data)` and as `event.detail`. */
export interface PayStationEvent<D = unknown> {
  type: string;
  detail: D;
}

// A method signature makes the handler's parameters bivariant, so a handler written for one
// event's data (say StatusData) can still be registered for several events at once.
export type PayStationHandler<D = unknown> = {
  bivariance(event: PayStationEvent<D>, data: D): void;
}["bivariance"];

export interface Events {
  /** Adds the handler for each of the space-separated names; returns its removal. */
  on(names: string, handler: PayStationHandler<never>): () => void;
  /** Removes handlers: all, all of the names, or one handler (of the names, or everywhere). */
  off(names?: string, handler?: PayStationHandler<never>): void;
  emit(name: string, data?: unknown): void;
}

const split = (names: string) => names.split(/\s+/).filter(Boolean);

/**
 * A small emitter with the vendor script's calling convention. Nothing is dispatched on
 * `document`: the page's own listeners never see generic names like "close" or "open".
 */
export function createEvents(): Events {
  let list: [string, PayStationHandler<never>][] = [];
  const off: Events["off"] = (names, handler) => {
    const only = names && split(names);
    list = list.filter(([n, h]) => !((!only || only.includes(n)) && (!handler || h === handler)));
  };
  return {
    on(names, handler) {
      // The vendor's script ignores a missing handler too, instead of failing at emit time.
      if (typeof handler !== "function") return () => {};
      // A new array, so an emit in progress keeps its snapshot and skips handlers added by it.
      list = list.concat(split(names).map((name) => [name, handler]));
      return () => off(names, handler);
    },
    off,
    emit(name, data) {
      for (const [n, h] of list) {
        if (n !== name) continue;
        // A page's handler that throws must not stop ours or the other handlers.
        try {
          h({ type: name, detail: data } as never, data as never);
        } catch (error) {
          console.error(error);
        }
      }
    },
  };
}
