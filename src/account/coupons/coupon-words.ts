import type { CouponFailureReason } from "../../api/account";
import type { I18n } from "../../core/i18n";
import { describeError } from "../../core/i18n/describe-error";
import type { CouponState } from "./model";

const REFUSALS = {
  unknown: "accountCouponUnknown",
  expired: "accountCouponExpired",
  "used-up": "accountCouponUsedUp",
  "already-redeemed": "accountCouponAlreadyRedeemed",
  "not-signed-in": "accountCouponSignIn",
} as const satisfies Record<CouponFailureReason, string>;

/** Why the coupon form could not go on, in the player's language; null when nothing is wrong. */
export function couponProblem(state: CouponState, i18n: I18n): string | null {
  switch (state.kind) {
    case "empty":
      return i18n.t("accountCouponEmpty");
    case "refused":
      return i18n.t(REFUSALS[state.reason], { code: state.code });
    case "failed":
      return i18n.t(state.step === "check" ? "accountCouponCheckFailed" : "accountCouponFailed", {
        code: state.code,
        reason: describeError(state.error, i18n),
      });
    default:
      return null;
  }
}
