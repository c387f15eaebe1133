import type { ReadonlySignal } from "@preact/signals-core";
import { signal } from "@preact/signals-core";
import { useSignal } from "../../ui";
import { useWidget } from "../context";
import type { BuyRequest } from "../purchase";
import type { GiftFeature } from "./types";

/** Stands in for the gifts of a store that has none, so that every card reads a signal. */
export const NO_GIFTS: ReadonlySignal<GiftFeature | null> = signal(null);

/**
 * A product's Gift button, named after the product ("Gift 500 Gold"), shown only where gifts
 * are possible (gifting on, a token endpoint and a friend list, and a signed-in player) and
 * once their chunk is there. It keeps the one-purchase-at-a-time rule of the Buy buttons.
 */
export function GiftButton({ request }: { request: BuyRequest }) {
  const gifts = useSignal(useWidget().gifts ?? NO_GIFTS);
  return gifts && <gifts.Button gifts={gifts.model} request={request} />;
}
