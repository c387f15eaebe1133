import { useEffect, useId, useRef } from "preact/hooks";
import type { SavedMethod } from "../../api/account/payment-accounts";
import { describeError } from "../../core/i18n/describe-error";
import { Button, SectionError, Skeleton, useI18n, useSignal } from "../../ui";
// Directly, not through ../../ui: only chunks use it (see ui/confirm-dialog.tsx).
import { ConfirmDialog } from "../../ui/confirm-dialog";
import { methodName } from "../../ui/saved-method-name";
import { methodKey, type PaymentMethodsModel } from "./model";

/**
 * The account panel's "Payment methods": the player's saved cards and PayPal accounts, each
 * with "Remove" (named "Remove Visa ••1111") behind a confirmation. Removing the focused row's
 * method would drop the focus; it goes to the section's heading instead. Its owner starts the
 * first read (model.load()); where the backend has no saved methods it draws nothing.
 */
export function PaymentMethodsSection({ model }: { model: PaymentMethodsModel }) {
  const i18n = useI18n();
  const state = useSignal(model.state);
  const confirming = useSignal(model.confirming);
  const removed = useSignal(model.removed);
  const heading = useRef<HTMLHeadingElement>(null);
  const id = useId();
  const title = i18n.t("savedMethodsTitle");

  useEffect(() => {
    const root = heading.current?.getRootNode() as Document | ShadowRoot | undefined;
    const focused = root?.activeElement;
    // The removed row had the focus: it fell to the page (or out of the shadow root).
    if (removed && (!focused?.isConnected || focused.tagName === "BODY")) heading.current?.focus();
  }, [removed]);

  if (!model.available) return null;
  // The panel's section markup (../section-frame.tsx), with a heading the section focuses.
  return (
    <section
      class="gs-account-section gs-methods"
      data-section="payment-methods"
      aria-labelledby={`${id}-title`}
    >
      <h3 id={`${id}-title`} class="gs-account-heading" tabIndex={-1} ref={heading}>
        {title}
      </h3>
      {/* Always there, so that a screen reader hears it fill. */}
      <p class="gs-sr-only" role="status">
        {removed ? i18n.t("savedRemoved", { method: methodName(removed, i18n) }) : ""}
      </p>
      {state.kind === "loading" && <Skeleton count={2} lines />}
      {state.kind === "error" && (
        <SectionError
          section={title}
          message={describeError(state.error, i18n)}
          detail={state.error.serverMessage}
          onRetry={() => void model.load()}
        />
      )}
      {state.kind === "ready" && state.methods.length === 0 && (
        <p class="gs-empty">{i18n.t("savedMethodsEmpty")}</p>
      )}
      {state.kind === "ready" && state.methods.length > 0 && (
        <ul class="gs-methods-list">
          {state.methods.map((method) => (
            <MethodRow key={methodKey(method)} model={model} method={method} />
          ))}
        </ul>
      )}
      {confirming && (
        <ConfirmDialog
          key={methodKey(confirming)}
          title={i18n.t("savedRemoveTitle", { method: methodName(confirming, i18n) })}
          confirmLabel={i18n.t("savedRemove")}
          cancelLabel={i18n.t("savedCancel")}
          onConfirm={model.confirmRemove}
          onCancel={model.cancelRemove}
        >
          <p class="gs-confirm-text">{i18n.t("savedRemoveText")}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}

function MethodRow({ model, method }: { model: PaymentMethodsModel; method: SavedMethod }) {
  const i18n = useI18n();
  const removing = useSignal(model.removing);
  const failure = useSignal(model.failure);
  const name = methodName(method, i18n);
  const key = methodKey(method);
  const busy = removing === key;
  const label = i18n.t("savedRemoveLabel", { method: name });
  const failed = failure && methodKey(failure.method) === key ? failure : null;
  return (
    <li class="gs-method">
      <span class="gs-method-name">{name}</span>
      <Button
        variant="secondary"
        label={busy ? i18n.t("busyLabel", { label }) : label}
        inactive={removing !== null}
        busy={busy}
        onClick={() => model.askRemove(method)}
      >
        {busy ? (
          <>
            <span class="gs-spinner" aria-hidden="true" />
            {i18n.t("working")}
          </>
        ) : (
          i18n.t("savedRemove")
        )}
      </Button>
      {failed && (
        <div class="gs-method-error" role="alert">
          <p>
            {i18n.t("savedRemoveFailed", {
              method: name,
              reason: describeError(failed.error, i18n),
            })}
          </p>
          <Button variant="secondary" inactive={removing !== null} onClick={model.retryRemove}>
            {i18n.t("savedRemoveRetry", { method: name })}
          </Button>
        </div>
      )}
    </li>
  );
}
