/**
 * The emulated Xsolla's friend list request to the project's webhook URL (seed 004, "API를
 * 통해 친구 목록 전송"): when a gift's token names no friends, Pay Station asks the game for the
 * giver's friends with
 * `GET {url}?notification_type=friends_list&user=USER_ID&query=TEXT&offset=N&limit=M&sign=SIGN`,
 * signed with the project's secret key (shared/friends-list-signature.ts), and reads
 * `[{"friends": [{id, name, email, image_url}], "total": N}]`.
 */
import { signParameters } from "../shared/friends-list-signature";
import { isObject } from "../shared/request-body";
import type { WebhookTarget } from "./webhooks";

export interface ListedFriend {
  id: string;
  name: string;
  email: string | null;
  image_url: string | null;
}

export interface FriendsListRequest {
  user: string;
  query?: string;
  offset?: number;
  limit?: number;
}

export type FriendsListAnswer =
  | { ok: true; friends: ListedFriend[]; total: number }
  | { ok: false; status: number | null; reason: string };

const text = (value: unknown) => (typeof value === "string" ? value : null);

/** The seed's answer, or null when it is not that shape. */
function parseAnswer(body: unknown): { friends: ListedFriend[]; total: number } | null {
  const [page] = Array.isArray(body) ? body : [];
  if (!isObject(page) || !Array.isArray(page.friends) || typeof page.total !== "number") {
    return null;
  }
  const friends: ListedFriend[] = [];
  for (const entry of page.friends) {
    if (!isObject(entry) || typeof entry.id !== "string" || entry.id === "") return null;
    friends.push({
      id: entry.id,
      name: text(entry.name) ?? entry.id,
      email: text(entry.email),
      image_url: text(entry.image_url),
    });
  }
  return { friends, total: page.total };
}

/** The signed request's URL: the parameters in the seed's order, then `sign`. */
export function friendsListUrl(url: string, secret: string, request: FriendsListRequest): URL {
  const target = new URL(url);
  const parameters = new URLSearchParams({
    notification_type: "friends_list",
    user: request.user,
    query: request.query ?? "",
    offset: String(request.offset ?? 0),
    limit: String(request.limit ?? 20),
  });
  parameters.set("sign", signParameters(parameters, secret));
  target.search = parameters.toString();
  return target;
}

export function createFriendsListClient(deps: {
  target: WebhookTarget;
  url: string;
  secret: string;
}) {
  /** One page of the user's friends, as the game answers; why not, when it does not. */
  return async function requestFriendsList(
    request: FriendsListRequest,
  ): Promise<FriendsListAnswer> {
    try {
      const response = await deps.target.fetch(
        new Request(friendsListUrl(deps.url, deps.secret, request), {
          headers: { Accept: "application/json" },
        }),
      );
      const body: unknown = await response.json().catch(() => undefined);
      if (!response.ok) {
        return {
          ok: false,
          status: response.status,
          reason: `The game answered ${response.status}`,
        };
      }
      const page = parseAnswer(body);
      return page
        ? { ok: true, ...page }
        : {
            ok: false,
            status: response.status,
            reason: "The game's friend list is not in the seed's shape",
          };
    } catch {
      return { ok: false, status: null, reason: "The game's webhook URL could not be reached" };
    }
  };
}

export type FriendsListClient = ReturnType<typeof createFriendsListClient>;
