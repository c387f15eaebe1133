import type { PerUserLimit } from "../../api";
import { Button, useI18n, useSignal } from "../../ui";
import { useWidget } from "../context";
import type { BuyRequest } from "./model";

interface PurchaseButtonProps {
  /** What to buy; a free item is claimed instead (`claim`). */
  request: BuyRequest;
  /** "subscribed": the player's own plan, shown in the same button so focus stays on it. */
  verb: "buy" | "claim" | "subscribe" | "subscribed";
  limit?: PerUserLimit | null;
}

const LABEL = {
  buy: "buyLabel",
  claim: "claimLabel",
  subscribe: "subscribeLabel",
  subscribed: "subscribedLabel",
} as const;

/**
 * A product's purchase button, named after the product ("Buy 500 Gold"). While any purchase
 * of this widget is in flight it does nothing, and the one being bought says so; so does it
 * while the catalog shown is the cached one (the offline note says why when it lasts).
 */
export function PurchaseButton({ request, verb, limit }: PurchaseButtonProps) {
  const i18n = useI18n();
  const { purchases, catalog } = useWidget();
  const pending = useSignal(purchases.pending);
  // Nothing is bought from the last visit's prices: the button waits for the fresh catalog.
  const stale = useSignal(catalog.stale);
  const busy = pending === request.sku;
  const label = i18n.t(LABEL[verb], { name: request.name });
  return (
    <Button
      // The visible "Please wait…" is in the name too, as the name must hold what is shown.
      label={busy ? i18n.t("busyLabel", { label }) : label}
      // Reached limits stay focusable as well: a claim that uses the last one keeps the focus.
      inactive={pending !== null || stale || limit?.available === 0 || verb === "subscribed"}
      busy={busy}
      onClick={() =>
        verb === "claim"
          ? void purchases.claim(request.sku, request.name)
          : void purchases.buy(request)
      }
    >
      {busy ? (
        <>
          <span class="gs-spinner" aria-hidden="true" />
          {i18n.t("working")}
        </>
      ) : (
        i18n.t(verb)
      )}
    </Button>
  );
}
