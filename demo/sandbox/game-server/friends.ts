/**
 * The game server's friend lists, in seed 004's `friends_list` shape
 * `[{"friends": [{id, name, email, image_url}], "total": N}]` (total: how many friends match
 * the search, not how many are on the page):
 *
 * - `GET /friends?query=TEXT&offset=N&limit=M` for the widget's gift picker: the friends of the
 *   session's player, whatever the browser sends; 401 when signed out.
 * - the same page for the vendor's signed friend list request (friends-list-listener.ts).
 *
 * Bad paging answers the Merchant API's 422 with the problem per parameter.
 */
import { Hono } from "hono";
import { type FriendEntry, searchFriends } from "../data/friends";
import { merchantError, merchantInvalid } from "../shared/errors";
import type { Sessions } from "./session";

export const DEFAULT_FRIENDS_LIMIT = 20;
/** The most friends one page holds. */
export const MAX_FRIENDS_LIMIT = 50;
/** The longest search. */
export const MAX_FRIENDS_QUERY = 100;

export interface FriendsQuery {
  query: string;
  offset: number;
  limit: number;
}

/** The query's search and paging, or the Merchant API's 422 naming each bad parameter. */
export function readFriendsQuery(
  get: (name: string) => string | undefined,
): FriendsQuery | Response {
  const errors: Record<string, string[]> = {};
  const number = (name: string, fallback: number, min: number, max: number) => {
    const raw = get(name);
    if (raw === undefined || raw === "") return fallback;
    if (!/^\d{1,9}$/.test(raw) || Number(raw) < min || Number(raw) > max) {
      errors[name] = [
        `"${name}" must be an integer from ${min} to ${max}; got ${JSON.stringify(raw)}`,
      ];
      return fallback;
    }
    return Number(raw);
  };
  const offset = number("offset", 0, 0, 1e9);
  const limit = number("limit", DEFAULT_FRIENDS_LIMIT, 1, MAX_FRIENDS_LIMIT);
  const query = get("query") ?? "";
  if (query.length > MAX_FRIENDS_QUERY) {
    errors.query = [`"query" must be at most ${MAX_FRIENDS_QUERY} characters long`];
  }
  return Object.keys(errors).length > 0 ? merchantInvalid(errors) : { query, offset, limit };
}

/** A friend on the wire; a picture's URL points back at the origin that was asked. */
function renderFriend(friend: FriendEntry, origin: string) {
  return {
    id: friend.id,
    name: friend.name,
    email: friend.email,
    image_url: friend.picture
      ? `${origin}/images/friend/${encodeURIComponent(friend.id)}.svg`
      : null,
  };
}

/** One page of the player's friends matching the search, in the seed's shape. */
export function friendsPage(
  playerId: string,
  { query, offset, limit }: FriendsQuery,
  origin: string,
) {
  const matching = searchFriends(playerId, query);
  return [
    {
      friends: matching.slice(offset, offset + limit).map((friend) => renderFriend(friend, origin)),
      total: matching.length,
    },
  ];
}

/** `GET /friends`, for the session's player. */
export function createFriendsApi(sessions: Sessions) {
  const app = new Hono();
  app.get("/friends", (c) => {
    const player = sessions.playerOf(c);
    if (!player) {
      return merchantError(
        401,
        "Sign in to see your friends",
        "There is no signed-in player in this session. Sign in to the game and try again.",
      );
    }
    const read = readFriendsQuery((name) => c.req.query(name));
    if (read instanceof Response) return read;
    c.header("Cache-Control", "no-store");
    return c.json(friendsPage(player.id, read, new URL(c.req.url).origin));
  });
  return app;
}
