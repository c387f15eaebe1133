import type { BackendConfig, BackendKind } from "../api";
import { OptionsError } from "../core/errors";

export type Layout = "list" | "grid";
export type Theme = "light" | "dark" | "auto";
export type UserToken = string | (() => string | Promise<string>);
/**
 * What the widget shows: the store, or one panel alone (the reward chains, the invite codes,
 * the player's account), each panel a chunk loaded only by its view.
 */
export type View = "store" | "rewards" | "invites" | "account";

/** What a studio passes to `mount()` (or writes as data-* attributes). */
export interface StorefrontOptions {
  backend: BackendKind;
  /**
   * What to show, default "store"; "rewards" is the reward-chain panel alone, "invites" the
   * invite-code panel alone (it needs `invitesUrl`), "account" the player's items, purchases
   * and coupons.
   */
  view?: View;
  /** Game server base (merchant) or Store API base (xsolla, default https://store.xsolla.com/api). */
  apiBase?: string;
  projectId: string | number;
  userId?: string;
  userToken?: UserToken;
  /** ISO 4217 currency for prices, default USD. */
  currency?: string;
  /** BCP 47 locale, default the browser's; README describes the fallback. */
  locale?: string;
  /** ISO 3166-1 alpha-2 country, sent to the Store API for regional prices. */
  country?: string;
  sandbox?: boolean;
  layout?: Layout;
  theme?: Theme;
  /** Base of the subscriptions API (xsolla), default https://subscriptions.xsolla.com/api. */
  subscriptionsApiBase?: string;
  /** The game server's token endpoint (merchant purchases, and gifts on both), e.g. "/game/token". */
  tokenUrl?: string;
  /**
   * Gift buttons on items and currency packages, for a signed-in player: needs `tokenUrl` and
   * `friendsUrl`, default false.
   */
  gifting?: boolean;
  /** The game server's friend list for the gift picker, e.g. "/game/friends". */
  friendsUrl?: string;
  /**
   * The game server's base for the invite-code calls, e.g. "/game/invites": the invites view
   * POSTs to `{invitesUrl}/ua/inviteCode/campaign` and its siblings.
   */
  invitesUrl?: string;
  /** How purchases open Pay Station. */
  paystation?: StorefrontPayStationOptions;
  /** Milliseconds a read may take before it counts as failed (and is retried), default 15000. */
  timeout?: number;
  /**
   * Keeps the last good catalog in the browser's storage and draws it at once on the next
   * visit (README, "Cached catalog"); default true.
   */
  cache?: boolean;
}

/**
 * Pay Station for the storefront's purchases. `lightbox` and `childWindow` take the launcher's
 * options (README, "Pay Station launcher"); the launcher's chunk checks them as soon as it
 * arrives, which mount() asks for at once when they are given (see there).
 */
export interface StorefrontPayStationOptions {
  /**
   * The Pay Station page the token is appended to (`?access_token=` for merchant tokens,
   * `?token=` for Store tokens). Default: the vendor's, live or sandbox after `sandbox`.
   */
  url?: string;
  mode?: "auto" | "lightbox" | "window";
  lightbox?: Record<string, unknown>;
  childWindow?: Record<string, unknown>;
}

/** Options after validation and defaults, as the widget uses them. */
export interface ResolvedOptions {
  backend: BackendKind;
  view: View;
  backendConfig: BackendConfig;
  locale: string;
  sandbox: boolean;
  layout: Layout;
  theme: Theme;
  paystation: StorefrontPayStationOptions;
  /** Gift buttons are on; `backendConfig` then has a `tokenUrl` and a `friendsUrl`. */
  gifting: boolean;
  cache: boolean;
}

/**
 * Each option's check, in the order they are reported: the allowed values, or a pattern and
 * what it means. Required options come first; the others may be left out. URLs are checked
 * when they are resolved, below.
 */
const rules: [name: string, test: RegExp | string[], meaning?: string][] = [
  ["backend", ["merchant", "xsolla"]],
  ["projectId", /^[\w-]+$/, "a project id"],
  ["currency", /^[A-Za-z]{3}$/, "an ISO 4217 code such as USD"],
  ["locale", /^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$/, "a BCP 47 locale such as zh-CN"],
  ["country", /^[A-Za-z]{2}$/, "an ISO 3166 code such as DE"],
  ["layout", ["list", "grid"]],
  ["theme", ["light", "dark", "auto"]],
  ["view", ["store", "rewards", "invites", "account"]],
  ["timeout", /^[1-9]\d{0,5}$/, "a number of milliseconds"],
];
const REQUIRED = 2;

const MODES: unknown[] = ["auto", "lightbox", "window"];
/** As the launcher words it, so both checks read the same. */
const MODES_TEXT = JSON.stringify(MODES).slice(1, -1);

