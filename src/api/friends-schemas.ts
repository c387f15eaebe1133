import { ok } from "../core/result";
import { z } from "../core/zod";
import type { ApiResult, BackendConfig, FriendsPage } from "./backend";
import { absoluteUrl, nonEmpty } from "./mapping";
import { readMerchantError } from "./merchant-error";
import { get } from "./shared";
import { DecimalSchema, IdSchema } from "./shared-schemas";

/*
 * The game server's friend list: its request and its answer, in the seed's `friends_list`
 * shape (004), an array holding one page. A chunk of its own (friends.ts), fetched with the
 * first friend list request, since only a player who opens the gift picker needs it.
 */

/** Ids are numbers in some game servers' databases; the domain keeps strings. */
export const FriendSchema = z.object({
  id: IdSchema,
  name: z.string(),
  email: z.nullish(z.string()),
  image_url: z.nullish(z.string()),
});
export type WireFriend = z.infer<typeof FriendSchema>;

export const FriendsListSchema = z.array(
  z.object({ friends: z.array(FriendSchema), total: DecimalSchema }),
);
export type FriendsList = z.infer<typeof FriendsListSchema>;

/** The page the server sent; an empty array reads as nobody. */
export function toFriendsPage(wire: FriendsList): FriendsPage {
  const page = wire[0];
  if (!page) return { friends: [], total: 0 };
  return {
    friends: page.friends.map((friend) => ({
      id: friend.id,
      name: friend.name,
      email: nonEmpty(friend.email),
      imageUrl: absoluteUrl(friend.image_url),
    })),
    total: page.total,
  };
}

/**
 * One page of the game server's friend list for gifts: `GET {friendsUrl}?query=TEXT&offset=N&limit=M`.
 * The server answers for the player of its own session, so nothing here says who that is; it
 * answers errors in the Merchant API's shape, like its token endpoint.
 */
export async function listFriends(
  config: BackendConfig,
  query: string,
  offset: number,
  limit: number,
  signal?: AbortSignal,
): ApiResult<FriendsPage> {
  const url = new URL(config.friendsUrl as string);
  url.searchParams.set("query", query);
  url.searchParams.set("offset", String(offset));
  url.searchParams.set("limit", String(limit));
  const result = await get(config, {
    url: url.href,
    schema: FriendsListSchema,
    readError: readMerchantError,
    signal,
  });
  return result.ok ? ok(toFriendsPage(result.value)) : result;
}
