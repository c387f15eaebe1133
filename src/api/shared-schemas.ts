import { z } from "../core/zod";
import type { VpReward } from "./backend";
import { absoluteUrl, nonEmpty } from "./mapping";
import { languageOf } from "./shared";

/*
 * The wire schemas both adapters share. Only the schema modules import this, so that zod is
 * fetched with them, beside the store's first view, while its first requests are in flight.
 */

/*
 * The flexible wire types below are `z.custom` guards rather than unions, pipes, records and
 * enums: the same checks, but those four zod primitives together cost the script-tag bundle
 * about 1.8 KB gzip, and these share one.
 */

/** Numbers that some endpoints send as decimal strings ("0.99"); anything else is rejected. */
export const DecimalSchema = z
  .custom<number>((value) =>
    typeof value === "string" ? /^\s*-?\d+(\.\d+)?\s*$/.test(value) : Number.isFinite(value),
  )
  .check(z.overwrite((value) => Number(value)));

/** Ids are numbers in one contract version and strings in another; the domain keeps strings. */
export const IdSchema = z
  .custom<string>((value) => typeof value === "string" || Number.isFinite(value))
  .check(z.overwrite((value) => String(value)));

/** One of a fixed set of strings. */
export const oneOf = <T extends string>(values: readonly T[]) =>
  z.custom<T>((value) => values.includes(value as T));

/**
 * `limits` is a newer field whose shape differs between API versions, so a shape we do not
 * know reads as "no limit" instead of failing the whole list.
 */
export const LimitsSchema = z.catch(
  z.nullish(
    z.object({ per_user: z.nullish(z.object({ total: z.number(), available: z.number() })) }),
  ),
  null,
);
export type Limits = z.infer<typeof LimitsSchema>;

/**
 * A Store API text: already localized, or a `{"en": ..., "zh": ...}` object. Here rather than
 * in the xsolla adapter because the reward chains' answers, which both adapters read, have it.
 */
export const LocalizedTextSchema = z.custom<string | Record<string, string | null | undefined>>(
  (value) =>
    typeof value === "string" ||
    (typeof value === "object" &&
      value !== null &&
      !Array.isArray(value) &&
      Object.values(value).every((text) => text == null || typeof text === "string")),
);
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** The text in the player's language, else English, else whatever language there is. */
export function pickText(value: LocalizedText | null | undefined, lang: string): string | null {
  if (value == null || typeof value === "string") return nonEmpty(value);
  const entries = Object.entries(value).filter((entry): entry is [string, string] =>
    Boolean(nonEmpty(entry[1])),
  );
  const match = (wanted: string) => entries.find(([key]) => languageOf(key) === wanted);
  return (match(lang) ?? match("en") ?? entries[0])?.[1] ?? null;
}

/**
 * The value points buying an item earns towards reward chains (`vp_rewards`): in Store API
 * items, and in the merchant items a game server proxies when it adds them. A list we cannot
 * read shows no points rather than failing the item list.
 */
export const VpRewardsSchema = z.catch(
  z.nullish(
    z.array(
      z.object({
        sku: z.string(),
        name: z.nullish(LocalizedTextSchema),
        image_url: z.nullish(z.string()),
        amount: DecimalSchema,
        is_clan: z.nullish(z.boolean()),
      }),
    ),
  ),
  null,
);

export function toVpRewards(wire: z.infer<typeof VpRewardsSchema>, lang: string): VpReward[] {
  return (wire ?? [])
    .filter((reward) => reward.amount > 0)
    .map((reward) => ({
      sku: reward.sku,
      name: pickText(reward.name, lang) ?? reward.sku,
      imageUrl: absoluteUrl(reward.image_url),
      amount: reward.amount,
      isClan: reward.is_clan === true,
    }));
}
