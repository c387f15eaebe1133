import { useState } from "preact/hooks";

/**
 * A product picture that degrades to a drawn placeholder when there is no URL or the image
 * fails to load. Decorative (alt=""): the product's name is always next to it as text.
 */
export function ProductImage({ src }: { src: string | null }) {
  const [failed, setFailed] = useState(false);
  if (!src || failed) return <span class="gs-media" data-placeholder="" />;
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
