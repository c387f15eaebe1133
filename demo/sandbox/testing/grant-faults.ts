/**
 * Grants that fail on purpose, for tests of an item the game server charged for but could not
 * deliver (game-server/one-click-item.ts answers 502 `not_delivered`). A test marks a player
 * (grant-faults-hook.ts); the vendor, as the game server reaches it, then refuses that
 * player's next `POST .../users/{user_id}/virtual_items/add` with the Merchant API's 500 and
 * adds nothing. One mark fails one grant, and only that player's, so tests running side by side
 * with other players are not disturbed. Everything else the game server asks the vendor,
 * the charge included, goes through as usual.
 */
import type { Upstream } from "../game-server/vendor-client";
import { MERCHANT_BASE } from "../shared/config";
import { merchantError } from "../shared/errors";

export interface GrantFaults {
  /** Makes the player's next grant fail (one more, when some are already waiting). */
  failNext(userId: string): void;
  /** How many of the player's grants are still to fail. */
  pending(userId: string): number;
  /** Uses up one of the player's failures: true when their grant now in hand must fail. */
  take(userId: string): boolean;
}

export function createGrantFaults(): GrantFaults {
  const waiting = new Map<string, number>();
  const pending = (userId: string) => waiting.get(userId) ?? 0;
  return {
    failNext: (userId) => void waiting.set(userId, pending(userId) + 1),
    pending,
    take(userId) {
      const left = pending(userId);
      if (left === 0) return false;
      if (left === 1) waiting.delete(userId);
      else waiting.set(userId, left - 1);
      return true;
    },
  };
}

const GRANT_PATH = new RegExp(
  `^${MERCHANT_BASE}/projects/[^/]+/users/([^/]+)/virtual_items/add/?$`,
);

/** The grant's player, when `request` is a grant; null for anything else. */
function grantedPlayer(request: Request): string | null {
  if (request.method !== "POST") return null;
  const encoded = GRANT_PATH.exec(new URL(request.url).pathname)?.[1];
  if (encoded === undefined) return null;
  try {
    return decodeURIComponent(encoded);
  } catch {
    return encoded;
  }
}

/** The vendor as the game server reaches it, refusing the grants `faults` marks. */
export function withGrantFaults(vendor: Upstream, faults: GrantFaults): Upstream {
  return {
    fetch(request) {
      const player = grantedPlayer(request);
      if (player === null || !faults.take(player)) return vendor.fetch(request);
      return merchantError(
        500,
        "Internal Server Error",
        "The server could not complete the request. (a sandbox fault: the grant was refused)",
      );
    },
  };
}
