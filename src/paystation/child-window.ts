import type { PayStationOptions, WindowTarget } from "./options";

/*
 * What a click needs before anything is awaited: whether Pay Station will want a window, and
 * that window opened. Showing Pay Station in it is the launcher's (open-child-window.ts).
 */

// The "large" Pay Station size (CONTRACTS §2), the one meant for a window of its own.
const WIDTH = 820;
const HEIGHT = 840;

/** Where "auto" prefers a child window: small or touch screens, not user-agent sniffing. */
const SMALL_SCREEN = "(max-width:800px),(pointer:coarse)";

/** Whether Pay Station opens in a window rather than a lightbox. */
export const wantsWindow = (o: { mode?: string; iframeOnly?: boolean }) =>
  !o.iframeOnly &&
  (o.mode === "window" ||
    ((o.mode ?? "auto") === "auto" && !!globalThis.matchMedia?.(SMALL_SCREEN).matches));

/**
 * Opens the empty window that these options will show Pay Station in, or returns null when
 * they will use the lightbox. Call it inside the player's click, before anything is awaited:
 * a page whose token (or launcher) arrives after the click is then not stopped by a popup
 * blocker. Only a window of its own can be reserved: "_self" would leave the page at once.
 */
export function reserveWindow(
  options: Pick<PayStationOptions, "mode" | "iframeOnly" | "childWindow"> = {},
): Window | null {
  const target = options.childWindow?.target ?? "_blank";
  return target === "_blank" && wantsWindow(options) ? openWindow("about:blank", target) : null;
}

/**
 * Opens a window for Pay Station, centred over the game's window: `url`, or an empty page when
 * the URL is not known yet (see `reserve` in launcher.ts). Must run inside the player's click,
 * with nothing awaited before it, or popup blockers stop it; returns null when one did.
 */
export function openWindow(url: string, target: WindowTarget): Window | null {
  // `| 0` drops the half pixel: window features are whole numbers.
  const left = (screenX + (outerWidth - WIDTH) / 2) | 0;
  const top = (screenY + (outerHeight - HEIGHT) / 2) | 0;
  return window.open(
    url,
    target,
    target === "_blank" ? `width=${WIDTH},height=${HEIGHT},left=${left},top=${top}` : "",
  );
}
