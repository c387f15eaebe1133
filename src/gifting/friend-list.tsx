import { useEffect, useRef, useState } from "preact/hooks";
import type { Friend } from "../api";
import { Button, useI18n } from "../ui";
import { FriendOption } from "./friend-option";
import type { FriendsList } from "./friends-search";

interface FriendListProps {
  list: FriendsList;
  chosen: ReadonlyMap<string, Friend>;
  onToggle(friend: Friend): void;
  onMore(): void;
  onRetry(): void;
  /** Focus had to leave the list (its retry button went away and no friend is shown). */
  onFocusLost(): void;
}

/**
 * The friends of the current search as a multi-select listbox
 * (https://www.w3.org/WAI/ARIA/apg/patterns/listbox/): one tab stop that moves with the
 * arrows, Home and End; Space or a click toggles a friend. Arrow Down on the last friend, or
 * the "Load more friends" button scrolling into view, asks for the next page.
 */
export function FriendList(props: FriendListProps) {
  const { list, chosen, onToggle, onMore, onRetry, onFocusLost } = props;
  const i18n = useI18n();
  const [activeId, setActiveId] = useState<string | null>(null);
  const listbox = useRef<HTMLDivElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const more = useRef<HTMLButtonElement>(null);
  const latestOnMore = useRef(onMore);
  latestOnMore.current = onMore;

  const { friends, query, loading, error, total } = list;
  const activeIndex = Math.max(
    0,
    friends.findIndex((friend) => friend.id === activeId),
  );
  // The button stays while its page loads, so that a keyboard user on it keeps the focus.
  const hasMore = !error && friends.length > 0 && friends.length < total;

  // The button at the end of the list loads the next page by itself when it scrolls into view.
  // The observer is made again for each page, and its first report then says whether the
  // button is still in view, so a list shorter than its box fills up page after page.
  useEffect(() => {
    const button = more.current;
    if (!hasMore || !button || typeof IntersectionObserver === "undefined") return;
    const observer = new IntersectionObserver(
      (entries) => entries.some((entry) => entry.isIntersecting) && latestOnMore.current(),
      { root: scroller.current, rootMargin: "0px 0px 120px 0px" },
    );
    observer.observe(button);
    return () => observer.disconnect();
  }, [hasMore, friends.length]);

  const moveTo = (index: number) => {
    const friend = friends[index];
    if (!friend) return;
    setActiveId(friend.id);
    (listbox.current?.children[index] as HTMLElement | undefined)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const last = friends.length - 1;
    switch (event.key) {
      case "ArrowDown":
        if (activeIndex < last) moveTo(activeIndex + 1);
        else onMore();
        break;
      case "ArrowUp":
        moveTo(activeIndex - 1);
        break;
      case "Home":
        moveTo(0);
        break;
      case "End":
        moveTo(last);
        break;
      case " ": {
        const friend = friends[activeIndex];
        if (friend) onToggle(friend);
        break;
      }
      default:
        return;
    }
    // The arrows and Space would scroll the box as well.
    event.preventDefault();
  };

  const onClick = (event: MouseEvent) => {
    const option = (event.target as Element).closest?.("[role=option]") as HTMLElement | null;
    const friend = friends.find((f) => f.id === option?.dataset.id);
    if (!friend) return;
    setActiveId(friend.id);
    onToggle(friend);
  };

  const retry = () => {
    onRetry();
    // The retry button goes away; the focus goes where the player was.
    if (friends.length) moveTo(activeIndex);
    else onFocusLost();
  };

  const empty = !loading && !error && !friends.length;
  const note = loading && !friends.length ? i18n.t("loading") : "";

  return (
    <div class="gs-gift-scroller" ref={scroller}>
      {friends.length > 0 && (
        <div
          ref={listbox}
          role="listbox"
          aria-multiselectable="true"
          aria-label={i18n.t("giftFriends")}
          aria-busy={loading || undefined}
          class="gs-gift-options"
          onKeyDown={onKeyDown}
          onClick={onClick}
        >
          {friends.map((friend, index) => (
            <FriendOption
              key={friend.id}
              friend={friend}
              selected={chosen.has(friend.id)}
              active={index === activeIndex}
            />
          ))}
        </div>
      )}
      {/* Always present, so that "No friends match" is announced as the player types. */}
      <p class="gs-gift-note" role="status">
        {empty ? (query ? i18n.t("giftNoMatch", { query }) : i18n.t("giftEmpty")) : note}
      </p>
      {error && (
        <div class="gs-error gs-gift-load-error" role="alert">
          <div class="gs-error-text">
            <p class="gs-error-title">{i18n.t("giftLoadFailed")}</p>
            {error.serverMessage && (
              <p class="gs-error-detail">
                {i18n.t("errorDetail", { message: error.serverMessage })}
              </p>
            )}
          </div>
          <Button variant="secondary" onClick={retry}>
            {i18n.t("giftRetry")}
          </Button>
        </div>
      )}
      {hasMore && (
        <button
          type="button"
          class="gs-button gs-gift-more"
          data-variant="secondary"
          ref={more}
          aria-disabled={loading || undefined}
          onClick={onMore}
        >
          {loading ? i18n.t("loading") : i18n.t("giftLoadMore")}
        </button>
      )}
    </div>
  );
}
