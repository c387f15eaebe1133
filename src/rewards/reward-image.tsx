import { ProductImage } from "../ui";

/**
 * A chain's, step's, reward's or value point's picture at a given size (the store's product
 * picture, which falls back to a drawn placeholder); decorative, as its name is beside it.
 */
export function RewardImage({ src, size }: { src: string | null; size: "s" | "m" | "l" }) {
  return (
    <span class="gs-reward-image" data-size={size}>
      <ProductImage src={src} />
    </span>
  );
}
