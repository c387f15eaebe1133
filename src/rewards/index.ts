/**
 * PLACEHOLDER entry of the rewards panel's chunk (see contract.ts for what it offers the
 * widget); the panel's own index.ts replaces it at merge.
 */
export type { RewardsEmit, RewardsEvents, RewardsModelDeps, RewardsModelLike } from "./contract";
export { createRewardsModel, RewardsPanel, rewardsStyles } from "./placeholder";
