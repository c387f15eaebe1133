/** The studio's demo players, and the throwaway players of browser tests. */
import { parseTestFriendId, testFriendName } from "./test-friends";

/**
 * The player a visitor without a game-server session is signed in as, and whom a Store bearer
 * token of no known form stands for.
 */
export const DEMO_USER_ID = "demo-player-1";

export interface DemoPlayer {
  id: string;
  name: string;
  email: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
}

/**
 * The studio's demo players: the game server's accounts and, with the same ids, the users the
 * emulated Xsolla Login knows. A Store bearer token `<id>-token` is that player's token.
 */
export const DEMO_PLAYERS: readonly DemoPlayer[] = [
  { id: DEMO_USER_ID, name: "Aria", email: "aria@aetherfall.example", country: "US" },
  { id: "demo-player-2", name: "Bram", email: "bram@aetherfall.example", country: "DE" },
  { id: "demo-player-3", name: "Chen", email: "chen@aetherfall.example", country: "CN" },
  // Friends of the demo players (data/friends.ts) who can sign in to see a gift.
  {
    id: "friend-john-carter",
    name: "John Carter",
    email: "carter@aetherfall.example",
    country: "US",
  },
  { id: "friend-john-smith", name: "John Smith", email: "smith@aetherfall.example", country: "GB" },
  { id: "friend-mei-lin", name: "Mei Lin", email: "mei.lin@aetherfall.example", country: "SG" },
  {
    id: "friend-ivan-ivanov",
    name: "Ivan Ivanov",
    email: "ivan@aetherfall.example",
    country: "DE",
  },
];

/**
 * Throwaway players for browser tests: `test-` and up to 40 more letters, digits or dashes.
 * Each starts with nothing, so tests that buy, claim and count never share a player's state.
 */
export const TEST_PLAYER_ID = /^test-[\w-]{1,40}$/;

/**
 * The demo player or test player with this id; undefined for anyone else. The game server
 * signs them in and the emulated Xsolla Login and wallet know them, as they know the demo players.
 */
export function findPlayer(id: unknown): DemoPlayer | undefined {
  const demo = DEMO_PLAYERS.find((player) => player.id === id);
  if (demo || typeof id !== "string" || !TEST_PLAYER_ID.test(id)) return demo;
  // A test player's friend is named as the friend list names them (data/test-friends.ts).
  const friend = parseTestFriendId(id);
  const name = friend ? testFriendName(friend.n) : "Test Player";
  return { id, name, email: `${id}@test.example`, country: "US" };
}

/** The demo player's gold when the sandbox starts; every other player starts with none. */
export const DEMO_USER_START_BALANCE = 1000;
