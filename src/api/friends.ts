import { apiError } from "../core/errors";
import { retrying } from "../core/lazy";
import { err } from "../core/result";
import type { ApiResult, BackendConfig, FriendsPage } from "./backend";

/**
 * The friend list's request, schema and mapping (friends-schemas.ts): a chunk fetched with the
 * first friend list request, in the picker, since only a player who opens it needs any of it.
 */
const chunk = retrying(() => import("./friends-schemas"));

/**
 * The game server's friend list for gifts (friends-schemas.ts, listFriends), or null when the
 * widget was given no `friendsUrl`. A chunk that does not arrive reads as the network failing.
 */
export function friendsClient(config: BackendConfig) {
  if (!config.friendsUrl) return null;
  return (
    query: string,
    offset: number,
    limit: number,
    signal?: AbortSignal,
  ): ApiResult<FriendsPage> =>
    chunk().then(
      (m) => m.listFriends(config, query, offset, limit, signal),
      () => err(apiError("network")),
    );
}
