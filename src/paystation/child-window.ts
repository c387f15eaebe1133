import type { WindowTarget } from "./options";

export interface ChildWindow {
  frame: () => Window;
  remove(): void;
}

// The "large" Pay Station size (CONTRACTS §2), the one meant for a window of its own.
const WIDTH = 820;
const HEIGHT = 840;

/**
 * Opens Pay Station in a child window, centred over the game's window. Must run inside the
 * player's click, with nothing awaited before it, or popup blockers stop it; returns null
 * when one did. `onClosed` runs when the player closes the window.
 */
export function openChildWindow(
  url: string,
  target: WindowTarget,
  onClosed: () => void,
): ChildWindow | null {
  const blank = target === "_blank";
  const left = Math.round(screenX + (outerWidth - WIDTH) / 2);
  const top = Math.round(screenY + (outerHeight - HEIGHT) / 2);
  const popup = window.open(
    url,
    target,
    blank ? `width=${WIDTH},height=${HEIGHT},left=${left},top=${top}` : "",
  );
  if (!popup) return null;
  // "_self" and "_parent" navigate this page (or its parent) away: nothing to watch or close.
  if (!blank) return { frame: () => popup, remove() {} };
  // A closed window sends no message, so polling is the only way to notice it.
  const poll = setInterval(() => popup.closed && onClosed(), 500);
  return {
    frame: () => popup,
    remove() {
      clearInterval(poll);
      if (!popup.closed) popup.close();
    },
  };
}
