import type { VNode } from "preact";
import type { RewardChainsBackend } from "../../api";
import { createRewardChainsBackend } from "../../api/reward-chains";
import type { I18n } from "../../core/i18n";
import type { RewardsEmit, RewardsModelDeps, RewardsModelLike } from "../../rewards";
import type { ResolvedOptions } from "../options";
import type { RewardsHost } from "./slot";

/*
 * The rewards view's own chunk (mount.tsx imports it for `view: "rewards"` only): the
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

export interface RewardsHostDeps {
  /** The rewards widget's own options. */
  options: ResolvedOptions;
  /** A test's fake calls; the real ones otherwise. */
  backend?: RewardChainsBackend | undefined;
  /** The panel's chunk, asked for at the same time as this one. */
  panel: Promise<RewardsChunk>;
  emit: RewardsEmit;
  english: I18n;
  adoptStyles(css: string): void;
  /** The resolved options of the widget mounted on an element, if any. */
  optionsOf(element: EventTarget | null): ResolvedOptions | undefined;
  /** Aborted when the widget is destroyed, even before the panel is there. */
  signal: AbortSignal;
}

/** What a store on the page says when something became the player's (DOM events). */
const STORE_EVENTS = ["game-storefront:purchase", "game-storefront:claim"];

/**
 * Makes the rewards view: the chain list is asked for at once, while the panel's chunk is
 * still on its way, and handed to the model's first read. Rejects when the panel's chunk does
 * not arrive, having stopped what it started.
 */
export async function createRewardsHost(deps: RewardsHostDeps): Promise<RewardsHost> {
  const { backend: kind, backendConfig: config } = deps.options;
  const backend = deps.backend ?? createRewardChainsBackend(kind, config);
  const early = new AbortController();
  const stopEarly = () => early.abort();
  deps.signal.addEventListener("abort", stopEarly);
  // Nothing is asked for a signed-out player: the panel offers to sign in instead.
  let prefetched = backend.signedIn ? backend.getRewardChains(early.signal) : null;
  const calls: RewardChainsBackend = {
    ...backend,
    getRewardChains(signal) {
      const answer = prefetched;
      prefetched = null;
      if (!answer) return backend.getRewardChains(signal);
      signal?.addEventListener("abort", stopEarly);
      return answer;
    },
  };

  let chunk: RewardsChunk;
  try {
    chunk = await deps.panel;
  } catch (error) {
    stopEarly();
    throw error;
  }
  deps.adoptStyles(chunk.rewardsStyles);
  const model = chunk.createRewardsModel({
    backend: calls,
    emit: deps.emit,
    english: deps.english,
  });
  void model.load();

  // A purchase or claim in a store of the same project may have earned value points.
  const onStoreChange = (event: Event) => {
    const store = deps.optionsOf(event.target);
    if (
      store?.view === "store" &&
      store.backend === kind &&
      store.backendConfig.projectId === config.projectId
    )
      void model.refresh();
  };
  for (const name of STORE_EVENTS) document.addEventListener(name, onStoreChange);

  const { RewardsPanel } = chunk;
  return {
    Panel: () => <RewardsPanel model={model} />,
    refresh: () => model.refresh(),
    dispose() {
      for (const name of STORE_EVENTS) document.removeEventListener(name, onStoreChange);
      deps.signal.removeEventListener("abort", stopEarly);
      stopEarly();
      model.dispose();
    },
  };
}
