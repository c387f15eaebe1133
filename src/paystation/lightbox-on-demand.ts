import type { Lightbox, openLightbox as OpenLightbox } from "./lightbox";

/*
 * dist/paystation.js's lightbox (scripts/build.mjs puts this module in place of ./lightbox
 * there): the dialog and its stylesheet are a file of their own beside the script, fetched when
 * the browser is idle after init() or at the first open(), so that a page pays for them only
 * when Pay Station may be shown. The store's script and the npm build import ./lightbox itself.
 */

type Open = typeof OpenLightbox;

/** The lightbox file's name beside paystation.js, hash included (scripts/build.mjs). */
declare const __PAYSTATION_LIGHTBOX__: string;
/** Where the lightbox file leaves its function for us (src/paystation/lightbox-file.ts). */
const GLOBAL = "__gsPayStationLightbox";

// The script's own address, read while it runs: the lightbox file sits beside it.
const base = (document.currentScript as HTMLScriptElement | null)?.src || location.href;
let pending: Promise<Open> | undefined;
/** The lightbox's function once its file has run: open() then draws the dialog at once. */
let loaded: Open | undefined;

/** Fetches the lightbox file once; a failed fetch is forgotten, so the next open() tries again. */
export function loadLightbox(): Promise<Open> {
  pending ??= new Promise<Open>((resolve, reject) => {
    const tag = document.createElement("script");
    tag.src = new URL(__PAYSTATION_LIGHTBOX__, base).href;
    tag.onload = () => {
      const open = (self as unknown as Record<string, Open | undefined>)[GLOBAL];
      loaded = open;
      open ? resolve(open) : tag.onerror?.(new Event("error"));
    };
    tag.onerror = () => {
      pending = undefined;
      reject(new Error(`Pay Station's lightbox (${tag.src}) did not load`));
    };
    document.head.append(tag);
  });
  return pending;
}

/**
 * The lightbox's openLightbox, at once: what it returns stands in for the dialog until the
 * file is there, then passes everything on. A dialog closed before then is never drawn; a
 * file that does not arrive calls `onFail`.
 */
export function openLightbox(
  url: string,
  o: Parameters<Open>[1],
  onClose: () => void,
  onLoad: () => void,
  onFail?: (message: string) => void,
): Lightbox {
  if (loaded) return loaded(url, o, onClose, onLoad);
  let box: Lightbox | undefined;
  let removed = false;
  loadLightbox()
    .then((open) => {
      if (!removed) box = open(url, o, onClose, onLoad);
    })
    .catch((error: Error) => {
      if (!removed) onFail?.(error.message);
    });
  return {
    frame: () => box?.frame() ?? null,
    show: (dimensions) => box?.show(dimensions),
    remove() {
      removed = true;
      box?.remove();
    },
  };
}
