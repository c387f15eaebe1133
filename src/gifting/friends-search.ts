import { signal } from "@preact/signals-core";
import type { ApiResult, Friend, FriendsPage } from "../api";
import { type ApiError, apiError } from "../core/errors";

/** Friends asked for per request: a screenful and a half on a phone. */
export const FRIENDS_PAGE_SIZE = 20;
/** How long typing must pause before the search is sent. */
export const SEARCH_DELAY_MS = 250;

export type ListFriends = (
  query: string,
  offset: number,
  limit: number,
  signal: AbortSignal,
) => ApiResult<FriendsPage>;

/** The friends shown for one search, and what is happening to them. */
export interface FriendsList {
  /** The search these friends match (trimmed). */
  query: string;
  /** The pages loaded so far, in the game server's order. */
  friends: Friend[];
  /** How many friends match the search in all, as the last page said. */
  total: number;
  /** A page (the first or a further one) is on its way. */
  loading: boolean;
  /** Why the last page failed; retry() asks for the same page again. */
  error: ApiError | null;
}

/**
 * The friend picker's search and paging. Typing is debounced; each request aborts the one
 * before it, and an answer that is not to the latest request is dropped even if it arrives
 * (a server that ignores the abort cannot show an older search over a newer one).
 */
export function createFriendsSearch(listFriends: ListFriends, pageSize = FRIENDS_PAGE_SIZE) {
  const list = signal<FriendsList>({
    query: "",
    friends: [],
    total: 0,
    loading: true,
    error: null,
  });
  let controller: AbortController | null = null;
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;

  async function fetchPage(query: string, offset: number) {
    clearTimeout(timer);
    controller?.abort();
    const current = new AbortController();
    controller = current;
    const ticket = ++latest;
    const before = list.value;
    list.value =
      offset === 0
        ? { query, friends: [], total: 0, loading: true, error: null }
        : { ...before, loading: true, error: null };
    let result: Awaited<ReturnType<ListFriends>>;
    try {
      result = await listFriends(query, offset, pageSize, current.signal);
    } catch {
      // The port promises a Result; a throwing one still must not leave the list loading.
      result = { ok: false, error: apiError("network") };
    }
    if (disposed || ticket !== latest) return;
    const shown = list.value;
    if (result.ok) {
      // Ids already shown are skipped: a list that changed between pages may repeat a friend.
      const known = new Set(shown.friends.map((friend) => friend.id));
      const fresh = result.value.friends.filter((friend) => !known.has(friend.id));
      const friends = shown.friends.concat(fresh);
      // A page with nothing new is the last one whatever `total` says, so that scrolling
      // never asks for the same empty page forever.
      const total =
        fresh.length === 0 ? friends.length : Math.max(result.value.total, friends.length);
      list.value = { query, friends, total, loading: false, error: null };
    } else if (result.error.kind !== "aborted") {
      list.value = { ...shown, loading: false, error: result.error };
    }
  }

  return {
    list,
    /** The first page, with no search: called once when the picker opens. */
    start: () => fetchPage("", 0),
    /** The search field changed: search for its text once typing pauses. */
    search(text: string) {
      clearTimeout(timer);
      const query = text.trim();
      const shown = list.value;
      // Typing back to what is shown (or adding a space) costs no request.
      if (query === shown.query && !shown.error) return;
      timer = setTimeout(() => void fetchPage(query, 0), SEARCH_DELAY_MS);
    },
    /** The next page of the same search, unless one is loading, failed, or all are shown. */
    loadMore() {
      const shown = list.value;
      if (shown.loading || shown.error || shown.friends.length >= shown.total) return;
      void fetchPage(shown.query, shown.friends.length);
    },
    /** The page that failed, again. */
    retry() {
      const shown = list.value;
      if (shown.error) void fetchPage(shown.query, shown.friends.length);
    },
    dispose() {
      disposed = true;
      clearTimeout(timer);
      controller?.abort();
    },
  };
}

export type FriendsSearch = ReturnType<typeof createFriendsSearch>;
