import { retrying } from "../core/lazy";
import { ok } from "../core/result";
import type { ApiResult, BackendConfig, FriendsPage } from "./backend";
import { get } from "./shared";

/** The friend list's schema and mapping: fetched with the first request, in the picker. */
const schemas = retrying(() => import("./friends-schemas"));

/** The game server answers errors in the Merchant API's shape, like its token endpoint. */
const readError = async (body: unknown) => (await schemas()).readMerchantError(body);

/**
 * The game server's friend list for gifts: `GET {friendsUrl}?query=TEXT&offset=N&limit=M`.
 * The server answers for the player of its own session, so nothing here says who that is.
 * Null when the widget was given no `friendsUrl`.
 */
export function friendsClient(config: BackendConfig) {
  const { friendsUrl } = config;
  if (!friendsUrl) return null;
  return async (
    query: string,
    offset: number,
    limit: number,
    signal?: AbortSignal,
  ): ApiResult<FriendsPage> => {
    const url = new URL(friendsUrl);
    url.searchParams.set("query", query);
    url.searchParams.set("offset", String(offset));
    url.searchParams.set("limit", String(limit));
    const result = await get(config, {
      url: url.href,
      schema: schemas().then((m) => m.FriendsListSchema),
      readError,
      signal,
    });
    return result.ok ? ok((await schemas()).toFriendsPage(result.value)) : result;
  };
}
