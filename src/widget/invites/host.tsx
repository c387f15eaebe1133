import type { VNode } from "preact";
import { createInvitesBackend } from "../../api/invites";
import type { InvitesEmit, InvitesModelDeps, InvitesModelLike } from "../../invites";
import type { PanelHost } from "../panel-view/slot";
import { type PanelHostDeps, startPanel } from "../panel-view/start";

/*
 * The invites view's host, in the panel views' chunk (../panel-view/host.tsx): the invite-code
 * calls (imported from api/ directly, since through api/index.ts they would land in the
 * store's script) and the panel's model.
 */

/** What the widget needs of the panel's chunk (src/invites/index.ts). */
export interface InvitesChunk {
  createInvitesModel(deps: InvitesModelDeps): InvitesModelLike;
  /** The panel, given the model createInvitesModel made (a method, as RewardsChunk says why). */
  InvitesPanel(props: { model: InvitesModelLike }): VNode | null;
  invitesStyles: string;
}

/**
 * Makes the invites view: the campaign list is asked for at once, while the panel's chunk is
 * still on its way, and handed to the model's first read.
 */
export function createInvitesHost(deps: PanelHostDeps): Promise<PanelHost> {
  return startPanel(
    deps,
    deps.internals.invitesBackend ?? createInvitesBackend(deps.options.backendConfig),
    "getCampaigns",
    (chunk: InvitesChunk, backend) => ({
      styles: chunk.invitesStyles,
      model: chunk.createInvitesModel({
        backend,
        emit: deps.emit as InvitesEmit,
        english: deps.english,
      }),
      Panel: chunk.InvitesPanel,
    }),
  );
}
