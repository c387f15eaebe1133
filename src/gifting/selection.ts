import { batch, signal } from "@preact/signals-core";
import { type Friend, MAX_GIFT_FRIENDS } from "../api";

/**
 * The friends the player has chosen, by id, in the order chosen. Kept apart from the search,
 * so a friend chosen under one search stays chosen under the next.
 */
export function createSelection(max = MAX_GIFT_FRIENDS) {
  const chosen = signal<ReadonlyMap<string, Friend>>(new Map());
  /** The last choice was refused because `max` friends are chosen already. */
  const refused = signal(false);

  function toggle(friend: Friend) {
    const next = new Map(chosen.value);
    // Unchoosing is always allowed; choosing one more than `max` is not.
    if (!next.delete(friend.id)) {
      if (next.size >= max) {
        refused.value = true;
        return;
      }
      next.set(friend.id, friend);
    }
    batch(() => {
      chosen.value = next;
      refused.value = false;
    });
  }

  return { chosen, refused, toggle, max };
}

export type Selection = ReturnType<typeof createSelection>;
