import type {
  Backend,
  Checkout,
  FriendsPage,
  Gift,
  Group,
  Item,
  OrderStatus,
  Promotion,
  Subscriptions,
  VcBalance,
  VcPackage,
} from "../../src/api";
import type { ApiError } from "../../src/core/errors";
import { err, ok, type Result } from "../../src/core/result";

/** A hand-written backend: each call answers what the test put in `answers`, and is counted. */
export interface FakeBackend extends Backend {
  calls: string[];
  signedIn: boolean;
  answers: {
    checkout: Result<Checkout, ApiError>;
    giftCheckout: Result<Checkout, ApiError>;
    friends: Result<FriendsPage, ApiError>;
    buyWithVc: Result<number, ApiError>;
    claim: Result<number, ApiError>;
    /** Answered one after another; the last one repeats. */
    orderStatuses: Result<OrderStatus, ApiError>[];
    balance: Result<VcBalance[], ApiError>;
    groups: Result<Group[], ApiError>;
    items: Record<string, Result<Item[], ApiError>>;
    packages: Result<VcPackage[], ApiError>;
    subscriptions: Result<Subscriptions, ApiError>;
    promotion: Result<Promotion | null, ApiError>;
  };
  /** When set, calls wait for this promise before answering. */
  gate: Promise<void> | null;
  /** The gifts asked for, in order. */
  gifts: Gift[];
}

export const item = (overrides: Partial<Item> = {}): Item => ({
  sku: "sword",
  name: "Iron Sword",
  description: "A trusty blade.",
  longDescription: null,
  imageUrl: null,
  price: {
    current: { amount: 4, currency: "USD" },
    beforeDiscount: { amount: 4.99, currency: "USD" },
  },
  vcPrice: null,
  isFree: false,
  bonusVc: null,
  bonusItems: [],
  adLabel: null,
  offerLabel: null,
  limit: null,
  promotions: [],
  vpRewards: [],
  ...overrides,
});

export const vcPackage = (overrides: Partial<VcPackage> = {}): VcPackage => ({
  sku: "16913",
  name: "500 Gold",
  description: null,
  imageUrl: null,
  price: {
    current: { amount: 4, currency: "USD" },
    beforeDiscount: { amount: 4.99, currency: "USD" },
  },
  isFree: false,
  bonusVc: 10,
  bonusItems: [{ name: "Rabbit", quantity: 1 }],
  adLabel: { kind: "recommended", text: "Most Popular" },
  offerLabel: null,
  limit: null,
  promotions: [],
  quantity: 500,
  quantityBeforeDiscount: null,
  currency: { sku: "gold", name: "Gold", imageUrl: null },
  ...overrides,
});

export const groups: Group[] = [
  {
    id: "1",
    name: "Weapons",
    description: null,
    children: [
      { id: "11", name: "Swords", description: null, children: [] },
      { id: "12", name: "Bows", description: null, children: [] },
    ],
  },
  { id: "2", name: "Armor", description: null, children: [] },
];

export function createFakeBackend(): FakeBackend {
  const fake: FakeBackend = {
    calls: [],
    gate: null,
    gifts: [],
    signedIn: true,
    answers: {
      checkout: ok({ token: "token-1", tokenKind: "store", url: null, orderId: 7 }),
      giftCheckout: ok({ token: "gift-token", tokenKind: "merchant", url: null, orderId: null }),
      friends: ok({
        friends: [{ id: "1", name: "John Carter", email: "carter@xsolla.com", imageUrl: null }],
        total: 1,
      }),
      buyWithVc: ok(8),
      claim: ok(9),
      orderStatuses: [ok("done")],
      balance: ok([{ sku: "gold", name: "Gold", amount: 1000 }]),
      groups: ok(groups),
      items: {
        "11": ok([
          item(),
          item({
            sku: "free-kit",
            name: "Starter Kit",
            price: null,
            isFree: true,
            limit: { total: 1, available: 1 },
          }),
        ]),
        "12": ok([
          item({
            sku: "bow",
            name: "Long Bow",
            price: null,
            vcPrice: {
              amount: 2,
              beforeDiscount: null,
              currency: { sku: "gold", name: "Gold", imageUrl: null },
            },
          }),
        ]),
        "2": ok([]),
      },
      packages: ok([vcPackage()]),
      subscriptions: ok({
        plans: [
          {
            id: "silver",
            name: "Silver Status",
            description: null,
            price: { current: { amount: 2.99, currency: "USD" }, beforeDiscount: null },
            period: { value: 1, unit: "month" },
            trialDays: null,
            bonusVc: null,
            bonusItems: [],
            offerLabel: null,
          },
          {
            id: "gold",
            name: "Gold Status",
            description: null,
            price: { current: { amount: 4.99, currency: "USD" }, beforeDiscount: null },
            period: { value: 1, unit: "month" },
            trialDays: 7,
            bonusVc: null,
            bonusItems: [],
            offerLabel: null,
          },
        ],
        active: { planId: "silver", nextChargeAt: new Date("2030-06-28T06:35:02Z") },
      }),
      promotion: ok({
        name: "Summer Sale",
        description: "Everything cheaper",
        endsAt: new Date(Date.now() + 90_061_000),
      }),
    },
    async getGroups() {
      return answer("groups", () => fake.answers.groups);
    },
    async getItems(groupId) {
      return answer(
        `items:${groupId}`,
        () => fake.answers.items[groupId] ?? err({ kind: "http", status: 404 }),
      );
    },
    async getVcPackages() {
      return answer("packages", () => fake.answers.packages);
    },
    async getSubscriptions() {
      return answer("subscriptions", () => fake.answers.subscriptions);
    },
    async getPromotion() {
      return answer("promotion", () => fake.answers.promotion);
    },
    async checkout(target) {
      const key = target.kind === "plan" ? target.planId : target.sku;
      return answer(`checkout:${key}`, () => fake.answers.checkout);
    },
    async giftCheckout(target, gift) {
      fake.gifts.push(gift);
      const key = target.kind === "plan" ? target.planId : target.sku;
      return answer(`giftCheckout:${key}`, () => fake.answers.giftCheckout);
    },
    async listFriends(query, offset, limit) {
      return answer(`friends:${query}:${offset}:${limit}`, () => fake.answers.friends);
    },
    async buyWithVc(sku, vcSku) {
      return answer(`buyWithVc:${sku}:${vcSku}`, () => fake.answers.buyWithVc);
    },
    async claimFree(sku, signal) {
      return answer(`claim:${sku}`, () => fake.answers.claim, signal);
    },
    async getOrderStatus(orderId) {
      const statuses = fake.answers.orderStatuses;
      const next = statuses.length > 1 ? statuses.shift() : statuses[0];
      return answer(`order:${orderId}`, () => next ?? ok("done" as OrderStatus));
    },
    async getBalance(signal) {
      return answer("balance", () => fake.answers.balance, signal);
    },
  };
  /** Answers after the gate opens; a call whose signal was aborted meanwhile fails as fetch would. */
  async function answer<T>(name: string, value: () => T, signal?: AbortSignal): Promise<T> {
    fake.calls.push(name);
    if (fake.gate) await fake.gate;
    if (signal?.aborted) return err({ kind: "aborted" }) as T;
    return value();
  }
  return fake;
}
