import { useState } from "preact/hooks";

/**
 * A product picture that degrades to a drawn placeholder when there is no URL or the image
 * fails to load. Decorative (alt=""): the product's name is always next to it as text.
 */
export function ProductImage({ src }: { src: string | null }) {
  const [failed, setFailed] = useState(false);
  if (!src || failed) {
    return (
      <span class="gs-media" data-placeholder="">
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path
            fill="currentColor"
            d="M12 2 3 7v10l9 5 9-5V7l-9-5Zm0 2.3 6.7 3.7L12 11.7 5.3 8 12 4.3ZM5 9.7l6 3.3v6.6l-6-3.3V9.7Zm8 9.9V13l6-3.3v6.6l-6 3.3Z"
          />
        </svg>
      </span>
    );
  }
  return (
    <img
      class="gs-media"
      src={src}
      alt=""
      loading="lazy"
      decoding="async"
      width={160}
      height={160}
      onError={() => setFailed(true)}
    />
  );
}
