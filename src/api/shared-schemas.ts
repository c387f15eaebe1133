import { z } from "../core/zod";

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
