import type { StorefrontOptions } from "./options";

const NAMES = [
  "backend",
  "apiBase",
  "projectId",
  "userId",
  "userToken",
  "currency",
  "locale",
  "country",
  "layout",
  "theme",
  "subscriptionsApiBase",
  "tokenUrl",
  "friendsUrl",
  "invitesUrl",
  "view",
] as const;

/**
 * Reads a host element's data-* attributes as mount options: `data-api-base` is `apiBase`,
 * and so on (README lists them). `data-sandbox` `data-gifting` and `data-cache` are true when
 * present, unless they say "false".
 * `data-paystation-url` and `data-paystation-mode` are `paystation.url` and `paystation.mode`.
 */
export function optionsFromDataset(element: HTMLElement): StorefrontOptions {
  const d = element.dataset;
  const options: Record<string, unknown> = {};
  for (const name of NAMES) if (d[name] !== undefined) options[name] = d[name];
  if (d.sandbox !== undefined) options.sandbox = d.sandbox !== "false";
  if (d.gifting !== undefined) options.gifting = d.gifting !== "false";
  if (d.cache !== undefined) options.cache = d.cache !== "false";
  // Pay Station's page and how it opens: data-paystation-url, data-paystation-mode.
  if (d.paystationUrl || d.paystationMode) {
    options.paystation = { url: d.paystationUrl || undefined, mode: d.paystationMode || undefined };
  }
  return options as unknown as StorefrontOptions;
}
