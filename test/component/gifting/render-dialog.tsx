import { render } from "@testing-library/preact";
import { vi } from "vitest";
import type { ApiResult, Friend, FriendsPage } from "../../../src/api";
import type { ApiError } from "../../../src/core/errors";
import { createI18n, loadCatalog, resolveLanguage } from "../../../src/core/i18n";
import { ok, type Result } from "../../../src/core/result";
import { GiftDialog, type GiftDialogProps } from "../../../src/gifting";
import { I18nContext } from "../../../src/ui";

/** `count` friends named "Friend 1", "Friend 2"…; every third has no picture. */
export function makeFriends(count: number, name = (n: number) => `Friend ${n}`): Friend[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `f${index + 1}`,
    name: name(index + 1),
    email: `friend${index + 1}@example.com`,
    imageUrl: index % 3 === 2 ? null : `https://img.example/${index + 1}.png`,
  }));
}

export interface FriendsCall {
  query: string;
  offset: number;
  limit: number;
  signal: AbortSignal;
  /** Answers this call now (held calls only). */
  answer(result?: Result<FriendsPage, ApiError>): void;
}

/**
 * A game server's friend list over `friends`: a search matches names containing the query.
 * With `hold`, each call waits until the test answers it, so answers can come in any order.
 */
export function fakeFriendList(friends: Friend[], { hold = false } = {}) {
  const calls: FriendsCall[] = [];
  const pageOf = (query: string, offset: number, limit: number) => {
    const matching = friends.filter((f) => f.name.toLowerCase().includes(query.toLowerCase()));
    return ok({ friends: matching.slice(offset, offset + limit), total: matching.length });
  };
  /** When set, the next calls answer this instead of a page. */
  const state: { failWith: ApiError | null } = { failWith: null };
  const listFriends = vi.fn(
    (query: string, offset: number, limit: number, signal: AbortSignal): ApiResult<FriendsPage> =>
      new Promise((resolve) => {
        const answer = (result?: Result<FriendsPage, ApiError>) =>
          resolve(result ?? pageOf(query, offset, limit));
        calls.push({ query, offset, limit, signal, answer });
        if (state.failWith) resolve({ ok: false, error: state.failWith });
        else if (!hold) answer();
      }),
  );
  return { listFriends, calls, state };
}

/**
 * jsdom has no showModal(); this one opens the dialog as the browser would (without the top
 * layer), and counts its calls.
 */
export const showModal = vi.fn(function (this: HTMLDialogElement) {
  this.setAttribute("open", "");
});
HTMLDialogElement.prototype.showModal = showModal;
HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
  this.removeAttribute("open");
};

/** Renders the picker for "500 Gold" over `friends` (English unless told), like the store. */
export async function renderDialog(
  props: Partial<GiftDialogProps> & { friends?: Friend[]; hold?: boolean } = {},
  locale = "en",
) {
  const { friends = makeFriends(5), hold, ...overrides } = props;
  const server = fakeFriendList(friends, { hold });
  const i18n = createI18n(locale, (await loadCatalog(resolveLanguage(locale))) ?? undefined);
  const base: GiftDialogProps = {
    product: { sku: "gold_500", name: "500 Gold" },
    listFriends: server.listFriends,
    submitting: false,
    error: null,
    onSubmit: vi.fn(),
    onClose: vi.fn(),
    ...overrides,
  };
  const tree = (next: Partial<GiftDialogProps>) => (
    <I18nContext.Provider value={i18n}>
      <GiftDialog {...base} {...next} />
    </I18nContext.Provider>
  );
  const view = render(tree({}));
  return {
    ...server,
    view,
    props: base,
    /** Renders again with some props changed, as the store does when its state moves. */
    update: (next: Partial<GiftDialogProps>) => view.rerender(tree(next)),
  };
}
