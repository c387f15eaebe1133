/**
 * The reward chains as a player sees them (CONTRACTS.md section 3; the shapes of the vendor's
 * own examples in its OpenAPI definition): the chains running now with the player's balance and
 * claimed steps, a chain's balance, its clan's top contributors, and claiming a step. Both the
 * Store API (reward-chain-api.ts, for the token's player) and the Merchant API's server-to-server
 * stand-in (for the player a game server names) answer with these.
 */
import { findItemAnywhere, localize } from "../data/catalog";
import type { Catalog, Localized, RewardChain, ValuePoint } from "../data/catalog-types";
import { isoDate } from "../shared/clock";
import { clanBalance, topContributors } from "./clans";
import type { Fulfilment, Refusal } from "./fulfilment";
import type { PlayerRegistry } from "./player-registry";
import { claimedSteps, markClaimed, nextResetAt, pointsOf } from "./value-points";

/** What every reward-chain call knows: whose, in which language, and when. */
export interface RewardCall {
  catalog: Catalog;
  userId: string;
  language: string;
  /** For image URLs, which point back at this sandbox. */
  origin: string;
  now: number;
  /** When the sandbox started: chains' dates are counted from it. */
  startedAt: number;
}

export interface RewardDeps {
  players: PlayerRegistry;
  fulfilment: Fulfilment;
}

const text = (value: Localized | null, language: string) =>
  value ? localize(value, language) : null;

/** The chains running now, in their order. */
export function activeChains(call: RewardCall): RewardChain[] {
  return call.catalog.rewardChains
    .filter((chain) => {
      const start = call.startedAt - chain.startedBeforeMs;
      const end = chain.endsAfterMs === null ? null : call.startedAt + chain.endsAfterMs;
      return start <= call.now && (end === null || call.now < end);
    })
    .sort((a, b) => a.order - b.order);
}

/** A running chain by its id in a path; undefined for an unknown or ended one. */
export function findChain(call: RewardCall, raw: string): RewardChain | undefined {
  if (!/^\d{1,10}$/.test(raw)) return undefined;
  return activeChains(call).find((chain) => chain.rewardChainId === Number(raw));
}

function valuePointOf(call: RewardCall, chain: RewardChain): ValuePoint {
  const point = call.catalog.valuePoints.find((candidate) => candidate.sku === chain.valuePoint);
  if (!point) throw new Error(`Reward chain ${chain.rewardChainId} has no value point`);
  return point;
}

/** The balance the chain's steps are measured against: the player's own, or their clan's. */
export function balanceOf(deps: RewardDeps, call: RewardCall, chain: RewardChain): number {
  const { catalog, userId, now } = call;
  if (valuePointOf(call, chain).isClan) {
    return clanBalance(deps.players, catalog, userId, chain.valuePoint, now);
  }
  const record = deps.players.find(catalog, userId);
  return record ? pointsOf(record.rewards, catalog, chain.valuePoint, now) : 0;
}

const vpImage = (call: RewardCall, sku: string) => `${call.origin}/images/vp/${sku}.svg`;
const itemImage = (call: RewardCall, sku: string) => `${call.origin}/images/item/${sku}.svg`;

/** `GET …/user/reward_chain/{id}/balance`: the value point and how many of it count. */
export function renderBalance(deps: RewardDeps, call: RewardCall, chain: RewardChain) {
  const point = valuePointOf(call, chain);
  return {
    sku: point.sku,
    name: localize(point.name, call.language),
    image_url: vpImage(call, point.sku),
    description: text(point.description, call.language),
    long_description: text(point.longDescription, call.language),
    amount: balanceOf(deps, call, chain),
    is_clan: point.isClan,
  };
}

function renderReward(call: RewardCall, reward: { sku: string; quantity: number }) {
  const item = findItemAnywhere(reward.sku);
  return {
    sku: reward.sku,
    name: item ? localize(item.name, call.language) : reward.sku,
    type: "virtual_good",
    description: item ? localize(item.description, call.language) : null,
    image_url: item?.art === "none" ? null : itemImage(call, reward.sku),
    quantity: reward.quantity,
  };
}

