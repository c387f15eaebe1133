import { reserveWindow } from "./child-window";
import { eventTypes } from "./event-types";
import type { XPayStationWidget } from "./global";
import { listenForOpeners } from "./openers";
import type { PayStationOptions } from "./options";
import { OURS } from "./ours";

type Loader = () => Promise<{ createWidgetApi(openers?: boolean): XPayStationWidget }>;
type Call = [method: keyof XPayStationWidget, args: unknown[], result?: (value: never) => void];

/**
 * The store's `window.XPayStationWidget`: the whole API at once, while the launcher itself is
 * loaded on first use. Calls made before it arrives are kept and run in order; `on()` returns
 * its removal at once; `isOpened()` and `sendMessage()` answer false until then. An `open()`
 * before the launcher is there opens the window it will need inside the click, as the real
 * one would. A launcher that fails to load is asked for again by the next call.
 */
export function installGlobalStub(load: Loader): XPayStationWidget {
  const existing = window.XPayStationWidget;
  if (existing && OURS in existing) return existing;
  let real: XPayStationWidget | null = null;
  let loading = false;
  let queue: Call[] = [];
  let lastOptions: PayStationOptions | null = null;
  let stopOpeners: (() => void) | null = null;

  const start = () => {
    if (loading) return;
    loading = true;
    load().then(
      (chunk) => {
        real = chunk.createWidgetApi(false);
        for (const [method, args, result] of queue.splice(0)) {
          const value = (real[method] as (...a: unknown[]) => unknown)(...args);
          result?.(value as never);
        }
      },
      (error) => {
        loading = false;
        console.error(error);
      },
    );
  };
  const call =
    <M extends keyof XPayStationWidget>(method: M) =>
    (...args: unknown[]) => {
      if (real) return (real[method] as (...a: unknown[]) => unknown)(...args);
      queue.push([method, args]);
      start();
      return undefined;
    };

  /** `on` and `onMessage`: the removal they return works before and after the launcher. */
  const subscribe =
    (method: "on" | "onMessage") =>
    (name: string, handler: never): (() => void) => {
      if (real) return real[method](name, handler);
      let remove: (() => void) | null = null;
      let removed = false;
      queue.push([
        method,
        [name, handler],
        (value: () => void) => {
          if (removed) value();
          else remove = value;
        },
      ]);
      start();
      return () => {
        removed = true;
        remove?.();
      };
    };

  const open = () => {
    if (!real && lastOptions) {
      // The window must open inside the click; the launcher loads Pay Station into it later.
      queue.push(["reserve", [lastOptions, reserveWindow(lastOptions)]]);
    }
    call("open")();
  };
  const api: XPayStationWidget = {
    eventTypes,
    init(options) {
      lastOptions = options;
      stopOpeners ??= listenForOpeners(() => api.open());
      call("init")(options);
    },
    open,
    close: call("close"),
    isOpened: () => real?.isOpened() ?? false,
    on: subscribe("on") as XPayStationWidget["on"],
    off: call("off"),
    sendMessage: (command, data) => real?.sendMessage(command, data) ?? false,
    onMessage: subscribe("onMessage"),
    reserve(options, opened) {
      if (real) real.reserve(options, opened);
      else
        queue.push(["reserve", [options, opened === undefined ? reserveWindow(options) : opened]]);
    },
    destroy() {
      stopOpeners?.();
      stopOpeners = null;
      queue = [];
      real?.destroy();
      if (window.XPayStationWidget === api) delete window.XPayStationWidget;
    },
  };
  Object.defineProperty(api, OURS, { value: true });
  window.XPayStationWidget = api;
  return api;
}
