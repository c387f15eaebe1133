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
  "timeout",
] as const;

/** Options that are true when present, unless they say "false". */
const FLAGS = ["sandbox", "gifting", "cache"] as const;

/**
 * Every attribute a store reads, as `data-*` names without `data-` (`api-base`): the custom
 * element observes these, so one list serves both ways of writing the options.
 */
export const ATTRIBUTES = [...NAMES, ...FLAGS, "paystationUrl", "paystationMode"].map(
  attributeName,
);

/** An option's attribute name from its dataset name: `apiBase` is `api-base`. */
function attributeName(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

/**
 * Reads a host element's attributes as mount options: with the prefix `data-` (the default),
 * `data-api-base` is `apiBase`, and so on (README lists them); the custom element reads the
 * same names without a prefix. `sandbox`, `gifting` and `cache` are true when present, unless they say
 * "false". `paystation-url` and `paystation-mode` are `paystation.url` and `paystation.mode`.
 */
export function optionsFromAttributes(host: Element, prefix = "data-"): StorefrontOptions {
  const read = (name: string) => host.getAttribute(prefix + attributeName(name));
  const options: Record<string, unknown> = {};
  for (const name of NAMES) {
    const value = read(name);
    if (value !== null) options[name] = value;
  }
  for (const name of FLAGS) {
    const value = read(name);
    if (value !== null) options[name] = value !== "false";
  }
  // Pay Station's page and how it opens.
  const url = read("paystationUrl");
  const mode = read("paystationMode");
  if (url || mode) options.paystation = { url: url || undefined, mode: mode || undefined };
  return options as unknown as StorefrontOptions;
}

/** Reads a host element's data-* attributes as mount options (`data-api-base` is `apiBase`). */
export const optionsFromDataset = (element: HTMLElement) => optionsFromAttributes(element);
