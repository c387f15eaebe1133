/**
 * The reward-chain panel: a chunk of its own, fetched when a widget mounts `view: "rewards"`.
 */
import { addEnglish } from "../core/i18n";
import { enRewards } from "../core/i18n/en-rewards";

// Its English comes with it, not with the first view (core/i18n/en-rewards.ts).
addEnglish(enRewards);

export type { RewardsEmit, RewardsEvents, RewardsModelDeps, RewardsModelLike } from "./contract";
export { createRewardsModel, type RewardsModel } from "./model";
export { RewardsPanel } from "./rewards-panel";
export type { ChainList, ClaimNotice, ClaimTarget, Part, StepState } from "./state";
export { rewardsStyles } from "./styles";
