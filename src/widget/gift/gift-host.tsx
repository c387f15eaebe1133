import { useSignal } from "../../ui";
import { useWidget } from "../context";
import { NO_GIFTS } from "./gift-button";

/** The gift picker's place in the widget, once the gifts' chunk is there (./feature.tsx). */
export function GiftHost() {
  const gifts = useSignal(useWidget().gifts ?? NO_GIFTS);
  return gifts && <gifts.Picker gifts={gifts.model} />;
}
