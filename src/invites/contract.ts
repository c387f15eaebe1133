import type { InvitesBackend } from "../api";
import type { I18n } from "../core/i18n";

/** What the invites panel tells the page, through the widget's handle and DOM events. */
export interface InvitesEvents {
  /** The player's code for a campaign is on screen. */
  "invite-code": { campaignId: string; code: string };
  /** The player copied their code. */
  "invite-copy": { campaignId: string; code: string };
  /** The player redeemed a friend's code in a campaign. */
  "invite-redeem": { campaignId: string; matched: boolean };
  /**
   * Something failed: `code` as the store's `error` event has it (errorCode() of core/errors),
   * `message` in English for the page's developers; `campaignId` when one campaign's part failed.
   */
  error: { code: string; message: string; section: "invites"; campaignId?: string };
}

export type InvitesEmit = <K extends keyof InvitesEvents>(
  name: K,
  payload: InvitesEvents[K],
) => void;

/** What the panel's model is made from: the widget builds it when it mounts `view: "invites"`. */
export interface InvitesModelDeps {
  backend: InvitesBackend;
  emit: InvitesEmit;
  /** English, for the messages of `error` events. */
  english: I18n;
}

/**
 * The invites chunk's entry (src/invites/index.ts) exports `createInvitesModel(deps)`, whose
 * result has `load()` (the first read), `refresh()` (everything again) and `dispose()`
 * (aborts everything), `InvitesPanel` (a component taking `{ model }`, rendered inside the
 * widget's shadow root and I18n context), and `invitesStyles` (its stylesheet as text). Its
 * English texts travel with it (core/i18n/en-invites.ts, added with addEnglish).
 */
export interface InvitesModelLike {
  load(): Promise<void>;
  refresh(): Promise<void>;
  dispose(): void;
}
