import type { Friend } from "../api";
import { FriendAvatar } from "./friend-avatar";

interface FriendOptionProps {
  friend: Friend;
  selected: boolean;
  /** The list's one tab stop (roving tabindex). */
  active: boolean;
}

/**
 * One friend in the picker's listbox. Its accessible name is the friend's name alone: the
 * picture is decorative and the tick is drawn by CSS from aria-selected. Clicks and keys are
 * handled by the list, which knows the order.
 */
export function FriendOption({ friend, selected, active }: FriendOptionProps) {
  return (
    <div
      role="option"
      class="gs-gift-option"
      aria-selected={selected}
      tabIndex={active ? 0 : -1}
      data-id={friend.id}
    >
      <FriendAvatar name={friend.name} src={friend.imageUrl} />
      <span class="gs-gift-name">{friend.name}</span>
      <span class="gs-gift-tick" aria-hidden="true" />
    </div>
  );
}
