import { defineSection } from "../section";
import { CouponsSection } from "./coupons-section";
import { createCouponsModel } from "./model";

export type { CouponState, CouponsModel, ShownRewards } from "./model";
export { createCouponsModel };

/** "Coupons": check a code, see what it gives, redeem it. */
export const couponsSection = defineSection({
  id: "coupons",
  create: createCouponsModel,
  View: CouponsSection,
});
