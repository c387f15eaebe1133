import type { VNode } from "preact";
import { createRewardChainsBackend } from "../../api/reward-chains";
import type { RewardsEmit, RewardsModelDeps, RewardsModelLike } from "../../rewards";
import { onSameProject } from "../panel-view/page-events";
import type { PanelHost } from "../panel-view/slot";
import { type PanelHostDeps, startPanel } from "../panel-view/start";

/*
 * The rewards view's host, in the panel views' chunk (../panel-view/host.tsx): the
 * reward-chain calls (imported from api/ directly, since through api/index.ts they would land
 * in the store's script), the panel's model, and the page-level listener that refreshes the
 * panel after a store's purchase.
 */

/** What the widget needs of the panel's chunk (src/rewards/index.ts). */
export interface RewardsChunk {
  createRewardsModel(deps: RewardsModelDeps): RewardsModelLike;
  /**
   * The panel, given the model createRewardsModel made (a method, so that the chunk's own
   * model type fits: the host only passes that model back).
   */
  RewardsPanel(props: { model: RewardsModelLike }): VNode | null;
  rewardsStyles: string;
}

/** What a store on the page says when something became the player's (DOM events). */
const STORE_EVENTS = ["game-storefront:purchase", "game-storefront:claim"];

/**
 * Makes the rewards view: the chain list is asked for at once, while the panel's chunk is
 * still on its way, and handed to the model's first read. Rejects when the panel's chunk does
 * not arrive, having stopped what it started.
 */
export async function createRewardsHost(deps: PanelHostDeps): Promise<PanelHost> {
  const { backend: kind, backendConfig: config } = deps.options;
  const host = await startPanel(
    deps,
    deps.internals.rewardsBackend ?? createRewardChainsBackend(kind, config),
    "getRewardChains",
    (chunk: RewardsChunk, backend) => ({
      styles: chunk.rewardsStyles,
      model: chunk.createRewardsModel({
        backend,
        emit: deps.emit as RewardsEmit,
        english: deps.english,
      }),
      Panel: chunk.RewardsPanel,
    }),
  );

  // A purchase or claim in a store of the same project may have earned value points.
  const stop = onSameProject(
    deps,
    STORE_EVENTS,
    (other) => other.view === "store",
    () => void host.model.refresh(),
  );
  return {
    ...host,
    dispose() {
      stop();
      host.dispose();
    },
  };
}
