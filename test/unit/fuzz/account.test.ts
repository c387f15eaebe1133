import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { z } from "zod/mini";
import { type AccountCalls, createAccountCalls } from "../../../src/api/account";
import * as merchant from "../../../src/api/account/merchant-schemas";
import * as xsolla from "../../../src/api/account/xsolla-schemas";
import type { BackendConfig, BackendKind } from "../../../src/api/backend";
import { fixture } from "../api/fake-fetch";
import { answerProblem } from "./check-answer";
import { mutated, mutatedBody } from "./mutate";

/*
 * The account view's schemas and calls (issue 13), fed generated mutations of the vendors'
 * examples, as clients.test.ts does for the store's: a schema never throws, what it accepts
 * maps to something the view can draw, and every call answers a Result whose error is typed,
 * a coupon's with a known reason or none.
 */

const RUNS = 300;

const COUPON_REASONS = [null, "unknown", "expired", "used-up", "already-redeemed", "not-signed-in"];

const merchantCoupon = fixture("merchant/coupon.json") as Record<string, unknown>;
const seeds = {
  userItems: fixture("merchant/user-virtual-items.json"),
  transactions: fixture("merchant/transactions.json"),
  // The seed's coupon, plus one of the sandbox's shapes: currency and a list of items.
  coupon: merchantCoupon,
  couponList: {
    ...merchantCoupon,
    virtual_currency_amount: 100,
    virtual_items: [merchantCoupon.virtual_items, merchantCoupon.virtual_items],
  },
  inventory: fixture("xsolla/account/inventory-items.json"),
  rewards: fixture("xsolla/account/coupon-rewards.json"),
  redeemed: fixture("xsolla/account/coupon-redeem.json"),
};

type Mapper = (parsed: never) => unknown;

const SCHEMAS: Record<string, { schema: z.ZodMiniType; map: Mapper; seeds: unknown[] }> = {
  "merchant user items": {
    schema: merchant.UserItemsSchema,
    map: merchant.toOwnedItems as Mapper,
    seeds: [seeds.userItems],
  },
  "merchant transactions": {
    schema: merchant.TransactionsSchema,
    map: merchant.toTransactions as Mapper,
    seeds: [seeds.transactions],
  },
  "merchant coupon": {
    schema: merchant.CouponSchema,
    map: ((wire: merchant.WireCoupon) => {
      const rewards = merchant.toCouponRewards(wire, "CODE", "en");
      return { rewards, refusal: merchant.couponRefusal(wire, rewards, Date.now()) };
    }) as Mapper,
    seeds: [seeds.coupon, seeds.couponList],
  },
  "Store inventory": {
    schema: xsolla.InventorySchema,
    map: ((wire: { items: xsolla.WireInventoryItem[] }) =>
      xsolla.toOwnedItems(wire.items, "en")) as Mapper,
    seeds: [seeds.inventory],
  },
  "Store coupon rewards": {
    schema: xsolla.CouponRewardsSchema,
    map: ((wire: xsolla.WireCouponRewards) =>
      xsolla.toCheckedRewards(wire, "CODE", "en")) as Mapper,
    seeds: [seeds.rewards],
  },
  "Store coupon redemption": {
    schema: xsolla.RedeemedSchema,
    map: ((wire: xsolla.WireRedeemed) => xsolla.toRedeemedRewards(wire, "CODE", "en")) as Mapper,
    seeds: [seeds.redeemed],
  },
};

describe("the account schemas, fed mutated vendor examples", () => {
  it.each(Object.entries(SCHEMAS))(
    "%s: never throws, and maps what it accepts to drawable values",
    (_name, { schema, map, seeds: examples }) => {
      let accepted = 0;
      fc.assert(
        fc.property(fc.constantFrom(...examples).chain(mutated), (body) => {
          const parsed = schema.safeParse(body);
          if (!parsed.success) return;
          accepted++;
          const problem = answerProblem({ ok: true, value: map(parsed.data as never) });
          if (problem) throw new Error(problem);
        }),
        { numRuns: RUNS },
      );
      // The mutations are small: many still parse, so the mapping is really exercised.
      expect(accepted).toBeGreaterThan(RUNS / 10);
    },
  );
});

const CONFIGS: Record<BackendKind, BackendConfig> = {
  merchant: {
    apiBase: "https://game.example.com/game",
    projectId: "44056",
    userId: "p1",
    currency: "USD",
    locale: "en-US",
  },
  xsolla: {
    apiBase: "https://store.example.com/api",
    projectId: "44056",
    userToken: "jwt-1",
    currency: "USD",
    locale: "en-US",
  },
};

/** The refusal docs/contracts.md 2.6 shows, as the sandbox sends it. */
const merchantRefusal = fixture("merchant/coupon-422-expired.json");
const storeRefusal = fixture("xsolla/account/coupon-422-9804.json");

const CALLS: Record<
  string,
  { kind: BackendKind; call: (calls: AccountCalls) => Promise<unknown>; seeds: unknown[] }
> = {
  "merchant items": { kind: "merchant", call: (c) => c.listItems(0), seeds: [seeds.userItems] },
  "merchant transactions": {
    kind: "merchant",
    call: (c) => c.listTransactions?.(new Date(0), new Date()) ?? Promise.resolve(null),
    seeds: [seeds.transactions],
  },
  "merchant coupon check and redemption": {
    kind: "merchant",
    call: (c) => (Math.random() < 0.5 ? c.checkCoupon("CODE") : c.redeemCoupon("CODE")),
    seeds: [seeds.coupon, seeds.couponList, merchantRefusal],
  },
  "Store inventory": { kind: "xsolla", call: (c) => c.listItems(0), seeds: [seeds.inventory] },
  "Store coupon check": {
    kind: "xsolla",
    call: (c) => c.checkCoupon("CODE"),
    seeds: [seeds.rewards, storeRefusal],
  },
  "Store coupon redemption": {
    kind: "xsolla",
    call: (c) => c.redeemCoupon("CODE"),
    seeds: [seeds.redeemed, storeRefusal],
  },
};

describe("the account calls, fed mutated vendor answers", () => {
  it.each(Object.entries(CALLS))(
    "%s answers a typed error or a drawable value, never a throw",
    async (_name, entry) => {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...entry.seeds).chain(mutatedBody),
          fc.constantFrom(200, 200, 200, 401, 403, 404, 422),
          async (body, status) => {
            const fetchImpl: typeof fetch = async () =>
              new Response(body, { status, headers: { "Content-Type": "application/json" } });
            const calls = createAccountCalls(entry.kind, { ...CONFIGS[entry.kind], fetchImpl });
            const settled = (await entry.call(calls)) as {
              ok: boolean;
              error?: { couponReason?: unknown };
            };
            const problem = answerProblem(settled);
            if (problem) throw new Error(problem);
            if (settled.ok === false && "couponReason" in (settled.error ?? {})) {
              expect(COUPON_REASONS).toContain(settled.error?.couponReason);
            }
          },
        ),
        { numRuns: RUNS },
      );
    },
  );
});
