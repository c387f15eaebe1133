import { openWindow } from "./child-window";
import type { WindowTarget } from "./options";

/*
 * The launcher's child window, in the launcher's chunk: the first view's script carries only
 * what a click must do at once (./child-window.ts).
 */

export interface ChildWindow {
  frame: () => Window;
  remove(): void;
}

/**
 * Pay Station in a child window: opened now, or loaded into `reserved`, a window opened
 * earlier in the same click. `onClosed` runs when the player closes the window.
 */
export function openChildWindow(
  url: string,
  target: WindowTarget,
  onClosed: () => void,
  reserved?: Window | null,
): ChildWindow | null {
  let popup = reserved && !reserved.closed ? reserved : null;
  if (popup) popup.location.href = url;
  else popup = openWindow(url, target);
  if (!popup) return null;
  // "_self" and "_parent" navigate this page (or its parent) away: nothing to watch or close.
  // A closed window sends no message, so polling is the only way to notice it.
  const child = popup;
  const poll = target === "_blank" && setInterval(() => child.closed && onClosed(), 500);
  return {
    frame: () => child,
    remove() {
      if (poll) {
        clearInterval(poll);
        if (!child.closed) child.close();
      }
    },
  };
}