/** One item of `GET …/user/reward_chain`. */
export function renderChain(deps: RewardDeps, call: RewardCall, chain: RewardChain) {
  const { language } = call;
  const record = deps.players.find(call.catalog, call.userId);
  const claimed = record ? claimedSteps(record.rewards, chain, call.now) : new Set<number>();
  const valuePoint = renderBalance(deps, call, chain);
  const resetAt = nextResetAt(chain, call.now);
  const popup = (value: Localized | null) => (value ? { ...value } : null);
  return {
    reward_chain_id: chain.rewardChainId,
    name: localize(chain.name, language),
    description: localize(chain.description, language),
    long_description: text(chain.longDescription, language),
    image_url: `${call.origin}/images/chain/chain-${chain.rewardChainId}.svg`,
    order: chain.order,
    date_start: isoDate(call.startedAt - chain.startedBeforeMs),
    date_end: chain.endsAfterMs === null ? null : isoDate(call.startedAt + chain.endsAfterMs),
    value_point: valuePoint,
    clan_type: chain.clanType,
    top_contributors: valuePoint.is_clan
      ? topContributors(deps.players, call.catalog, call.userId, chain.valuePoint, call.now)
      : [],
    steps: [...chain.steps]
      .sort((a, b) => a.price - b.price)
      .map((step) => ({
        step_id: step.stepId,
        name: localize(step.name, language),
        is_claimed: claimed.has(step.stepId),
        image_url: step.reward[0] ? itemImage(call, step.reward[0].sku) : null,
        price: { amount: step.price },
        reward: step.reward.map((reward) => renderReward(call, reward)),
      })),
    // The vendor's examples give the reset as Unix time in seconds, unlike the ISO dates.
    recurrent_schedule:
      chain.recurrence && resetAt !== null
        ? { interval_type: chain.recurrence, reset_next_date: Math.floor(resetAt / 1000) }
        : null,
    // In the vendor's examples these two are `{"en": …}` objects, not plain strings.
    popup_header: popup(chain.popupHeader),
    popup_instruction: popup(chain.popupInstruction),
    popup_image_url: chain.popupHeader
      ? `${call.origin}/images/chain/chain-${chain.rewardChainId}-popup.svg`
      : null,
  };
}

/** `GET …/user/clan/contributors/{id}/top`: empty for a chain that is not a clan's. */
export function renderContributors(deps: RewardDeps, call: RewardCall, chain: RewardChain) {
  if (!valuePointOf(call, chain).isClan) return [];
  return topContributors(deps.players, call.catalog, call.userId, chain.valuePoint, call.now);
}

export const STEP_NOT_FOUND: Refusal = {
  status: 404,
  code: 9911,
  message: "Reward chain step not found.",
};

/**
 * Claims a step for the player: refused with 9911 (no such chain or step), 9912 (claimed
 * already) or 9913 (the balance is short of the step's price); else the step is claimed and
 * its rewards delivered. Claiming takes no points: a step is a mark the balance passes.
 */
export async function claimStep(
  deps: RewardDeps,
  call: RewardCall,
  chainId: string,
  stepId: string,
): Promise<Refusal | null> {
  const chain = findChain(call, chainId);
  const step = /^\d{1,10}$/.test(stepId)
    ? chain?.steps.find((candidate) => candidate.stepId === Number(stepId))
    : undefined;
  if (!chain || !step) return STEP_NOT_FOUND;
  const record = deps.players.get(call.catalog, call.userId);
  if (claimedSteps(record.rewards, chain, call.now).has(step.stepId)) {
    return { status: 422, code: 9912, message: "Reward already claimed." };
  }
  if (balanceOf(deps, call, chain) < step.price) {
    return { status: 422, code: 9913, message: "Not enough value points to claim step reward." };
  }
  // Marked before the delivery is awaited, so a second claim arriving meanwhile gets 9912.
  markClaimed(record.rewards, chain, step.stepId, call.now);
  await deps.fulfilment.grantReward(call.catalog, call.userId, step.reward);
  return null;
}
