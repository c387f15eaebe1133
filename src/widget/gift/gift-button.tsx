import { Button, useI18n, useSignal } from "../../ui";
import { useWidget } from "../context";
import { type BuyRequest, giftKey } from "../purchase";
import type { GiftModel } from "./model";

/**
 * A product's Gift button, named after the product ("Gift 500 Gold"), shown only where gifts
 * are possible: gifting on, a token endpoint and a friend list, and a signed-in player. It
 * keeps the one-purchase-at-a-time rule of the Buy buttons.
 */
export function GiftButton({ request }: { request: BuyRequest }) {
  const { gifts } = useWidget();
  return gifts ? <GiftButtonOf gifts={gifts} request={request} /> : null;
}

function GiftButtonOf({ gifts, request }: { gifts: GiftModel; request: BuyRequest }) {
  const i18n = useI18n();
  const { purchases, catalog } = useWidget();
  const pending = useSignal(purchases.pending);
  const stale = useSignal(catalog.stale);
  const busy = pending === giftKey(request.sku);
  const label = i18n.t("giftLabel", { name: request.name });
  return (
    <Button
      variant="secondary"
      label={busy ? i18n.t("busyLabel", { label }) : label}
      inactive={pending !== null || stale}
      busy={busy}
      onClick={(event) => void gifts.start(request, event.currentTarget as HTMLElement)}
    >
      {busy ? (
        <>
          <span class="gs-spinner" aria-hidden="true" />
          {i18n.t("working")}
        </>
      ) : (
        i18n.t("gift")
      )}
    </Button>
  );
}
