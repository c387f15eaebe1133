import type { AccountStoreCalls } from "../../../src/account";
import type { Group, Item, VcBalance } from "../../../src/api";
import type {
  AccountCalls,
  CouponError,
  CouponRewards,
  OwnedItem,
  OwnedItemsPage,
  Transaction,
} from "../../../src/api/account";
import { type ApiError, apiError } from "../../../src/core/errors";
import { err, ok, type Result } from "../../../src/core/result";

/** A thing the player owns, as the Merchant API's user items give it: a sku and a quantity. */
export const owned = (sku: string, quantity = 1, name: string | null = null): OwnedItem => ({
  sku,
  name,
  quantity,
  imageUrl: name ? `https://cdn.example.com/${sku}.png` : null,
});

export const transaction = (overrides: Partial<Transaction> = {}): Transaction => ({
  id: "1",
  date: new Date("2026-11-20T10:00:00Z"),
  kind: "payment",
  description: "500 Gold",
  amount: { amount: 4.99, currency: "USD" },
  vcAmount: 500,
  couponCode: null,
  failed: false,
  ...overrides,
});

export const welcome: CouponRewards = {
  code: "WELCOME100",
  virtualCurrency: { amount: 100, sku: null, name: null, imageUrl: null },
  items: [{ sku: "potion-health", name: null, quantity: 1, imageUrl: null }],
  expiresAt: null,
  remaining: null,
};

export const refused = (
  couponReason: CouponError["couponReason"],
  status = 422,
): Result<CouponRewards, CouponError> => err({ ...apiError("http", { status }), couponReason });

const groupsTree: Group[] = [
  {
    id: "1",
    name: "Potions",
    description: null,
    children: [{ id: "11", name: "Small", description: null, children: [] }],
  },
  { id: "2", name: "Swords", description: null, children: [] },
];

const catalogItem = (sku: string, name: string): Item =>
  ({ sku, name, imageUrl: `https://cdn.example.com/catalog/${sku}.png` }) as Item;

type Answer<T> = Result<T, ApiError> | (() => Promise<Result<T, ApiError>>);

/**
 * The account calls and the store's, answering what a test sets (at once, or through a
 * function for a test that holds an answer back), and noting every call.
 */
export function fakeAccount({ signedIn = true, history = true } = {}) {
  const log: string[] = [];
  const answers = {
    pages: new Map<number, Answer<OwnedItemsPage>>([
      [0, ok({ items: [owned("potion-health", 2), owned("bonus-thing")], nextOffset: null })],
    ]),
    transactions: ok([
      transaction(),
      transaction({
        id: "2",
        kind: "coupon",
        description: "Coupon Redeem",
        amount: null,
        vcAmount: 100,
        couponCode: "WELCOME100",
      }),
    ]) as Answer<Transaction[]>,
    /** The older windows by how many 90 days back they end (1: from 180 to 90 days ago). */
    older: new Map<number, Answer<Transaction[]>>(),
    check: ok(welcome) as Result<CouponRewards, CouponError>,
    redeem: ok(welcome) as Result<CouponRewards, CouponError>,
    balance: ok([{ sku: null, name: null, amount: 1000 }]) as Answer<VcBalance[]>,
    groups: ok(groupsTree) as Answer<Group[]>,
    items: new Map<string, Answer<Item[]>>([
      ["1", ok([catalogItem("potion-health", "Health Potion")])],
      ["2", ok([catalogItem("sword-ember", "Ember Sword")])],
    ]),
  };
  const answer = <T>(value: Answer<T> | undefined, fallback: Result<T, ApiError>) =>
    typeof value === "function" ? value() : Promise.resolve(value ?? fallback);
  const ranges: { from: Date; to: Date }[] = [];

  const calls: AccountCalls = {
    signedIn,
    listItems: (offset) => {
      log.push(`items:${offset}`);
      return answer(answers.pages.get(offset), ok({ items: [], nextOffset: null }));
    },
    ...(history
      ? {
          listTransactions: (from: Date, to: Date) => {
            ranges.push({ from, to });
            const window = Math.round((Date.now() - to.getTime()) / (90 * 86_400_000));
            if (window === 0) {
              log.push("transactions");
              return answer(answers.transactions, ok([]));
            }
            log.push(`older:${window}`);
            return answer(answers.older.get(window), ok([]));
          },
        }
      : {}),
    checkCoupon: async (code) => {
      log.push(`check:${code}`);
      return answers.check;
    },
    redeemCoupon: async (code) => {
      log.push(`redeem:${code}`);
      return answers.redeem;
    },
  };
  const store: AccountStoreCalls = {
    getGroups: () => {
      log.push("groups");
      return answer(answers.groups, ok([]));
    },
    getItems: (groupId) => {
      log.push(`catalog:${groupId}`);
      return answer(answers.items.get(groupId), ok([]));
    },
    getBalance: () => {
      log.push("balance");
      return answer(answers.balance, ok([]));
    },
  };
  return { calls, store, answers, log, ranges };
}

/** An answer the test lets go of when it wants. */
export function held<T>() {
  let release!: (value: T) => void;
  const promise = new Promise<T>((resolve) => {
    release = resolve;
  });
  return { answer: () => promise, release };
}
