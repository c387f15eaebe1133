/**
 * PLACEHOLDER entry of the invites panel's chunk (see contract.ts for what it offers the
 * widget); the panel's own index.ts replaces it at merge.
 */
export type { InvitesEmit, InvitesEvents, InvitesModelDeps, InvitesModelLike } from "./contract";
export { createInvitesModel, InvitesPanel, invitesStyles } from "./placeholder";
