/**
 * The sandbox's clans, as simple as the demo needs: every demo player is in one guild with a few
 * members who are not players of the sandbox (data/reward-chains-demo.ts), and each test player
 * (`test-…`) has a guild of their own with the same others, so browser tests running side by
 * side never see each other's points. A clan's balance of a clan value point is what the others
 * put in plus what its players earned.
 */

import type { Catalog } from "../data/catalog-types";
import { TEST_PLAYER_ID } from "../data/players";
import type { PlayerRegistry } from "./player-registry";
import { pointsOf } from "./value-points";

/** The most contributors the Store's "top contributors" call lists. */
export const TOP_CONTRIBUTORS = 10;

function clanOf(userId: string): string {
  return TEST_PLAYER_ID.test(userId) ? `own:${userId}` : "demo";
}

interface Contribution {
  name: string;
  amount: number;
}

function contributions(
  players: PlayerRegistry,
  catalog: Catalog,
  userId: string,
  sku: string,
  now: number,
): Contribution[] {
  if (!catalog.clan) return [];
  const clan = clanOf(userId);
  const members = players.members(catalog).filter((record) => clanOf(record.userId) === clan);
  const own = members.map((record) => ({
    name: record.name ?? record.userId,
    amount: pointsOf(record.rewards, catalog, sku, now),
  }));
  const others = catalog.clan.others.map((other) => ({
    name: other.name,
    amount: other.contributed[sku] ?? 0,
  }));
  return [...others, ...own].filter((entry) => entry.amount > 0);
}

/** The player's clan's balance of a clan value point. */
export function clanBalance(
  players: PlayerRegistry,
  catalog: Catalog,
  userId: string,
  sku: string,
  now: number,
): number {
  return contributions(players, catalog, userId, sku, now).reduce((sum, c) => sum + c.amount, 0);
}

/** `[{name, contributed_amount}]`, most first, at most ten. */
export function topContributors(
  players: PlayerRegistry,
  catalog: Catalog,
  userId: string,
  sku: string,
  now: number,
) {
  return contributions(players, catalog, userId, sku, now)
    .sort((a, b) => b.amount - a.amount)
    .slice(0, TOP_CONTRIBUTORS)
    .map(({ name, amount }) => ({ name, contributed_amount: amount }));
}
