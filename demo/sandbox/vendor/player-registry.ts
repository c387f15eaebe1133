/**
 * What the emulated vendor knows about each player of each project, in memory, one registry
 * per sandbox app: the virtual currency balance, the items owned, how much of each per-player
 * limit is used, and the subscriptions. The demo player starts with gold, the catalog's
 * used-up limits and its active plan; everyone else starts with nothing.
 */
import type { Catalog, CatalogItem } from "../data/catalog-types";
import {
  DEMO_USER_ID,
  DEMO_USER_START_BALANCE,
  type DemoPlayer,
  findPlayer,
} from "../data/players";
import { demoPlayerProgress } from "../data/reward-chains-demo";
import type { Clock } from "../shared/clock";
import { DEMO_PROJECT_ID } from "../shared/config";
import { addPoints, emptyProgress, markClaimed, type RewardProgress } from "./value-points";

export const DAY_MS = 86_400_000;

/**
 * What the sandbox keeps of a subscription: "active" renews at `nextChargeAt`; "non_renewing"
 * runs until then and stops; "canceled" ended at `endedAt`. The sandbox never charges again,
 * so the purchase is the last charge.
 */
export type SubscriptionStatus = "active" | "non_renewing" | "canceled";

export interface PlayerSubscription {
  /** The Merchant API plan id, such as "9.99_1_months". */
  planId: string;
  subscriptionId: number;
  createdAt: number;
  /** The end of the paid period: the next charge while active. */
  nextChargeAt: number;
  status: SubscriptionStatus;
  /** When a canceled subscription ended; null otherwise. */
  endedAt: number | null;
}

export interface PlayerRecord {
  userId: string;
  name: string | null;
  email: string | null;
  country: string | null;
  registeredAt: number;
  /** Virtual currency, in the project's one currency. */
  balance: number;
  /** Quantities owned, by SKU, in the order first received. */
  items: Map<string, number>;
  /** How much of each per-player limit is used, by SKU. */
  used: Map<string, number>;
  /**
   * Every subscription the player has had, oldest first. The storefront's active plan and the
   * user subscription calls both read this list (user-subscriptions.ts), so they agree.
   */
  subscriptions: PlayerSubscription[];
  /** Value points and claimed reward-chain steps (value-points.ts). */
  rewards: RewardProgress;
}

/** What a purchase or claim gives a player. */
export interface Grant {
  vc: number;
  items: { sku: string; quantity: number }[];
  /** Limit usage to count, by SKU. */
  limited: { sku: string; quantity: number }[];
  subscription: { planId: string; period: number; unit: "day" | "month" } | null;
  /** Value points earned (an item's `vpRewards`), by value point SKU. */
  points: { sku: string; amount: number }[];
}

export const emptyGrant = (): Grant => ({
  vc: 0,
  items: [],
  limited: [],
  subscription: null,
  points: [],
});

/** A player's limit on an item: null when the item has none. */
export interface LimitState {
  total: number;
  available: number;
}

/** `at` plus a number of days or calendar months, in UTC. */
export function addPeriod(at: number, period: number, unit: "day" | "month"): number {
  if (unit === "day") return at + period * DAY_MS;
  const date = new Date(at);
  date.setUTCMonth(date.getUTCMonth() + period);
  return date.getTime();
}

