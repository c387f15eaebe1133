/**
 * A small typed emitter. Handlers that throw are reported with console.error and never break
 * the widget or the other handlers: they are the studio's code, not ours.
 */
export type Handler<P> = (payload: P) => void;

export interface Emitter<Events extends Record<string, unknown>> {
  on<K extends keyof Events>(name: K, handler: Handler<Events[K]>): () => void;
  off<K extends keyof Events>(name: K, handler: Handler<Events[K]>): void;
  emit<K extends keyof Events>(name: K, payload: Events[K]): void;
  clear(): void;
}

export function createEmitter<Events extends Record<string, unknown>>(): Emitter<Events> {
  const handlers = new Map<keyof Events, Set<Handler<never>>>();
  return {
    on(name, handler) {
      let set = handlers.get(name);
      if (!set) {
        set = new Set();
        handlers.set(name, set);
      }
      set.add(handler as Handler<never>);
      return () => this.off(name, handler);
    },
    off(name, handler) {
      handlers.get(name)?.delete(handler as Handler<never>);
    },
    emit(name, payload) {
      for (const handler of [...(handlers.get(name) ?? [])]) {
        try {
          (handler as Handler<typeof payload>)(payload);
        } catch (error) {
          console.error(error);
        }
      }
    },
    clear() {
      handlers.clear();
    },
  };
}

/**
 * Dispatches `prefix:name` as a bubbling, composed CustomEvent on the host element, so a page
 * can listen on the element or anywhere above it without holding the widget's handle.
 */
export function dispatchDomEvent(
  target: EventTarget,
  prefix: string,
  name: string,
  detail: unknown,
) {
  target.dispatchEvent(
    new CustomEvent(`${prefix}:${name}`, { detail, bubbles: true, composed: true }),
  );
}
