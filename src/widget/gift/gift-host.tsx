import { useI18n, useSignal } from "../../ui";
import { useWidget } from "../context";
import type { GiftModel } from "./model";

/**
 * Where the gift picker lives: inside the widget's tree (and so its shadow root, styles and
 * language), drawn while a gift's picker is open and its chunk is there.
 */
export function GiftHost() {
  const { gifts } = useWidget();
  return gifts ? <GiftPicker gifts={gifts} /> : null;
}

function GiftPicker({ gifts }: { gifts: GiftModel }) {
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
