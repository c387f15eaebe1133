/**
 * The reward-chain panel: a chunk of its own, fetched when a widget mounts `view: "rewards"`.
 */
export type { RewardsEmit, RewardsEvents, RewardsModelDeps, RewardsModelLike } from "./contract";
export { createRewardsModel, type RewardsModel } from "./model";
export { RewardsPanel } from "./rewards-panel";
export type { ChainList, ClaimNotice, ClaimTarget, Part, StepState } from "./state";
export { rewardsStyles } from "./styles";
