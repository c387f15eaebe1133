import { useState } from "preact/hooks";

/** "John Carter" -> "JC", "张伟" -> "张": up to two first letters, whole characters. */
export function initials(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .slice(0, 2)
    .map((word) => Array.from(word)[0] ?? "")
    .join("")
    .toLocaleUpperCase();
}

/**
 * A friend's picture, or their initials in a circle when they have none or it fails to load.
 * Decorative either way: the friend's name is next to it as text.
 */
export function FriendAvatar({ name, src }: { name: string; src: string | null }) {
  const [failed, setFailed] = useState(false);
  if (!src || failed) {
    return (
      <span class="gs-gift-avatar" aria-hidden="true">
        {initials(name)}
      </span>
    );
  }
  return (
    <img
      class="gs-gift-avatar"
      src={src}
      alt=""
      loading="lazy"
      decoding="async"
      width={40}
      height={40}
      onError={() => setFailed(true)}
    />
  );
}
