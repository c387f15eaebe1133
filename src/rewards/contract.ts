import type { RewardChainsBackend } from "../api";
import type { I18n } from "../core/i18n";

/** What the rewards panel tells the page, through the widget's handle and DOM events. */
export interface RewardsEvents {
  /** A step's rewards were claimed (204) and are the player's. */
  "reward-claim": { chainId: number; stepId: number };
  /** A signed-out player tried to claim; nothing was sent. */
  "login-required": { chainId: number; stepId: number };
  /**
   * Something failed: `code` as the store's `error` event has it (errorCode() of core/errors),
   * `message` in English for the page's developers; `chainId` when one chain's part failed.
   */
  error: { code: string; message: string; section: "reward-chains"; chainId?: number };
}

export type RewardsEmit = <K extends keyof RewardsEvents>(
  name: K,
  payload: RewardsEvents[K],
) => void;

/** What the panel's model is made from: the widget builds it when it mounts `view: "rewards"`. */
export interface RewardsModelDeps {
  backend: RewardChainsBackend;
  emit: RewardsEmit;
  /** English, for the messages of `error` events. */
  english: I18n;
}

/**
 * The rewards chunk's entry (src/rewards/index.ts) exports `createRewardsModel(deps)`, whose
 * result has `load()` (the first read), `refresh()` (balances and steps again, after a purchase
 * or claim in a store of the same project on the page) and `dispose()` (aborts everything),
 * `RewardsPanel` (a component taking `{ model }`, rendered inside the widget's shadow root
 * and I18n context), and `rewardsStyles` (its stylesheet as text, adopted beside the store's).
 */
export interface RewardsModelLike {
  load(): Promise<void>;
  refresh(): Promise<void>;
  dispose(): void;
}
