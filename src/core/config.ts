import type { BackendConfig, BackendKind } from "../api/backend";
import { resolveLanguage } from "./i18n";

export type Layout = "list" | "grid";
export type Theme = "light" | "dark" | "auto";
export type UserToken = string | (() => string | Promise<string>);

/** What a studio passes to `mount()` (or writes as data-* attributes). */
export interface StorefrontOptions {
  backend: BackendKind;
  /** Game server base (merchant) or Store API base (xsolla, default https://store.xsolla.com/api). */
  apiBase?: string;
  projectId: string | number;
  userId?: string;
  userToken?: UserToken;
  /** ISO 4217 currency for prices, default USD. */
  currency?: string;
  /** BCP 47 locale, default the browser's; see README for the fallback. */
  locale?: string;
  /** ISO 3166-1 alpha-2 country, sent to the Store API for regional prices. */
  country?: string;
  sandbox?: boolean;
  layout?: Layout;
  theme?: Theme;
  /** Base of the subscriptions API (xsolla), default https://subscriptions.xsolla.com/api. */
  subscriptionsApiBase?: string;
}

/** Options after validation and defaults, as the widget uses them. */
export interface ResolvedOptions {
  backend: BackendKind;
  backendConfig: BackendConfig;
  locale: string;
  sandbox: boolean;
  layout: Layout;
  theme: Theme;
}

export const DEFAULT_STORE_API = "https://store.xsolla.com/api";
export const DEFAULT_SUBSCRIPTIONS_API = "https://subscriptions.xsolla.com/api";

/** Thrown for options a studio got wrong; the message names the option and what it accepts. */
export class OptionsError extends Error {
  constructor(option: string, expected: string, got: unknown) {
    super(`game-storefront: option "${option}" ${expected} (got ${describe(got)}).`);
    this.name = "OptionsError";
  }
}

function describe(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "function") return "a function";
  return String(value);
}

function oneOf<T extends string>(name: string, value: unknown, allowed: readonly T[], fallback: T): T {
  if (value === undefined || value === "") return fallback;
  if (typeof value === "string" && (allowed as readonly string[]).includes(value)) return value as T;
  throw new OptionsError(name, `must be one of ${allowed.join(", ")}`, value);
}

function optionalString(name: string, value: unknown, pattern?: RegExp, hint?: string) {
  if (value === undefined || value === "") return undefined;
  if (typeof value !== "string" || (pattern && !pattern.test(value))) {
    throw new OptionsError(name, hint ?? "must be a string", value);
  }
  return value;
}

function url(name: string, value: string | undefined, fallback?: string): string {
  const raw = value ?? fallback;
  if (raw === undefined) throw new OptionsError(name, "is required for this backend", value);
  try {
    // Relative bases ("/game") are resolved against the page, as a studio would expect.
    return new URL(raw, globalThis.location?.href).href.replace(/\/+$/, "");
  } catch {
    throw new OptionsError(name, "must be a URL", raw);
  }
}

function browserLocale(): string {
  return globalThis.navigator?.language || "en";
}

/** Validates a studio's options and fills defaults. Throws one OptionsError naming the option. */
export function resolveOptions(input: unknown): ResolvedOptions {
  if (typeof input !== "object" || input === null) {
    throw new OptionsError("options", "must be an object", input);
  }
  const o = input as Record<string, unknown>;
  const backend = oneOf("backend", o.backend, ["merchant", "xsolla"] as const, "merchant");
  if (o.backend === undefined) throw new OptionsError("backend", 'must be "merchant" or "xsolla"', o.backend);
  if (typeof o.projectId !== "string" && typeof o.projectId !== "number") {
    throw new OptionsError("projectId", "is required: the project id as a string or number", o.projectId);
  }
  const projectId = String(o.projectId).trim();
  if (!/^[\w-]+$/.test(projectId)) {
    throw new OptionsError("projectId", "must be letters, digits, - or _", o.projectId);
  }
  const userToken = o.userToken;
  if (userToken !== undefined && userToken !== "" && typeof userToken !== "string" && typeof userToken !== "function") {
    throw new OptionsError("userToken", "must be a string or a function returning one", userToken);
  }
  const currency = (optionalString("currency", o.currency, /^[A-Za-z]{3}$/, "must be a 3-letter ISO 4217 code") ?? "USD").toUpperCase();
  const locale = optionalString("locale", o.locale, /^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$/, "must be a BCP 47 locale such as en or zh-CN") ?? browserLocale();
  const country = optionalString("country", o.country, /^[A-Za-z]{2}$/, "must be a 2-letter ISO 3166 code")?.toUpperCase();
  const sandbox = o.sandbox === undefined ? false : o.sandbox;
  if (typeof sandbox !== "boolean") throw new OptionsError("sandbox", "must be true or false", sandbox);
  const apiBaseRaw = optionalString("apiBase", o.apiBase);
  const backendConfig: BackendConfig = {
    apiBase: url("apiBase", apiBaseRaw, backend === "xsolla" ? DEFAULT_STORE_API : undefined),
    projectId,
    currency,
    locale: locale.replace("_", "-"),
  };
  const userId = optionalString("userId", o.userId);
  if (userId) backendConfig.userId = userId;
  if (userToken) backendConfig.userToken = userToken as UserToken;
  if (country) backendConfig.country = country;
  if (backend === "xsolla") {
    backendConfig.subscriptionsApiBase = url(
      "subscriptionsApiBase",
      optionalString("subscriptionsApiBase", o.subscriptionsApiBase),
      DEFAULT_SUBSCRIPTIONS_API,
    );
  }
  return {
    backend,
    backendConfig,
    locale: backendConfig.locale,
    sandbox,
    layout: oneOf("layout", o.layout, ["list", "grid"] as const, "grid"),
    theme: oneOf("theme", o.theme, ["light", "dark", "auto"] as const, "auto"),
  };
}

/** Kept for callers that want to know which catalog a locale falls back to. */
export { resolveLanguage };
