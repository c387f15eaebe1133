import { addEnglish } from "../../core/i18n";
import { enGiftButtons } from "../../core/i18n/en-gift-buttons";
import { Button, useI18n, useSignal } from "../../ui";
import { useWidget } from "../context";
import { type BuyRequest, giftKey } from "../purchase";
import { createGiftModel, type GiftModel, type GiftModelDeps } from "./model";
import type { GiftFeature } from "./types";

// Its English comes with it, not with the first view (core/i18n/en-gift-buttons.ts).
addEnglish(enGiftButtons);
/**
 * Gifts in the store, a chunk of their own: the gift model, the Gift buttons and the place of
 * the picker. A store with gifting on fetches it once its first view is drawn (storefront.ts),
 * and draws the Gift buttons when it is there; a store without gifts never does (./index.ts).
 */
export function createGiftFeature(deps: GiftModelDeps): GiftFeature {
  const model = createGiftModel(deps);
  // Made once the first view is drawn and the browser idle (storefront.ts): the picker's chunk
  // is fetched now, so that the first Gift opens at once.
  model.prefetch();
  return { model, Button: GiftButtonOf, Picker: GiftPicker };
}

export function GiftButtonOf({ model: gifts, request }: { model: GiftModel; request: BuyRequest }) {
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

/**
 * Where the gift picker lives: inside the widget's tree (and so its shadow root, styles and
 * language), drawn while a gift's picker is open and its chunk is there.
 */
export function GiftPicker({ model: gifts }: { model: GiftModel }) {
  const i18n = useI18n();
  const open = useSignal(gifts.open);
  const chunk = useSignal(gifts.chunk);
  const submitting = useSignal(gifts.submitting);
  const error = useSignal(gifts.error);
  if (!open || !chunk) return null;
  const { GiftDialog } = chunk;
  return (
    <GiftDialog
      // A new gift starts a new picker, with nothing chosen.
      key={open.request.sku}
      product={{ sku: open.request.sku, name: open.request.name }}
      listFriends={gifts.listFriends}
      submitting={submitting}
      error={error && { text: error.text(i18n), fields: error.fields }}
      onSubmit={gifts.submit}
      onClose={() => void gifts.close()}
    />
  );
}
