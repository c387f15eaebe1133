import type { ProductBase } from "../../api";
import { type ChargeTarget, createPaymentAccountCalls } from "../../api/account/payment-accounts";
import { addEnglish } from "../../core/i18n";
import { enSaved } from "../../core/i18n/en-saved";
import { Button, useI18n, useSignal } from "../../ui";
// Directly, not through ../../ui: a chunk importing the first view's re-export of a module the
// first view does not use makes rolldown split the first view's script into shared chunks.
import { ConfirmDialog } from "../../ui/confirm-dialog";
import { confirmDialogStyles } from "../../ui/confirm-dialog-styles";
import { methodName } from "../../ui/saved-method-name";
import { useWidget } from "../context";
import { DOM_EVENT_PREFIX } from "../events";
import type { BuyRequest } from "../purchase";
import { createSavedModel, oneClickKey, type SavedModel } from "./model";
import type { SavedFeature, SavedFeatureDeps } from "./types";

// Its English comes with it, not with the first view (core/i18n/en-saved.ts).
addEnglish(enSaved);

/** A saved method removed in a widget on the page: the account view's DOM event. */
const REMOVED = `${DOM_EVENT_PREFIX}:payment-method-remove`;

/**
 * One-click buying in the store, a chunk of its own: the saved methods' model, the "Buy with
 * Visa ••1111" of each currency package and item sold for money, and the confirmation. A
 * merchant store with a signed-in player fetches it once its first view is drawn
 * (storefront.ts), and it reads the saved methods at once, and again when any widget of the
 * same project and backend on the page (its own Account panel, or an account view) says the
 * player removed one.
 */
export function createSavedFeature(deps: SavedFeatureDeps): SavedFeature {
  deps.adoptStyles(confirmDialogStyles);
  const model = createSavedModel({
    calls: createPaymentAccountCalls(deps.options.backendConfig),
    purchases: deps.purchases,
    emit: deps.emit,
  });
  void model.load();
  const { backend, backendConfig } = deps.options;
  const onRemoved = (event: Event) => {
    const from = event.target && deps.optionsOf?.get(event.target);
    if (
      from &&
      from.backend === backend &&
      from.backendConfig.projectId === backendConfig.projectId
    )
      void model.refresh();
  };
  document.addEventListener(REMOVED, onRemoved);
  const dispose = model.dispose;
  model.dispose = () => {
    document.removeEventListener(REMOVED, onRemoved);
    dispose();
  };
  return { model, Button: OneClickButton };
}

interface OneClickButtonProps {
  model: SavedModel;
  /** A currency package or an item: only one with a money price gets the button. */
  product: ProductBase;
  request: BuyRequest & { target: ChargeTarget };
}

/**
 * "Buy with Visa ••1111", named "Buy 500 Gold with Visa ••1111": the player's first saved
 * method, for a package or an item sold for money (not one priced only in virtual currency, nor
 * a free one). It keeps the Buy buttons' rules: one purchase at a time, and nothing bought from
 * a cached catalog's prices.
 */
export function OneClickButton({ model: saved, product, request }: OneClickButtonProps) {
  const i18n = useI18n();
  const { purchases, catalog } = useWidget();
  const pending = useSignal(purchases.pending);
  const stale = useSignal(catalog.stale);
  const method = useSignal(saved.methods)[0];
  const open = useSignal(saved.open);
  const price = product.price?.current;
  if (!method || !price || product.isFree) return null;
  const busy = pending === oneClickKey(request.sku);
  const methodText = methodName(method, i18n);
  const label = i18n.t("savedBuyLabel", { name: request.name, method: methodText });
  // The product's name is in the button's name but not on it ("Buy with Visa ••1111"): the
  // visible text stays part of the name, as voice control needs, in every language's order.
  const [before, after] = i18n.t("savedBuyLabel", { method: methodText }).split("{name}");
  return (
    <>
      <Button
        variant="secondary"
        label={busy ? i18n.t("busyLabel", { label }) : undefined}
        inactive={pending !== null || stale || product.limit?.available === 0}
        busy={busy}
        onClick={() => saved.start({ ...request, price })}
      >
        {busy ? (
          <>
            <span class="gs-spinner" aria-hidden="true" />
            {i18n.t("working")}
          </>
        ) : (
          <>
            {before}
            <span class="gs-sr-only">{request.name}</span>
            {after}
          </>
        )}
      </Button>
      {/* Beside its button: a modal dialog shows in the top layer wherever it is. */}
      {open?.request.sku === request.sku && <OneClickDialog saved={saved} />}
    </>
  );
}

/** The confirmation that states the price: "Buy 500 Gold for $4.99 with Visa ••1111?" */
export function OneClickDialog({ saved }: { saved: SavedModel }) {
  const i18n = useI18n();
  const open = useSignal(saved.open);
  if (!open) return null;
  const { request, method } = open;
  return (
    <ConfirmDialog
      key={request.sku}
      title={i18n.t("savedConfirmTitle", {
        name: request.name,
        price: i18n.money(request.price.amount, request.price.currency),
        method: methodName(method, i18n),
      })}
      confirmLabel={i18n.t("savedConfirm")}
      cancelLabel={i18n.t("savedCancel")}
      onConfirm={() => void saved.confirm()}
      onCancel={saved.cancel}
    />
  );
}