/** Validates a studio's options and fills defaults. Throws one OptionsError naming the option. */
export function resolveOptions(input: unknown): ResolvedOptions {
  if (typeof input !== "object" || input === null)
    throw new OptionsError("options", "must be an object", input);
  const o = input as Record<string, unknown>;
  const text = (name: string) => {
    const value = o[name];
    return value === undefined || value === ""
      ? undefined
      : typeof value === "number"
        ? String(value)
        : value;
  };
  rules.forEach(([name, test, meaning], index) => {
    const value = text(name);
    if (value === undefined && index >= REQUIRED) return;
    const valid =
      typeof value === "string" && (Array.isArray(test) ? test.includes(value) : test.test(value));
    if (!valid) {
      throw new OptionsError(
        name,
        `must be ${Array.isArray(test) ? `one of ${test.join(", ")}` : meaning}`,
        o[name],
      );
    }
  });
  const token = o.userToken;
  if (token !== undefined && typeof token !== "string" && typeof token !== "function") {
    throw new OptionsError("userToken", "must be a string or a function returning one", token);
  }
  for (const name of ["sandbox", "gifting", "cache"]) {
    if (o[name] !== undefined && typeof o[name] !== "boolean")
      throw new OptionsError(name, "must be true or false", o[name]);
  }
  // A gift is a token request with the chosen friends: without either URL it cannot be made,
  // so a studio that turns gifting on hears so at once, not at a player's first gift.
  const gifting = o.gifting === true;
  for (const name of ["tokenUrl", "friendsUrl"]) {
    if (gifting && !o[name])
      throw new OptionsError(name, "is required when gifting is on", o[name]);
  }
  const view = (text("view") as View | undefined) ?? "store";
  const paystation = o.paystation ?? {};
  if (typeof paystation !== "object" || paystation === null || Array.isArray(paystation)) {
    throw new OptionsError("paystation", "must be an object", paystation);
  }
  const { url: payStationUrl, ...launcher } = paystation as StorefrontPayStationOptions;
  // The mode decides what a click opens, so it is checked now; the lightbox's and the child
  // window's details are the launcher's to check (mount() reports them).
  if (launcher.mode !== undefined && !MODES.includes(launcher.mode)) {
    throw new OptionsError("paystation.mode", `must be one of ${MODES_TEXT}`, launcher.mode);
  }
  const xsolla = o.backend === "xsolla";
  const locale = (
    (text("locale") as string | undefined) ??
    globalThis.navigator?.language ??
    "en"
  ).replace("_", "-");
  const backendConfig: BackendConfig = {
    apiBase: url(
      "apiBase",
      text("apiBase") ?? (xsolla ? "https://store.xsolla.com/api" : undefined),
    ),
    projectId: text("projectId") as string,
    currency: ((text("currency") as string | undefined) ?? "USD").toUpperCase(),
    locale,
    userId: text("userId") as string | undefined,
    userToken: (token || undefined) as UserToken | undefined,
    country: (text("country") as string | undefined)?.toUpperCase(),
    sandbox: o.sandbox === true,
    timeoutMs: +(text("timeout") ?? 0) || undefined,
    tokenUrl: o.tokenUrl ? url("tokenUrl", o.tokenUrl, true) : undefined,
    friendsUrl: o.friendsUrl ? url("friendsUrl", o.friendsUrl, true) : undefined,
    // Only the invites view calls it, and it has nothing to show without it: say so at mount.
    invitesUrl: view === "invites" ? url("invitesUrl", text("invitesUrl")) : undefined,
    subscriptionsApiBase: xsolla
      ? url(
          "subscriptionsApiBase",
          text("subscriptionsApiBase") ?? "https://subscriptions.xsolla.com/api",
        )
      : undefined,
  };
  return {
    backend: o.backend as BackendKind,
    view,
    backendConfig,
    locale,
    sandbox: o.sandbox === true,
    layout: (text("layout") as Layout | undefined) ?? "grid",
    theme: (text("theme") as Theme | undefined) ?? "auto",
    paystation: {
      ...launcher,
      url: payStationUrl ? webPage("paystation.url", payStationUrl) : undefined,
    },
    gifting,
    cache: o.cache !== false,
  };
}

/** A page Pay Station is loaded from: an http(s) URL, never `javascript:` or `data:`. */
function webPage(name: string, value: unknown): string {
  const href = url(name, value, true);
  if (!/^https?:/.test(href)) throw new OptionsError(name, "must be an http(s) URL", value);
  return href;
}

/**
 * Resolves a URL against the page (so "/game" works). Bases lose their trailing slashes, since
 * paths are appended to them; a page's URL (`page`) is kept as written. A missing one is
 * required by the backend or the view the options name.
 */
function url(name: string, value: unknown, page = false): string {
  if (value === undefined) throw new OptionsError(name, "is required", value);
  try {
    const href = new URL(value as string, globalThis.location?.href).href;
    return page ? href : href.replace(/\/+$/, "");
  } catch {
    throw new OptionsError(name, "must be a URL", value);
  }
}
