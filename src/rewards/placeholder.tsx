import { effect, type Signal, signal } from "@preact/signals-core";
import { useLayoutEffect, useState } from "preact/hooks";
import type { RewardChain } from "../api";
import type { RewardsModelDeps, RewardsModelLike } from "./contract";

/*
 * PLACEHOLDER, written by the wiring helper so that the widget can mount, build and test the
 * rewards view before the panel exists. The panel's own src/rewards/ replaces this file and
 * index.ts at merge.
 */

type PlaceholderModel = RewardsModelLike & { chains: Signal<RewardChain[]> };

export function createRewardsModel(deps: RewardsModelDeps): RewardsModelLike {
  const chains = signal<RewardChain[]>([]);
  const controller = new AbortController();
  const read = async () => {
    const result = await deps.backend.getRewardChains(controller.signal);
    if (result.ok) chains.value = result.value;
  };
  return {
    chains,
    load: read,
    refresh: read,
    dispose: () => controller.abort(),
  } as PlaceholderModel;
}

/** Lists the chains' names, nothing more. */
export function RewardsPanel({ model }: { model: RewardsModelLike }) {
  const source = (model as PlaceholderModel).chains;
  const [chains, setChains] = useState(source.peek());
  useLayoutEffect(() => effect(() => setChains(source.value)), [source]);
  return (
    <ul class="gs-rewards-placeholder" data-chains={chains.length}>
      {chains.map((chain) => (
        <li key={chain.id}>{chain.name}</li>
      ))}
    </ul>
  );
}

export const rewardsStyles = ".gs-rewards-placeholder { margin: 0; }";
