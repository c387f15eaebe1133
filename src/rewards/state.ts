import type { RewardChain, RewardStep } from "../api";
import type { ApiError } from "../core/errors";
import type { I18n } from "../core/i18n";

/** One part of the panel read from the server: a value, or why it could not be read. */
export type Part<T> =
  | { kind: "loading" }
  | { kind: "ready"; value: T }
  | { kind: "failed"; error: ApiError };

/** The chain list, which the whole panel hangs on. */
export type ChainList =
  | { kind: "idle" }
  /** Nothing is read for a player the widget was not told about: the Store needs a token. */
  | { kind: "signed-out" }
  | { kind: "loading" }
  | { kind: "ready"; chains: RewardChain[] }
  | { kind: "failed"; error: ApiError };

/** Where a step is on its chain, as the player is told in words. */
export type StepState =
  | { kind: "claimed" }
  | { kind: "ready" }
  | { kind: "locked"; needed: number };

/** A claim's outcome, said in its chain's part (the text in the widget's current language). */
export interface ClaimNotice {
  chainId: number;
  stepId: number;
  /** "success" is said politely; "info" is a note (already claimed); "error" a failure. */
  tone: "success" | "info" | "error";
  text: (i18n: I18n) => string;
  /** The server's own message, shown as a detail. */
  detail?: string | undefined;
}

/** The step a claim is running for: one at a time per panel. */
export interface ClaimTarget {
  chainId: number;
  stepId: number;
}

/**
 * Claimed when the Store says so; ready when the balance has reached the price; otherwise
 * locked with the points still needed. Without a balance nothing but "claimed" is known.
 */
export function stepState(step: RewardStep, balance: number | null): StepState | null {
  if (step.claimed) return { kind: "claimed" };
  if (balance === null) return null;
  if (balance >= step.price) return { kind: "ready" };
  return { kind: "locked", needed: step.price - balance };
}

/** The chain with its steps in order of price, lowest first (a stable sort keeps ties). */
export function withStepsInOrder(chain: RewardChain): RewardChain {
  return { ...chain, steps: [...chain.steps].sort((a, b) => a.price - b.price) };
}

/** The chain list with one step shown as claimed, and nothing else changed. */
export function markClaimed(chains: RewardChain[], chainId: number, stepId: number) {
  return chains.map((chain) =>
    chain.id !== chainId
      ? chain
      : {
          ...chain,
          steps: chain.steps.map((step) =>
            step.id === stepId ? { ...step, claimed: true } : step,
          ),
        },
  );
}
