/**
 * The friends of the throwaway test players, derived from the player's id so that no two
 * tests share one: `test-abc` has the friends `test-abc-f1` … `test-abc-f8`, and a player
 * whose id starts with `test-many-` has 130 (more than a gift may take, and several pages).
 * Each friend is a test player too, so a test can sign in as one and see what it was given.
 */

/** How many friends a test player has; `test-many-…` players have more than 100. */
export const TEST_FRIEND_COUNT = 8;
export const MANY_TEST_FRIEND_COUNT = 130;

/** The first friends' names, searchable and real-looking, as in seed 004's example. */
const FIRST_NAMES = [
  "John Carter",
  "John Smith",
  "Mei Lin",
  "Ivan Ivanov",
  "Amara Okafor",
  "Lukas Becker",
  "Sofia Rossi",
  "Kenji Sato",
];
/** Given and family names for the rest, combined so that every name differs. */
const GIVEN = [
  "Ana",
  "Bilal",
  "Chloe",
  "Dmitri",
  "Elif",
  "Farah",
  "Goran",
  "Hana",
  "Ines",
  "Jonas",
  "Kwame",
  "Lea",
];
const FAMILY = [
  "Novak",
  "Haddad",
  "Moreau",
  "Petrov",
  "Yilmaz",
  "Khan",
  "Horvat",
  "Tanaka",
  "Silva",
  "Berg",
  "Mensah",
];

/** The name of a test player's `n`th friend (1-based). */
export function testFriendName(n: number): string {
  const fixed = FIRST_NAMES[n - 1];
  if (fixed) return fixed;
  const i = n - FIRST_NAMES.length - 1;
  return `${GIVEN[i % GIVEN.length]} ${FAMILY[Math.floor(i / GIVEN.length) % FAMILY.length]}`;
}

/** Every third friend has no picture, so the widget's placeholder shows. */
export const testFriendHasPicture = (n: number) => n % 3 !== 0;

/** How many friends the test player `id` has. */
export const testFriendCount = (id: string) =>
  id.startsWith("test-many-") ? MANY_TEST_FRIEND_COUNT : TEST_FRIEND_COUNT;

/** The id of a test player's `n`th friend. */
export const testFriendId = (playerId: string, n: number) => `${playerId}-f${n}`;

/** Which friend of which test player an id names: `test-abc-f3` -> test-abc's 3rd; or null. */
export function parseTestFriendId(id: string): { owner: string; n: number } | null {
  const match = /^(test-[\w-]+)-f([1-9]\d{0,2})$/.exec(id);
  if (!match?.[1] || !match[2]) return null;
  const n = Number(match[2]);
  return n <= testFriendCount(match[1]) ? { owner: match[1], n } : null;
}
