import type { InviteCampaign } from "../api";
import type { ApiError } from "../core/errors";
import type { I18n } from "../core/i18n";

/** One part of a campaign read from the server: a value, or why it could not be read. */
export type Part<T> =
  | { kind: "loading" }
  | { kind: "ready"; value: T }
  | { kind: "failed"; error: ApiError };

/** The campaign list, which the whole panel hangs on. */
export type CampaignList =
  | { kind: "idle" }
  /** Nothing is read for a player the widget was not told about: the game server needs a session. */
  | { kind: "signed-out" }
  | { kind: "loading" }
  | { kind: "ready"; campaigns: InviteCampaign[] }
  | { kind: "failed"; error: ApiError };

/** What the latest copy or share of a campaign's code came to, said beside its buttons. */
export interface CodeNotice {
  campaignId: string;
  kind: "copied" | "copy-failed" | "share-failed";
}

/** A redemption's outcome, said in its campaign's form (text in the widget's current language). */
export interface RedeemNotice {
  /** "success" is a match; "field" is about what was typed; "error" anything else refused. */
  tone: "success" | "field" | "error";
  text: (i18n: I18n) => string;
}

/** What a player types, as codes are written: no spaces around it, in capitals. */
export function normaliseCode(input: string): string {
  return input.trim().toUpperCase();
}
