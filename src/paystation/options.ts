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

type Rule = string | readonly unknown[];

// One letter per kind of check keeps the tables small: the standalone script has a budget.
const TOP: Record<string, Rule> = {
  access_token: "s",
  access_data: "o",
  sandbox: "b",
  host: "h",
  payment_url: "u",
  queryParams: "o",
  iframeOnly: "b",
  paystationVersion: [2, 4],
  mode: ["auto", "lightbox", "window"],
  lightbox: "o",
  childWindow: "o",
};
const LIGHTBOX: Record<string, Rule> = {
  width: "z",
  height: "z",
  zIndex: "n",
  overlayOpacity: "p",
  overlayBackground: "s",
  modal: "b",
  closeByClick: "b",
  closeByKeyboard: "b",
  contentBackground: "s",
  contentMargin: "z",
  spinner: ["xsolla", "round", "none"],
  spinnerColor: "s",
  label: "s",
  closeLabel: "s",
  loadingLabel: "s",
  frameLabel: "s",
};
const CHILD_WINDOW: Record<string, Rule> = { target: ["_blank", "_self", "_parent"] };

const MEANING: Record<string, string> = {
  s: "a string",
  b: "true or false",
  n: "a number",
  p: "a number from 0 to 1",
  z: "a CSS length or a number of pixels",
  o: "an object",
  h: 'a host name such as "secure.xsolla.com"',
  u: "an http(s) URL",
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function valid(rule: Rule, value: unknown): boolean {
  if (typeof rule !== "string") return rule.includes(value);
  switch (rule) {
    case "o":
      return isObject(value);
    case "n":
      return Number.isFinite(value);
    case "p":
      return (
        /^(number|string)$/.test(typeof value) &&
        value !== "" &&
        +(value as number) >= 0 &&
        +(value as number) <= 1
      );
    case "z":
      return typeof value === "string" || (Number.isFinite(value) && (value as number) >= 0);
    case "h":
      return /^[a-z\d.-]+(:\d+)?$/i.test(value as string);
    case "u":
      // URL.canParse would be shorter, but Safari only has it since 17.
      try {
        return /^https?:\/\/./i.test(value as string) && !!new URL(value as string);
      } catch {
        return false;
      }
    default:
      return typeof value === (rule === "b" ? "boolean" : "string");
  }
}

/** Checks one level of options and drops the null and undefined ones, so defaults apply. */
function pick(input: Record<string, unknown>, rules: Record<string, Rule>, prefix = "") {
  const out: Record<string, unknown> = {};
  for (const name in rules) {
    const value = input[name];
    if (value == null) continue;
    const rule = rules[name] as Rule;
    if (!valid(rule, value)) {
      const must =
        typeof rule === "string" ? MEANING[rule] : `one of ${JSON.stringify(rule).slice(1, -1)}`;
      throw new OptionsError(prefix + name, `must be ${must}`, value);
    }
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
  return {
    sandbox: false,
    host: "secure.xsolla.com",
    queryParams: {},
    iframeOnly: false,
    paystationVersion: 2,
    mode: "auto",
    ...top,
    lightbox: {
      width: "",
      height: "100%",
      zIndex: 1000,
      overlayOpacity: 0.6,
      overlayBackground: "#000000",
      modal: false,
      closeByClick: true,
      closeByKeyboard: true,
      contentBackground: "#ffffff",
      contentMargin: "10px",
      spinner: "xsolla",
      spinnerColor: "",
      label: "Payment",
      closeLabel: "Close payment",
      loadingLabel: "Loading payment form",
      frameLabel: "Payment form",
      ...pick((top.lightbox ?? {}) as Record<string, unknown>, LIGHTBOX, `${prefix}lightbox.`),
    },
    childWindow: {
      target: "_blank",
      ...pick(
        (top.childWindow ?? {}) as Record<string, unknown>,
        CHILD_WINDOW,
        `${prefix}childWindow.`,
      ),
    },
  };
}
