/**
 * A player's value points and claimed reward-chain steps, as kept on their record
 * (player-registry.ts), with the weekly reset of recurring chains. A reset is not a job that
 * runs on Monday: what a player earned or claimed is stamped with the period it happened in,
 * and anything stamped with an earlier period reads as nothing. So a pinned clock in a test
 * sees the reset as soon as it moves past `reset_next_date`.
 */
import type { Catalog, RewardChain } from "../data/catalog-types";

const WEEK_MS = 7 * 86_400_000;
/** A Monday, 00:00 UTC: weekly chains start again at this time of the week. */
const A_MONDAY = Date.UTC(1970, 0, 5);

/** Points of one value point; for a clan's, what this player put in. */
export interface PointsEntry {
  amount: number;
  period: number;
}

export interface ClaimedEntry {
  period: number;
  steps: Set<number>;
}

export interface RewardProgress {
  points: Map<string, PointsEntry>;
  claimed: Map<number, ClaimedEntry>;
}

export const emptyProgress = (): RewardProgress => ({ points: new Map(), claimed: new Map() });

/** Which period of a recurring chain `now` falls in; 0 for a chain that does not recur. */
export function periodOf(chain: RewardChain | undefined, now: number): number {
  if (!chain?.recurrence) return 0;
  return Math.floor((now - A_MONDAY) / WEEK_MS) + 1;
}

/** When a recurring chain next starts again, in ms; null for one that does not recur. */
export function nextResetAt(chain: RewardChain, now: number): number | null {
  if (!chain.recurrence) return null;
  return A_MONDAY + periodOf(chain, now) * WEEK_MS;
}

/** The chain a value point moves along (each chain has its own value point). */
export function chainOfPoint(catalog: Catalog, sku: string): RewardChain | undefined {
  return catalog.rewardChains.find((chain) => chain.valuePoint === sku);
}

/** The player's own points of a value point, now. */
export function pointsOf(
  progress: RewardProgress,
  catalog: Catalog,
  sku: string,
  now: number,
): number {
  const entry = progress.points.get(sku);
  const period = periodOf(chainOfPoint(catalog, sku), now);
  return entry && entry.period === period ? entry.amount : 0;
}

/** Adds points (earned by a purchase, a claim or the sandbox's test hook); never below 0. */
export function addPoints(
  progress: RewardProgress,
  catalog: Catalog,
  sku: string,
  amount: number,
  now: number,
): number {
  const period = periodOf(chainOfPoint(catalog, sku), now);
  const amountNow = Math.max(0, pointsOf(progress, catalog, sku, now) + amount);
  progress.points.set(sku, { amount: amountNow, period });
  return amountNow;
}

/** The steps of a chain the player has claimed in its current period. */
export function claimedSteps(progress: RewardProgress, chain: RewardChain, now: number) {
  const entry = progress.claimed.get(chain.rewardChainId);
  return entry && entry.period === periodOf(chain, now) ? entry.steps : new Set<number>();
}

export function markClaimed(
  progress: RewardProgress,
  chain: RewardChain,
  stepId: number,
  now: number,
) {
  const steps = new Set(claimedSteps(progress, chain, now));
  steps.add(stepId);
  progress.claimed.set(chain.rewardChainId, { period: periodOf(chain, now), steps });
}
