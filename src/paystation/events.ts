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
  /**
   * Adds the handler for each of the space-separated names; returns its removal. Names that
   * are not a string add nothing, as a handler that is not a function does.
   */
  on(names: string, handler: PayStationHandler<never>): () => void;
  /**
   * Removes handlers: all, all of the names, or one handler (of the names, or everywhere when
   * the names are left out; empty names count as left out, as in the vendor's script). Names
   * that are something else than a string remove nothing.
   */
  off(names?: string, handler?: PayStationHandler<never>): void;
  emit(name: string, data?: unknown): void;
}

// The vendor's script takes any value as the names without throwing, and pages count on it:
// its example page asks for event types an older script lacks, so the names are undefined.
// Anything but a string names no event here: on() adds nothing, off() removes nothing.
const split = (names: unknown): string[] =>
  (typeof names === "string" && names.match(/\S+/g)) || [];

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
      const added: typeof list =
        typeof handler === "function" ? split(names).map((name) => [name, handler]) : [];
      // A new array, so an emit in progress keeps its snapshot and skips handlers added by it.
      list = list.concat(added);
      // Removes exactly what this call added, whatever else the same handler is listening to.
      return () => {
        list = list.filter((entry) => !added.includes(entry));
      };
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
