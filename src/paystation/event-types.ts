import type { PayStationEventName } from "./launcher";

type Constant<S extends string> = S extends `${infer A}-${infer B}`
  ? `${Uppercase<A>}_${Constant<B>}`
  : Uppercase<S>;
export type EventTypes = { [K in PayStationEventName as Constant<K>]: K };

/**
 * The vendor's `App.eventTypes` ({INIT: "init", OPEN_WINDOW: "open-window", …}), every one of
 * them (pages subscribe to each by its constant), built from
 * the names to keep the script small; the type above spells every entry out. It has a file of
 * its own because the store's first view offers it before the launcher has loaded.
 */
export const eventTypes = /* @__PURE__ */ Object.fromEntries(
  "init open open-window open-lightbox load close close-window close-lightbox status status-invoice status-delivering status-troubled status-done user-country fcp error"
    .split(" ")
    .map((name) => [name.toUpperCase().replace(/-/g, "_"), name]),
) as EventTypes;
