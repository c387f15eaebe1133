import type { StorefrontOptions } from "../core/config";

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
] as const;

/**
 * Reads a host element's data-* attributes as mount options: `data-api-base` is `apiBase`,
 * and so on (README lists them). `data-sandbox` is true when present, unless it says "false".
 */
export function optionsFromDataset(element: HTMLElement): StorefrontOptions {
  const d = element.dataset;
  const options: Record<string, unknown> = {};
  for (const name of NAMES) if (d[name] !== undefined) options[name] = d[name];
  if (d.sandbox !== undefined) options.sandbox = d.sandbox !== "false";
  return options as unknown as StorefrontOptions;
}
