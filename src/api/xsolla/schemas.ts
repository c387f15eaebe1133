import { z } from "../../core/zod";
import {
  DecimalSchema,
  IdSchema,
  LimitsSchema,
  LocalizedTextSchema,
  oneOf,
  VpRewardsSchema,
} from "../shared-schemas";

export { type LocalizedText, LocalizedTextSchema } from "../shared-schemas";

/*
 * Store API v2 and the subscriptions public API (CONTRACTS.md section 3). Texts arrive either
 * already localized or as a `{"en": ..., "zh": ...}` object, and amounts as numbers or
 * decimal strings, so both forms parse here and are settled in adapt.ts.
 */

const text = z.nullish(z.string());

const localized = z.nullish(LocalizedTextSchema);

export const XsollaGroupSchema = z.object({
  external_id: z.string(),
  name: localized,
  description: localized,
  order: z.nullish(z.number()),
  parent_external_id: text,
  get children() {
    return z.nullish(z.array(XsollaGroupSchema));
  },
});
export type XsollaGroup = z.infer<typeof XsollaGroupSchema>;

export const XsollaGroupsSchema = z.object({ groups: z.array(XsollaGroupSchema) });
export type XsollaGroups = z.infer<typeof XsollaGroupsSchema>;

export const XsollaPriceSchema = z.object({
  amount: DecimalSchema,
  amount_without_discount: z.nullish(DecimalSchema),
  currency: z.string(),
});
export type XsollaPrice = z.infer<typeof XsollaPriceSchema>;

export const XsollaVirtualPriceSchema = z.object({
  sku: z.string(),
  name: localized,
  image_url: text,
  is_default: z.nullish(z.boolean()),
  amount: DecimalSchema,
  amount_without_discount: z.nullish(DecimalSchema),
});
export type XsollaVirtualPrice = z.infer<typeof XsollaVirtualPriceSchema>;

/** A bundle's content entry, also the shape of what a promotion gives on top of an item. */
export const XsollaContentSchema = z.object({
  sku: z.string(),
  name: localized,
  type: text,
  image_url: text,
  quantity: DecimalSchema,
});
export type XsollaContent = z.infer<typeof XsollaContentSchema>;

/**
 * Promotions have grown fields over time and only a few matter here, so every part is
 * optional and a promotion we cannot read is dropped rather than failing the item list.
 */
export const XsollaItemPromotionSchema = z.object({
  name: z.catch(localized, null),
  date_end: z.catch(text, null),
  bonus: z.catch(z.nullish(z.array(XsollaContentSchema)), null),
});
export type XsollaItemPromotion = z.infer<typeof XsollaItemPromotionSchema>;

export const XsollaItemSchema = z.object({
  sku: z.string(),
  name: localized,
  description: localized,
  long_description: localized,
  image_url: text,
  type: text,
  is_free: z.nullish(z.boolean()),
  price: z.nullish(XsollaPriceSchema),
  virtual_prices: z.nullish(z.array(XsollaVirtualPriceSchema)),
  promotions: z.catch(
    z.nullish(z.array(z.catch(z.nullable(XsollaItemPromotionSchema), null))),
    null,
  ),
  limits: LimitsSchema,
  vp_rewards: VpRewardsSchema,
});
export type XsollaItem = z.infer<typeof XsollaItemSchema>;

export const XsollaVcPackageSchema = z.object({
  ...XsollaItemSchema.shape,
  bundle_type: text,
  content: z.array(XsollaContentSchema),
});
export type XsollaVcPackage = z.infer<typeof XsollaVcPackageSchema>;

/** One page of a Store list; `has_more` says whether to ask again from the next offset. */
const page = <T extends z.ZodMiniType>(item: T) =>
  z.object({ has_more: z.nullish(z.boolean()), items: z.array(item) });

export const XsollaItemsPageSchema = page(XsollaItemSchema);
export type XsollaItemsPage = z.infer<typeof XsollaItemsPageSchema>;

export const XsollaVcPackagesPageSchema = page(XsollaVcPackageSchema);
export type XsollaVcPackagesPage = z.infer<typeof XsollaVcPackagesPageSchema>;

export const XsollaPlanSchema = z.object({
  plan_id: z.nullish(IdSchema),
  plan_external_id: z.string(),
  plan_name: localized,
  plan_description: localized,
  trial_period: z.nullish(z.number()),
  period: z.object({
    value: z.nullish(z.number()),
    unit: oneOf(["day", "month", "lifetime"] as const),
  }),
  charge: z.object({
    amount: DecimalSchema,
    currency: z.string(),
    setup_fee: z.nullish(DecimalSchema),
  }),
  promotion: z.catch(
    z.nullish(z.object({ promotion_charge_amount: z.nullish(DecimalSchema) })),
    null,
  ),
});
export type XsollaPlan = z.infer<typeof XsollaPlanSchema>;

export const XsollaPlansPageSchema = page(XsollaPlanSchema);
export type XsollaPlansPage = z.infer<typeof XsollaPlansPageSchema>;

/**
 * The player's own subscriptions (`GET /user/v1/projects/{project_id}/subscriptions`,
 * docs/contracts.md 3.7), as far as the store needs them: which plan is the player's. The plan
 * lists say nothing of it. The account view reads the rest of each item
 * (src/api/account/subscriptions-schemas.ts).
 */
export const XsollaOwnSubscriptionsSchema = page(
  z.object({ plan_external_id: z.string(), status: z.string(), date_next_charge: text }),
);
export type XsollaOwnSubscriptions = z.infer<typeof XsollaOwnSubscriptionsSchema>;

// Buying and claiming (CONTRACTS.md section 3)

/** A non-empty string: a token that is "" would open a Pay Station that can only fail. */
const token = z.string().check(z.minLength(1));

/** `POST /payment/item/{sku}`. */
export const XsollaPaymentSchema = z.object({ token, order_id: z.number() });
export type XsollaPayment = z.infer<typeof XsollaPaymentSchema>;

/** `GET /order/{order_id}`; a status this widget does not know reads as still pending. */
export const XsollaOrderSchema = z.object({ order_id: z.number(), status: z.string() });
export type XsollaOrder = z.infer<typeof XsollaOrderSchema>;

/** `GET /user/virtual_currency_balance`. */
export const XsollaBalanceSchema = z.object({
  items: z.array(z.object({ sku: z.string(), name: localized, amount: DecimalSchema })),
});
export type XsollaBalance = z.infer<typeof XsollaBalanceSchema>;

/**
 * The subscriptions `buy` call: a Pay Station URL, opened as it is, so it must be an https
 * page (plain http only on this computer, for a local stand-in such as the sandbox).
 */
export const XsollaPlanPurchaseSchema = z.object({
  link_to_ps: z
    .string()
    .check(z.regex(/^(https:\/\/[^/]|http:\/\/(localhost|127\.0\.0\.1|\[::1\])[:/])/i)),
});
export type XsollaPlanPurchase = z.infer<typeof XsollaPlanPurchaseSchema>;
