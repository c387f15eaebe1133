/**
 * The demo project's coupons, which the emulated Merchant API checks and redeems
 * (vendor/coupons.ts): one for each case a player meets. Codes are matched without regard to
 * case, as players type them. Expiry counts from sandbox start. Only the demo project has
 * coupons.
 */
import { DEMO_PROJECT_ID } from "../shared/config";

export interface DemoCoupon {
  /** The Merchant API's numeric id. */
  couponId: number;
  projectId: number;
  code: string;
  campaignCode: string;
  /** Virtual currency the coupon gives. */
  vc: number;
  /** Catalog items it gives (at most one per coupon here, as in the seed's example). */
  items: { sku: string; quantity: number }[];
  /** How many redemptions in all; null: no limit. */
  totalLimit: number | null;
  /** How many redemptions one player may make; null: no limit. */
  perUserLimit: number | null;
  /** Redemptions already made by other players when the sandbox starts. */
  redeemedAtStart: number;
  /** Days from sandbox start to expiry: negative for a coupon that has already expired. */
  expiresInDays: number;
}

const coupon = (fields: Omit<DemoCoupon, "projectId">): DemoCoupon => ({
  projectId: DEMO_PROJECT_ID,
  ...fields,
});

export const DEMO_COUPONS: readonly DemoCoupon[] = [
  // What a studio hands out: gold and an item, for anyone, any number of times.
  coupon({
    couponId: 501,
    code: "WELCOME100",
    campaignCode: "welcome",
    vc: 100,
    items: [{ sku: "potion-health", quantity: 1 }],
    totalLimit: null,
    perUserLimit: null,
    redeemedAtStart: 0,
    expiresInDays: 365,
  }),
  coupon({
    couponId: 502,
    code: "SPRING-EXPIRED",
    campaignCode: "spring",
    vc: 50,
    items: [],
    totalLimit: null,
    perUserLimit: null,
    redeemedAtStart: 0,
    expiresInDays: -30,
  }),
  // One redemption in all: the first player to redeem it gets it.
  coupon({
    couponId: 503,
    code: "FIRST-ONLY",
    campaignCode: "first",
    vc: 0,
    items: [{ sku: "xp-booster", quantity: 1 }],
    totalLimit: 1,
    perUserLimit: null,
    redeemedAtStart: 0,
    expiresInDays: 365,
  }),
  // Used up from the start, so browser tests running side by side all see it used up.
  coupon({
    couponId: 504,
    code: "SOLD-OUT",
    campaignCode: "first",
    vc: 200,
    items: [],
    totalLimit: 1,
    perUserLimit: null,
    redeemedAtStart: 1,
    expiresInDays: 365,
  }),
  coupon({
    couponId: 505,
    code: "ONCE-PER-PLAYER",
    campaignCode: "loyalty",
    vc: 25,
    items: [{ sku: "potion-mana", quantity: 2 }],
    totalLimit: null,
    perUserLimit: 1,
    redeemedAtStart: 0,
    expiresInDays: 365,
  }),
];

/** The project's coupon with this code, whatever its case; undefined when there is none. */
export function findCoupon(projectId: number, code: string): DemoCoupon | undefined {
  const wanted = code.toUpperCase();
  return DEMO_COUPONS.find((c) => c.projectId === projectId && c.code.toUpperCase() === wanted);
}
