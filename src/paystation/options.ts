import { OptionsError } from "../core/errors";

export type OpenMode = "auto" | "lightbox" | "window";
export type Spinner = "xsolla" | "round" | "none";
export type WindowTarget = "_blank" | "_self" | "_parent";

/** A CSS length ("740px", "100%") or a number of pixels; empty follows Pay Station. */
export type Size = string | number;

export interface LightboxOptions {
  /** Empty (the default) follows the width Pay Station reports in its `dimensions` message. */
  width?: Size | null;
  /** Default "100%"; empty follows the height Pay Station reports. */
  height?: Size | null;
  zIndex?: number;
  /** 0 to 1, default 0.6. */
  overlayOpacity?: number | string;
  overlayBackground?: string;
  /** True: the player cannot close it (no close button, Escape or overlay click). */
  modal?: boolean;
  closeByClick?: boolean;
  closeByKeyboard?: boolean;
  contentBackground?: string;
  contentMargin?: Size;
  spinner?: Spinner;
  spinnerColor?: string;
  /** The dialog's accessible name, default "Payment". */
  label?: string;
  /** The close button's name, default "Close payment" (the storefront passes its language's). */
  closeLabel?: string;
  /** The spinner's name, default "Loading payment form". */
  loadingLabel?: string;
  /** The iframe's title, default "Payment form". */
  frameLabel?: string;
}

export interface ChildWindowOptions {
  target?: WindowTarget;
}

/** The vendor embed script's options, under the same names. */
export interface PayStationOptions {
  access_token?: string | null;
  /** Token-less integration: the vendor's `access_data` object, sent as JSON. */
  access_data?: Record<string, unknown> | null;
  sandbox?: boolean;
  /** Default "secure.xsolla.com"; ignored when `sandbox` is true. */
  host?: string;
  /** A full Pay Station URL used as it is, instead of the one built from the token. */
  payment_url?: string | null;
  /** Extra query parameters for the built URL (nested objects become `a[b]=c`). */
  queryParams?: Record<string, unknown>;
  /** True: always a lightbox, never a child window. */
  iframeOnly?: boolean;
  /** 2 (default): `/paystation2/?access_token=`; 4: Store v2 tokens, `/paystation4/?token=`. */
  paystationVersion?: 2 | 4;
  /** "auto" (default): a child window on small or touch screens, else a lightbox. */
  mode?: OpenMode;
  lightbox?: LightboxOptions;
  childWindow?: ChildWindowOptions;
}

export interface ResolvedOptions {
  access_token?: string;
  access_data?: Record<string, unknown>;
  sandbox: boolean;
  host: string;
  payment_url?: string;
  queryParams: Record<string, unknown>;
  iframeOnly: boolean;
  paystationVersion: 2 | 4;
  mode: OpenMode;
  lightbox: Required<{ [K in keyof LightboxOptions]: NonNullable<LightboxOptions[K]> }>;
  childWindow: Required<ChildWindowOptions>;
}

/**
 * How an option is checked: a `typeof` name (numbers must also be finite, objects must not be
 * arrays), a letter below, or the list of its allowed values.
 */
type Rule = string | readonly unknown[];

/**
 * Each option's default (null: none) and check, in the order they are checked; a left-out
 * check is the default's type. One table per level keeps the standalone script small.
 */
type Table = Record<string, [fallback: unknown, rule?: Rule]>;

const TOP: Table = {
  access_token: [null, "string"],
  access_data: [null, "object"],
  sandbox: [false],
  host: ["secure.xsolla.com", "h"],
  payment_url: [null, "u"],
  queryParams: [{}],
  iframeOnly: [false],
  paystationVersion: [2, [2, 4]],
  mode: ["auto", ["auto", "lightbox", "window"]],
  lightbox: [{}],
  childWindow: [{}],
};
const LIGHTBOX: Table = {
  width: ["", "z"],
  height: ["100%", "z"],
  zIndex: [1000],
  overlayOpacity: [0.6, "p"],
  overlayBackground: ["#000000"],
  modal: [false],
  closeByClick: [true],
  closeByKeyboard: [true],
  contentBackground: ["#ffffff"],
  contentMargin: ["10px", "z"],
  spinner: ["xsolla", ["xsolla", "round", "none"]],
  spinnerColor: [""],
  label: ["Payment"],
  closeLabel: ["Close payment"],
  loadingLabel: ["Loading payment form"],
  frameLabel: ["Payment form"],
};
const CHILD_WINDOW: Table = { target: ["_blank", ["_blank", "_self", "_parent"]] };

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** What each kind of check accepts, said in the error, and how it is checked (else `typeof`). */
const KINDS: Record<string, [meaning: string, test?: (value: unknown) => boolean]> = {
  string: ["a string"],
  boolean: ["true or false"],
  number: ["a number", Number.isFinite],
  p: [
    "a number from 0 to 1",
    (value) =>
      /^(number|string)$/.test(typeof value) &&
      value !== "" &&
      (value as number) >= 0 &&
      (value as number) <= 1,
  ],
  z: [
    "a CSS length or a number of pixels",
    (value) => typeof value === "string" || (Number.isFinite(value) && (value as number) >= 0),
  ],
  object: ["an object", isObject],
  h: [
    'a host name such as "secure.xsolla.com"',
    (value) => /^[a-z\d.-]+(:\d+)?$/i.test(value as string),
  ],
  u: [
    "an http(s) URL",
    (value) => {
      // URL.canParse would be shorter, but Safari only has it since 17.
      try {
        return /^https?:\/\/./i.test(value as string) && !!new URL(value as string);
      } catch {
        return false;
      }
    },
  ],
};

/**
 * Checks one level of options and fills its defaults: a null or undefined option takes its
 * default (and one without a default is left out).
 */
// biome-ignore lint/suspicious/noExplicitAny: each level's result is typed by its caller.
function pick(input: any, table: Table, prefix: string): any {
  const out: Record<string, unknown> = {};
  for (const name in table) {
    const [fallback, rule = typeof fallback] = table[name] as Table[string];
    const given = input[name];
    const value = given ?? fallback;
    if (value === null) continue;
    const [meaning, test = (v: unknown) => typeof v === rule] = KINDS[rule as string] ?? [];
    if (!(typeof rule === "string" ? test(value) : rule.includes(value))) {
      const must = meaning ?? `one of ${JSON.stringify(rule).slice(1, -1)}`;
      throw new OptionsError(prefix + name, `must be ${must}`, given);
    }
    // A default object (queryParams) is shared by every call: nothing writes to it.
    out[name] = value;
  }
  return out;
}

/**
 * Validates the options and fills the seed's defaults. Throws one OptionsError naming the
 * first bad option, before anything is shown. Unknown options are ignored, as the vendor's
 * script does, so pages written for it keep working.
 */
export function resolveOptions(input: unknown, prefix = ""): ResolvedOptions {
  if (!isObject(input)) throw new OptionsError(prefix || "options", "must be an object", input);
  const top = pick(input, TOP, prefix);
  if (!top.access_token && !top.access_data && !top.payment_url) {
    throw new OptionsError("access_token", 'is required (or "payment_url")', input.access_token);
  }
  top.lightbox = pick(top.lightbox, LIGHTBOX, `${prefix}lightbox.`);
  top.childWindow = pick(top.childWindow, CHILD_WINDOW, `${prefix}childWindow.`);
  return top;
}
