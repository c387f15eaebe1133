import { z } from "../../core/zod";
import { DecimalSchema, IdSchema, LimitsSchema, oneOf, VpRewardsSchema } from "../shared-schemas";

/*
 * Merchant API v2 Storefront answers (seed 002, "Storefront"). The server is PHP, which
 * encodes an empty associative array as `[]`, so optional objects fall back to null when
 * they arrive in a shape we cannot use rather than failing the whole answer.
 */

const money = z.nullish(z.number());
const text = z.nullish(z.string());

const orNull = <T extends z.ZodMiniType>(schema: T) => z.catch(z.nullish(schema), null);

export const MerchantAdLabelSchema = z.object({ type: text, name: text });
export type MerchantAdLabel = z.infer<typeof MerchantAdLabelSchema>;

export const MerchantBonusItemSchema = z.object({ name: z.string(), quantity: z.number() });
export type MerchantBonusItem = z.infer<typeof MerchantBonusItemSchema>;

const bonusItems = z.nullish(z.array(MerchantBonusItemSchema));
const bonusVc = orNull(z.object({ vc_amount: money }));

/** What items and packages share: labels and the newer free flag and limits. */
const offer = {
  advertisement_label: orNull(MerchantAdLabelSchema),
  offer_label: text,
  is_free: z.nullish(z.boolean()),
  limits: LimitsSchema,
};

export const MerchantGroupSchema = z.object({
  id: IdSchema,
  external_id: text,
  name: z.string(),
  description: text,
  level: z.nullish(z.number()),
  get children() {
    return z.nullish(z.array(MerchantGroupSchema));
  },
});
export type MerchantGroup = z.infer<typeof MerchantGroupSchema>;

export const MerchantGroupsSchema = z.object({ groups: z.array(MerchantGroupSchema) });
export type MerchantGroups = z.infer<typeof MerchantGroupsSchema>;

export const MerchantItemSchema = z.object({
  id: IdSchema,
  sku: text,
  name: z.string(),
  image_url: text,
  description: text,
  long_description: text,
  currency: z.string(),
  amount: money,
  amount_without_discount: money,
  vc_amount: money,
  vc_amount_without_discount: money,
  bonus_virtual_currency: bonusVc,
  bonus_virtual_items: bonusItems,
  // Not the Merchant API's: a game server that proxies reward chains may add the Store's field.
  vp_rewards: VpRewardsSchema,
  ...offer,
});
export type MerchantItem = z.infer<typeof MerchantItemSchema>;

export const MerchantItemsSchema = z.object({ items: z.array(MerchantItemSchema) });
export type MerchantItems = z.infer<typeof MerchantItemsSchema>;

/**
 * The items answer with its items still to be checked: a group can hold thousands, which the
 * client checks with MerchantItemSchema a slice at a time (core/parse.ts, parseList).
 */
export const MerchantItemListSchema = z.object({ items: z.array(z.unknown()) });

export const MerchantVcPackageSchema = z.object({
  id: IdSchema,
  quantity: z.number(),
  quantity_without_discount: money,
  bonus_quantity: money,
  amount: money,
  amount_without_discount: money,
  currency: z.string(),
  image: text,
  description: text,
  bonus_items: bonusItems,
  ...offer,
});
export type MerchantVcPackage = z.infer<typeof MerchantVcPackageSchema>;

export const MerchantVcPackagesSchema = z.object({ packages: z.array(MerchantVcPackageSchema) });
export type MerchantVcPackages = z.infer<typeof MerchantVcPackagesSchema>;

/** The seed's table says `id` is an int while its example sends "2.99_1_months": both parse. */
export const MerchantPlanSchema = z.object({
  id: IdSchema,
  is_active: z.nullish(z.boolean()),
  charge_amount: z.number(),
  charge_amount_without_discount: money,
  charge_currency: z.string(),
  period: z.number(),
  period_unit: oneOf(["day", "month", "lifetime"] as const),
  name: z.string(),
  description: text,
  bonus_virtual_currency: bonusVc,
  bonus_virtual_items: bonusItems,
  offer_label: text,
  is_trial: z.nullish(z.boolean()),
  period_trial: money,
});
export type MerchantPlan = z.infer<typeof MerchantPlanSchema>;

export const MerchantSubscriptionsSchema = z.object({
  packages: z.array(MerchantPlanSchema),
  active_user_package: orNull(z.object({ id: IdSchema, date_next_charge: text })),
});
export type MerchantSubscriptions = z.infer<typeof MerchantSubscriptionsSchema>;

/** With no promotion running the PHP server may answer `[]`, which reads as "none". */
const MerchantBonusObjectSchema = z.object({ seconds: money, name: text, description: text });
export const MerchantBonusSchema = z.custom<z.infer<typeof MerchantBonusObjectSchema> | []>(
  (value) =>
    Array.isArray(value) ? value.length === 0 : MerchantBonusObjectSchema.safeParse(value).success,
);
export type MerchantBonus = z.infer<typeof MerchantBonusSchema>;

/** The token endpoint's shapes, which gifts on either backend share (../token-endpoint.ts). */
export {
  type MerchantError,
  MerchantErrorSchema,
  type MerchantToken,
  MerchantTokenSchema,
} from "../token-endpoint";

/** The wallet's user call (002 ~7458); only the virtual-currency balance is used. */
export const MerchantWalletUserSchema = z.object({ balance: z.nullish(DecimalSchema) });
export type MerchantWalletUser = z.infer<typeof MerchantWalletUserSchema>;
