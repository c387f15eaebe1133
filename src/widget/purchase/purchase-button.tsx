import type { PerUserLimit } from "../../api";
import { Button, useI18n } from "../../ui";
import { useWidget } from "../context";
import { useSignal } from "../use-signal";
import type { BuyRequest } from "./model";

interface PurchaseButtonProps {
  /** What to buy; a free item is claimed instead (`claim`). */
  request: BuyRequest;
  verb: "buy" | "claim" | "subscribe";
  limit?: PerUserLimit | null;
}

const LABEL = { buy: "buyLabel", claim: "claimLabel", subscribe: "subscribeLabel" } as const;

/**
 * A product's purchase button, named after the product ("Buy 500 Gold"). While any purchase
 * of this widget is in flight it does nothing, and the one being bought says so.
 */
export function PurchaseButton({ request, verb, limit }: PurchaseButtonProps) {
  const i18n = useI18n();
  const { purchases } = useWidget();
  const pending = useSignal(purchases.pending);
  const busy = pending === request.sku;
  return (
    <Button
      label={i18n.t(LABEL[verb], { name: request.name })}
      disabled={limit?.available === 0}
      inactive={pending !== null}
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
