import { type ReadonlySignal, signal } from "@preact/signals-core";
import { Button, useI18n } from "../../ui";
import type { AccountEntry as Entry } from "../context";
import type { PanelSlot } from "../panel-view/slot";

/** A store without the entry (a signed-out player) never opens the panel. */
export const closed: ReadonlySignal<PanelSlot | null> = signal(null);

/**
 * The store's "Account" entry in its header: opens the account view's panel in the catalog's
 * place (app.tsx), and then reads "Back to the store". It is the same button in both states,
 * so the focus stays on it, and the panel follows it in the tab order.
 */
export function AccountEntry({ account, open }: { account: Entry; open: boolean }) {
  const i18n = useI18n();
  return (
    <Button variant="secondary" onClick={open ? account.close : account.open}>
      {i18n.t(open ? "backToStore" : "accountPanel")}
    </Button>
  );
}
