/**
 * Each player's friends, as the studio's game server keeps them (seed 004's friend list):
 * the demo players are friends of one another, some with a picture the sandbox draws
 * (/images/friend/{id}.svg), some without. Test players have friends of their own, derived
 * from their id (test-friends.ts), so tests never share them.
 */
import { DEMO_PLAYERS, findPlayer } from "./players";
import {
  testFriendCount,
  testFriendHasPicture,
  testFriendId,
  testFriendName,
} from "./test-friends";

export interface FriendEntry {
  id: string;
  name: string;
  email: string;
  /** Whether the friend has a picture; the game server builds its URL. */
  picture: boolean;
}

/** Who is friends with whom among the demo players; friendship goes both ways. */
const DEMO_FRIENDSHIPS: readonly (readonly [string, string])[] = [
  ["demo-player-1", "demo-player-2"],
  ["demo-player-1", "demo-player-3"],
  ["demo-player-1", "friend-john-carter"],
  ["demo-player-1", "friend-john-smith"],
  ["demo-player-1", "friend-mei-lin"],
  ["demo-player-1", "friend-ivan-ivanov"],
  ["demo-player-2", "demo-player-3"],
  ["demo-player-2", "friend-john-carter"],
  ["demo-player-3", "friend-mei-lin"],
  ["friend-john-carter", "friend-john-smith"],
];

/** Demo players without a picture. */
const NO_PICTURE = new Set(["demo-player-3", "friend-john-smith", "friend-ivan-ivanov"]);

function demoFriendsOf(playerId: string): FriendEntry[] {
  const ids = DEMO_FRIENDSHIPS.flatMap(([a, b]) =>
    a === playerId ? [b] : b === playerId ? [a] : [],
  );
  return DEMO_PLAYERS.filter((player) => ids.includes(player.id)).map((player) => ({
    id: player.id,
    name: player.name,
    email: player.email,
    picture: !NO_PICTURE.has(player.id),
  }));
}

function testFriendsOf(playerId: string): FriendEntry[] {
  return Array.from({ length: testFriendCount(playerId) }, (_, i) => {
    const id = testFriendId(playerId, i + 1);
    return {
      id,
      name: testFriendName(i + 1),
      email: `${id}@test.example`,
      picture: testFriendHasPicture(i + 1),
    };
  });
}

/** The player's friends, in the order the game shows them; none for an unknown player. */
export function friendsOf(playerId: string): FriendEntry[] {
  if (!findPlayer(playerId)) return [];
  return playerId.startsWith("test-") ? testFriendsOf(playerId) : demoFriendsOf(playerId);
}

/** The player's friends whose name holds `query`, ignoring case; all of them for "". */
export function searchFriends(playerId: string, query: string): FriendEntry[] {
  const needle = query.trim().toLocaleLowerCase("en");
  const all = friendsOf(playerId);
  return needle
    ? all.filter((friend) => friend.name.toLocaleLowerCase("en").includes(needle))
    : all;
}

/** The player's friend with this id, or undefined when they are not friends. */
export function findFriend(playerId: string, friendId: string): FriendEntry | undefined {
  return friendsOf(playerId).find((friend) => friend.id === friendId);
}

/** Whether the sandbox draws a picture for this player (data/images.ts). */
export function hasPicture(id: string): boolean {
  const player = findPlayer(id);
  if (!player) return false;
  if (!id.startsWith("test-")) return !NO_PICTURE.has(id);
  const n = /-f(\d+)$/.exec(id)?.[1];
  return n === undefined || testFriendHasPicture(Number(n));
}
