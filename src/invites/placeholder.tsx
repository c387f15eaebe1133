import { effect, type Signal, signal } from "@preact/signals-core";
import { useLayoutEffect, useState } from "preact/hooks";
import type { InviteCampaign } from "../api";
import type { InvitesModelDeps, InvitesModelLike } from "./contract";

/*
 * PLACEHOLDER, written by the wiring helper so that the widget can mount, build and test the
 * invites view before the panel exists. The panel's own src/invites/ replaces this file and
 * index.ts at merge.
 */

type PlaceholderModel = InvitesModelLike & { campaigns: Signal<InviteCampaign[]> };

export function createInvitesModel(deps: InvitesModelDeps): InvitesModelLike {
  const campaigns = signal<InviteCampaign[]>([]);
  const controller = new AbortController();
  const read = async () => {
    const result = await deps.backend.getCampaigns(controller.signal);
    if (result.ok) campaigns.value = result.value;
  };
  return {
    campaigns,
    load: read,
    refresh: read,
    dispose: () => controller.abort(),
  } as PlaceholderModel;
}

/** Lists the campaigns' titles as headings, nothing more. */
export function InvitesPanel({ model }: { model: InvitesModelLike }) {
  const source = (model as PlaceholderModel).campaigns;
  const [campaigns, setCampaigns] = useState(source.peek());
  useLayoutEffect(() => effect(() => setCampaigns(source.value)), [source]);
  return (
    <section class="gs-invites-placeholder" data-campaigns={campaigns.length}>
      {campaigns.map((campaign) => (
        <h2 key={campaign.id}>{campaign.title}</h2>
      ))}
    </section>
  );
}

export const invitesStyles = ".gs-invites-placeholder { margin: 0; }";
