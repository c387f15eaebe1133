import type { PayStation, PayStationOptions } from "../../src/paystation";

type Handler = (event: unknown, data?: unknown) => void;

/** A launcher that opens nothing: it records init and open, and tests fire its events. */
export interface FakePayStation extends PayStation {
  inits: PayStationOptions[];
  opens: number;
  /** The options of each reserve() call. */
  reserves: unknown[];
  fire(event: string, data?: unknown): void;
}

export function createFakePayStation(): FakePayStation {
  const handlers = new Map<string, Set<Handler>>();
  let opened = false;
  const fake: FakePayStation = {
    inits: [],
    opens: 0,
    reserves: [],
    reserve(options) {
      fake.reserves.push(options);
    },
    fire(event, data) {
      if (event === "close") opened = false;
      for (const handler of [...(handlers.get(event) ?? [])]) handler({ type: event }, data);
    },
    init(options) {
      fake.inits.push(options);
    },
    open() {
      fake.opens += 1;
      opened = true;
    },
    close() {
      if (opened) fake.fire("close", { reason: "api" });
    },
    isOpened: () => opened,
    on(events: string, handler: Handler) {
      for (const name of events.split(" ")) {
        const set = handlers.get(name) ?? new Set();
        set.add(handler);
        handlers.set(name, set);
      }
      return () => {
        for (const name of events.split(" ")) handlers.get(name)?.delete(handler);
      };
    },
    off() {
      handlers.clear();
    },
    sendMessage: () => opened,
    onMessage: () => () => undefined,
    destroy() {
      fake.close();
      handlers.clear();
    },
  } as FakePayStation;
  return fake;
}
