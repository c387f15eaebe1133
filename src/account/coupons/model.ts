import { type ReadonlySignal, signal } from "@preact/signals-core";
import type {
  CouponCurrency,
  CouponError,
  CouponFailureReason,
  CouponResult,
  CouponRewards,
} from "../../api/account";
import type { ApiError } from "../../core/errors";
import { createReads } from "../../core/latest-reads";
import { named } from "../catalog-names";
import type { SectionContext, SectionModel } from "../section";
import type { ShownThing } from "../thing-list";

/** What a coupon gives, as the panel shows it: every item named. */
export interface ShownRewards {
  code: string;
  virtualCurrency: CouponCurrency | null;
  items: ShownThing[];
}

/** Where the coupon form is: from a typed code, through its check, to what it gave. */
export type CouponState =
  | { kind: "idle" }
  /** Redeem was pressed with nothing in the field: nothing was sent. */
  | { kind: "empty" }
  | { kind: "checking"; code: string }
  /** The check said what the coupon gives: the player confirms (or not). */
  | { kind: "offer"; rewards: ShownRewards }
  | { kind: "redeeming"; rewards: ShownRewards }
  | { kind: "redeemed"; rewards: ShownRewards }
  | { kind: "refused"; code: string; reason: CouponFailureReason }
  | { kind: "failed"; code: string; error: ApiError; step: "check" | "redeem" };

export interface CouponsModel extends SectionModel {
  readonly state: ReadonlySignal<CouponState>;
  /** Checks a code and shows what it gives; nothing is redeemed yet. */
  check(code: string): Promise<void>;
  /** Redeems the coupon on offer. */
  confirm(): Promise<void>;
  /** Leaves the offer unredeemed. */
  cancel(): void;
}

const IDLE: CouponState = { kind: "idle" };

/**
 * "Coupons": a code is checked first, so that the player sees what it gives before it is
 * theirs, then redeemed on their word; a redemption emits `coupon` and has the panel read the
 * player's holdings again. A refusal (unknown, expired, used up, already redeemed) is an
 * outcome with its own message, not an `error` event; anything else is both.
 */
export function createCouponsModel(context: SectionContext): CouponsModel {
  const { calls } = context;
  const state = signal<CouponState>(IDLE);
  const reads = createReads();

  /** Items named by the answer, else by the catalog (read only when needed), else by sku. */
  async function shown(rewards: CouponRewards): Promise<ShownRewards> {
    const names = rewards.items.some((item) => item.name === null || item.imageUrl === null)
      ? await context.catalogNames()
      : new Map();
    return {
      code: rewards.code,
      virtualCurrency: rewards.virtualCurrency,
      items: rewards.items.map((item) => named(item, names)),
    };
  }

  /** Runs a coupon call: its outcome, or null when a newer one replaced it. */
  async function run(
    code: string,
    step: "check" | "redeem",
    call: (signal: AbortSignal) => CouponResult,
  ): Promise<ShownRewards | null> {
    const result = await reads.read("coupon", call);
    if (!result) return null;
    if (result.ok) return shown(result.value);
    const { couponReason } = result.error as CouponError;
    if (couponReason) state.value = { kind: "refused", code, reason: couponReason };
    else {
      context.report(result.error, "coupons");
      state.value = { kind: "failed", code, error: result.error, step };
    }
    return null;
  }

  async function check(input: string) {
    // A redemption on its way is never given up for another code: the server may be granting it.
    if (state.peek().kind === "redeeming") return;
    const code = input.trim();
    if (!code) {
      state.value = { kind: "empty" };
      return;
    }
    state.value = { kind: "checking", code };
    const rewards = await run(code, "check", (signal) => calls.checkCoupon(code, signal));
    if (rewards) state.value = { kind: "offer", rewards };
  }

  async function confirm() {
    const offer = state.peek();
    if (offer.kind !== "offer") return;
    const { code } = offer.rewards;
    state.value = { kind: "redeeming", rewards: offer.rewards };
    const rewards = await run(code, "redeem", (signal) => calls.redeemCoupon(code, signal));
    if (!rewards) return;
    state.value = { kind: "redeemed", rewards };
    context.emit("coupon", {
      code: rewards.code,
      items: rewards.items.map(({ sku, name, quantity, imageUrl }) => ({
        sku,
        name,
        quantity,
        imageUrl,
      })),
      virtualCurrency: rewards.virtualCurrency,
    });
    context.holdingsChanged();
  }

  return {
    state,
    check,
    confirm,
    cancel() {
      if (state.peek().kind === "offer") state.value = IDLE;
    },
    // The form reads nothing until the player types a code.
    load: async () => {},
    refresh: async () => {},
    dispose: reads.dispose,
  };
}
