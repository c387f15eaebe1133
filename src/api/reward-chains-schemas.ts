import { z } from "../core/zod";
import type { Contributor, RewardChain, ValuePoint, ValuePointBalance } from "./backend";
import { absoluteUrl, nonEmpty, toDate, validDate } from "./mapping";
import { DecimalSchema, LocalizedTextSchema, pickText } from "./shared-schemas";
import { readStoreError } from "./store-contract";

/*
 * The Store API's reward chains (CONTRACTS.md section 3, "Reward chains"), which the game
 * server proxies for merchant studios: schemas and their mapping to the domain. A chunk of its
 * own, fetched with the rewards panel's first request; the store never loads it.
 * Fields the panel does not show (`long_description`, `popup_header`, `order`...) are left
 * unread, so their shapes may change freely.
 */

const localized = z.nullish(LocalizedTextSchema);
const text = z.nullish(z.string());

export const ValuePointSchema = z.object({
  sku: z.string(),
  name: localized,
  image_url: text,
  amount: z.nullish(DecimalSchema),
  is_clan: z.nullish(z.boolean()),
});
export type WireValuePoint = z.infer<typeof ValuePointSchema>;

export const ContributorSchema = z.object({
  name: z.string(),
  contributed_amount: DecimalSchema,
});

export const StepSchema = z.object({
  step_id: z.number(),
  name: localized,
  is_claimed: z.nullish(z.boolean()),
  image_url: text,
  price: z.object({ amount: DecimalSchema }),
  reward: z.nullish(
    z.array(
      z.object({ sku: z.string(), name: localized, image_url: text, quantity: DecimalSchema }),
    ),
  ),
});
export type WireStep = z.infer<typeof StepSchema>;

/**
 * `reset_next_date` is a Unix time in seconds in the vendor's examples while the chain's own
 * dates are ISO strings; both forms are read for each.
 */
const WhenSchema = z.nullish(
  z.custom<string | number>((value) => typeof value === "string" || Number.isFinite(value)),
);

export const RewardChainSchema = z.object({
  reward_chain_id: z.number(),
  name: localized,
  description: localized,
  image_url: text,
  date_start: WhenSchema,
  date_end: WhenSchema,
  value_point: ValuePointSchema,
  clan_type: text,
  // A list we cannot read names nobody rather than failing the chain: the panel asks again.
  top_contributors: z.catch(z.nullish(z.array(ContributorSchema)), null),
  steps: z.array(StepSchema),
  recurrent_schedule: z.catch(z.nullish(z.object({ reset_next_date: WhenSchema })), null),
});
export type WireRewardChain = z.infer<typeof RewardChainSchema>;

export const RewardChainsPageSchema = z.object({
  has_more: z.nullish(z.boolean()),
  items: z.array(RewardChainSchema),
});
export type RewardChainsPage = z.infer<typeof RewardChainsPageSchema>;

export const ContributorsSchema = z.array(ContributorSchema);

/** A claim answers 204 with no body, which reads as null. */
export const NoContentSchema = z.unknown();

/** Seconds since 1970 (a number or a string of digits) or an ISO date. */
export function toWhen(value: string | number | null | undefined): Date | null {
  if (value == null || value === "") return null;
  const seconds = Number(value);
  return Number.isFinite(seconds) ? validDate(new Date(seconds * 1000)) : toDate(String(value));
}

export function toValuePoint(wire: WireValuePoint, lang: string): ValuePoint {
  return {
    sku: wire.sku,
    name: pickText(wire.name, lang) ?? wire.sku,
    imageUrl: absoluteUrl(wire.image_url),
  };
}

export function toBalance(wire: WireValuePoint, lang: string): ValuePointBalance {
  return { ...toValuePoint(wire, lang), amount: wire.amount ?? 0, isClan: wire.is_clan === true };
}

export const toContributors = (wire: z.infer<typeof ContributorsSchema>): Contributor[] =>
  wire.map((entry) => ({ name: entry.name, amount: entry.contributed_amount }));

function toStep(wire: WireStep, lang: string) {
  return {
    id: wire.step_id,
    name: pickText(wire.name, lang) ?? String(wire.step_id),
    imageUrl: absoluteUrl(wire.image_url),
    price: wire.price.amount,
    claimed: wire.is_claimed === true,
    rewards: (wire.reward ?? []).map((reward) => ({
      sku: reward.sku,
      name: pickText(reward.name, lang) ?? reward.sku,
      imageUrl: absoluteUrl(reward.image_url),
      quantity: reward.quantity,
    })),
  };
}

export function toRewardChain(wire: WireRewardChain, lang: string): RewardChain {
  return {
    id: wire.reward_chain_id,
    name: pickText(wire.name, lang) ?? String(wire.reward_chain_id),
    description: pickText(wire.description, lang),
    imageUrl: absoluteUrl(wire.image_url),
    startsAt: toWhen(wire.date_start),
    endsAt: toWhen(wire.date_end),
    resetsAt: toWhen(wire.recurrent_schedule?.reset_next_date),
    valuePoint: toValuePoint(wire.value_point, lang),
    clanType: nonEmpty(wire.clan_type),
    topContributors: toContributors(wire.top_contributors ?? []),
    steps: wire.steps.map((step) => toStep(step, lang)).sort((a, b) => a.price - b.price),
  };
}

/** Reward chains' refusals that the panel words for the player (Store errorCodes 9911-9913). */
const REASONS = {
  "9911": "no-such-step",
  "9912": "already-claimed",
  "9913": "not-enough-points",
} as const;

/** The Store API's error body, with the reward chains' own reasons. */
export function readRewardError(body: unknown) {
  const details = readStoreError(body);
  // An own key only: a code of "constructor" must not find Object's.
  const reason =
    details.code && Object.hasOwn(REASONS, details.code)
      ? REASONS[details.code as keyof typeof REASONS]
      : undefined;
  return reason ? { ...details, reason } : details;
}
