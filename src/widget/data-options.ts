import type { StorefrontOptions } from "../core/config";

/** Reads a host element's data-* attributes as mount options (see README for the list). */
export function optionsFromDataset(element: HTMLElement): StorefrontOptions {
  const d = element.dataset;
  const options: Record<string, unknown> = {
    backend: d.backend,
    apiBase: d.apiBase,
    projectId: d.projectId,
    userId: d.userId,
    userToken: d.userToken,
    currency: d.currency,
    locale: d.locale,
    country: d.country,
    layout: d.layout,
    theme: d.theme,
    subscriptionsApiBase: d.subscriptionsApiBase,
  };
  if (d.sandbox !== undefined) options.sandbox = d.sandbox === "" || d.sandbox === "true";
  for (const key of Object.keys(options)) if (options[key] === undefined) delete options[key];
  return options as unknown as StorefrontOptions;
}
