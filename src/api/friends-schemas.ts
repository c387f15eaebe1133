import { z } from "../core/zod";
import type { FriendsPage } from "./backend";
import { absoluteUrl, nonEmpty } from "./shared";
import { DecimalSchema, IdSchema } from "./shared-schemas";

/*
 * The game server's friend list answer, in the seed's `friends_list` shape (004): an array
 * holding one page. A chunk of its own, fetched with the first friend list request, since
 * only a player who opens the gift picker needs it.
 */

export { readMerchantError } from "./token-endpoint";

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
