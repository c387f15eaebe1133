/**
 * The invite-code panel: a chunk of its own, fetched when a widget mounts `view: "invites"`.
 */
import { addEnglish } from "../core/i18n";
import { enInvites } from "../core/i18n/en-invites";

// Its English comes with it, not with the first view (core/i18n/en-invites.ts).
addEnglish(enInvites);

export type { InvitesEmit, InvitesEvents, InvitesModelDeps, InvitesModelLike } from "./contract";
export { InvitesPanel } from "./invites-panel";
export { createInvitesModel, type InvitesModel } from "./model";
export type { CampaignList, CodeNotice, Part, RedeemNotice } from "./state";
export { invitesStyles } from "./styles";