export function createPlayerRegistry(clock: Clock) {
  const players = new Map<string, PlayerRecord>();
  let lastSubscriptionId = 7000;
  const key = (projectId: number, userId: string) => `${projectId}\u0000${userId}`;

  function blank(userId: string, known?: DemoPlayer): PlayerRecord {
    return {
      userId,
      name: known?.name ?? null,
      email: known?.email ?? null,
      country: known?.country ?? null,
      registeredAt: clock.startedAt,
      balance: 0,
      items: new Map(),
      used: new Map(),
      subscriptions: [],
      rewards: emptyProgress(),
    };
  }

  /**
   * Starts a subscription. A player has one plan at a time (the storefront shows one active
   * plan), so one still running ends as the new one starts.
   */
  function subscribe(
    record: PlayerRecord,
    planId: string,
    createdAt: number,
    nextChargeAt: number,
  ) {
    for (const running of record.subscriptions) {
      if (running.status === "canceled") continue;
      running.status = "canceled";
      running.endedAt = createdAt;
    }
    lastSubscriptionId += 1;
    const subscription: PlayerSubscription = {
      planId,
      subscriptionId: lastSubscriptionId,
      createdAt,
      nextChargeAt,
      status: "active",
      endedAt: null,
    };
    record.subscriptions.push(subscription);
    return subscription;
  }

  /** The demo player's reward-chain progress at sandbox start (reward-chains-demo.ts). */
  function seedDemoProgress(record: PlayerRecord, catalog: Catalog) {
    const at = clock.startedAt;
    for (const [sku, amount] of Object.entries(demoPlayerProgress.points)) {
      addPoints(record.rewards, catalog, sku, amount, at);
    }
    for (const [id, steps] of Object.entries(demoPlayerProgress.claimed)) {
      const chain = catalog.rewardChains.find((c) => c.rewardChainId === Number(id));
      if (!chain) continue;
      for (const step of steps) markClaimed(record.rewards, chain, step, at);
    }
  }

  /** The demo player's state at sandbox start, from what the catalog says they already have. */
  function seedDemoPlayer(record: PlayerRecord, catalog: Catalog) {
    if (catalog.projectId === DEMO_PROJECT_ID) record.balance = DEMO_USER_START_BALANCE;
    for (const item of catalog.items) {
      if (!item.usedByDemoPlayer) continue;
      record.used.set(item.sku, item.usedByDemoPlayer);
      record.items.set(item.sku, item.usedByDemoPlayer);
    }
    if (catalog.projectId === DEMO_PROJECT_ID) seedDemoProgress(record, catalog);
    if (catalog.activePlan) {
      const { merchantId, nextChargeInDays } = catalog.activePlan;
      subscribe(record, merchantId, clock.startedAt, clock.startedAt + nextChargeInDays * DAY_MS);
    }
  }

  /**
   * The player's record, created on first use. Players Xsolla Login knows (the demo players)
   * exist from the start; anyone else exists once a purchase or claim names them.
   */
  function get(catalog: Catalog, userId: string): PlayerRecord {
    const id = key(catalog.projectId, userId);
    let record = players.get(id);
    if (!record) {
      record = blank(userId, findPlayer(userId));
      if (userId === DEMO_USER_ID) seedDemoPlayer(record, catalog);
      players.set(id, record);
    }
    return record;
  }

  /** The player's record if the vendor knows them, without creating a stranger. */
  function find(catalog: Catalog, userId: string): PlayerRecord | undefined {
    const known = players.get(key(catalog.projectId, userId));
    if (known) return known;
    return findPlayer(userId) ? get(catalog, userId) : undefined;
  }

  /** Fills in the name, e-mail and country a token request or a login gave. */
  function remember(
    catalog: Catalog,
    user: { id: string; name?: string; email?: string; country?: string },
  ): PlayerRecord {
    const record = get(catalog, user.id);
    if (user.name) record.name = user.name;
    if (user.email) record.email = user.email;
    if (user.country) record.country = user.country;
    return record;
  }

  /** How much of the item's per-player limit the player has used; 0 for a stranger. */
  function usage(catalog: Catalog, userId: string | null, sku: string): number {
    if (userId === null) return 0;
    return find(catalog, userId)?.used.get(sku) ?? 0;
  }

  function limitOf(catalog: Catalog, userId: string | null, item: CatalogItem): LimitState | null {
    if (item.perUser === undefined) return null;
    const used = usage(catalog, userId, item.sku);
    return { total: item.perUser, available: Math.max(0, item.perUser - used) };
  }

  function apply(catalog: Catalog, userId: string, grant: Grant): PlayerRecord {
    const record = get(catalog, userId);
    record.balance += grant.vc;
    for (const { sku, quantity } of grant.items) {
      record.items.set(sku, (record.items.get(sku) ?? 0) + quantity);
    }
    for (const { sku, quantity } of grant.limited) {
      record.used.set(sku, (record.used.get(sku) ?? 0) + quantity);
    }
    for (const { sku, amount } of grant.points) {
      addPoints(record.rewards, catalog, sku, amount, clock.now());
    }
    if (grant.subscription) {
      const now = clock.now();
      const { planId, period, unit } = grant.subscription;
      subscribe(record, planId, now, addPeriod(now, period, unit));
    }
    return record;
  }

  /** Takes virtual currency; false, changing nothing, when the balance is too low. */
  function spend(catalog: Catalog, userId: string, amount: number): boolean {
    const record = get(catalog, userId);
    if (record.balance < amount) return false;
    record.balance -= amount;
    return true;
  }

  /** Every player the vendor knows in the project (for a clan's members). */
  function members(catalog: Catalog): PlayerRecord[] {
    const prefix = key(catalog.projectId, "");
    return [...players].filter(([id]) => id.startsWith(prefix)).map(([, record]) => record);
  }

  return { get, find, remember, usage, limitOf, apply, spend, members };
}

export type PlayerRegistry = ReturnType<typeof createPlayerRegistry>;
