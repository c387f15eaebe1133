import type { GiftDialogProps } from "./contract";

/** The gift picker. A placeholder until the picker is built; the store already loads it on demand. */
export function GiftDialog(_props: GiftDialogProps) {
  return null;
}
