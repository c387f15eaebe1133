import { isObject } from "./options";

export interface Bridge {
  /** Posts `{command, data}` as JSON to the Pay Station window with its exact origin. */
  send(command: string, data?: unknown): boolean;
  dispose(): void;
}

/**
 * The message channel with one Pay Station window (an iframe's or a popup). A message counts
 * only when it comes from that very window and from the origin of the URL we opened there:
 * any other frame or tab on the page could post the same JSON. Malformed messages are
 * dropped without a throw, since anything on the page may post anything.
 */
export function createBridge(
  target: () => Window | null | undefined,
  origin: string,
  onCommand: (command: string, data: Record<string, unknown>) => void,
): Bridge {
  const listener = (event: MessageEvent) => {
    const source = target();
    if (!source || event.source !== source || event.origin !== origin) return;
    // JSON.parse reads anything but a string as its text ("[object Object]"), and drops it.
    let message: { command?: unknown; data?: unknown } | null;
    try {
      message = JSON.parse(event.data as string);
    } catch {
      return;
    }
    const command = message?.command;
    const data = message?.data ?? {};
    if (typeof command === "string" && command && isObject(data)) onCommand(command, data);
  };
  addEventListener("message", listener);
  return {
    send(command, data = {}) {
      try {
        target()?.postMessage(JSON.stringify({ command, data }), origin);
        return !!target();
      } catch {
        return false;
      }
    },
    dispose: () => removeEventListener("message", listener),
  };
}
