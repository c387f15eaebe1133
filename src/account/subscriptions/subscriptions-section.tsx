import { useLayoutEffect, useRef, useState } from "preact/hooks";
import type { PlayerSubscription, SubscriptionChange } from "../../api/account/subscriptions";
import { describeError } from "../../core/i18n/describe-error";
import { Button, useI18n, useSignal } from "../../ui";
import { ConfirmDialog } from "../../ui/confirm-dialog";
import { PartError } from "../part-error";
import { SectionFrame } from "../section-frame";
import type { SubscriptionsModel } from "./model";
import { SubscriptionRow } from "./subscription-row";

/** The change the player is being asked to confirm, and the button that asked. */
interface Asking {
  row: PlayerSubscription;
  change: SubscriptionChange;
  opener: HTMLElement;
}

/**
 * "My subscriptions": each plan with its status, next charge and price, and the changes the
 * backend allows, each behind a confirmation that says what will happen. A change's outcome is
 * said once below the list; a failed one has its own retry.
 */
export function SubscriptionsSection({ model }: { model: SubscriptionsModel }) {
  const i18n = useI18n();
  const list = useSignal(model.list);
  const change = useSignal(model.change);
  const [asking, setAsking] = useState<Asking | null>(null);
  const section = useRef<HTMLDivElement>(null);
  // Where the focus goes once the dialog is gone: the button that opened it, or, when the
  // change took that button away, the row's status line.
  const focusAfter = useRef<{ opener: HTMLElement; rowId: string } | null>(null);

  useLayoutEffect(() => {
    const target = focusAfter.current;
    if (!target || asking) return;
    if (target.opener.isConnected) target.opener.focus();
    else {
      const rows = section.current?.querySelectorAll<HTMLElement>("[data-subscription-id]") ?? [];
      const row = [...rows].find((element) => element.dataset.subscriptionId === target.rowId);
      row?.querySelector("h4")?.focus();
    }
    // Once the change is settled nothing moves any more, so the focus is left where it is.
    if (change?.state !== "pending") focusAfter.current = null;
  });

  const ask = (row: PlayerSubscription, wanted: SubscriptionChange, opener: HTMLElement) =>
    setAsking({ row, change: wanted, opener });

  const close = (confirmed: boolean) => {
    if (!asking) return;
    focusAfter.current = { opener: asking.opener, rowId: asking.row.id };
    setAsking(null);
    if (confirmed) void model.apply(asking.row.id, asking.change);
  };

  // A widget without the calls (a test's fake account calls) has no such section.
  if (!model.available) return null;
  let body = null;
  if (list.kind === "signed-out") body = <p class="gs-empty">{i18n.t("subsSignIn")}</p>;
  else if (list.kind === "loading")
    body = (
      <p class="gs-empty" role="status">
        {i18n.t("subsLoading")}
      </p>
    );
  else if (list.kind === "failed")
    body = (
      <PartError
        title={i18n.t("subsLoadFailed")}
        error={list.error}
        retryLabel={i18n.t("subsReload")}
        onRetry={() => void model.load()}
      />
    );
  else if (list.subscriptions.length === 0) body = <p class="gs-empty">{i18n.t("subsEmpty")}</p>;
  else
    body = (
      <ul class="gs-subs-list">
        {list.subscriptions.map((row) => (
          <SubscriptionRow
            key={row.id}
            row={row}
            changes={model.changesFor(row)}
            pending={change?.state === "pending" && change.id === row.id ? change.change : null}
            onAsk={ask}
          />
        ))}
      </ul>
    );

  const name = change?.planName ?? "";
  const cancel = change?.change === "cancel";
  return (
    <SectionFrame id="subscriptions" title={i18n.t("subsTitle")}>
      <div ref={section} class="gs-subs">
        {body}
        <p class="gs-subs-notice" role="status">
          {change?.state === "done" && i18n.t(cancel ? "subsCanceled" : "subsStopped", { name })}
        </p>
        {change?.state === "failed" && change.error && (
          <div class="gs-error" role="alert">
            <p class="gs-error-text">
              {i18n.t(cancel ? "subsCancelFailed" : "subsStopFailed", {
                name,
                reason: describeError(change.error, i18n),
              })}
            </p>
            <Button variant="secondary" onClick={() => void model.retryChange()}>
              {i18n.t("subsRetry")}
            </Button>
          </div>
        )}
        {asking && <Confirm asking={asking} onClose={close} />}
      </div>
    </SectionFrame>
  );
}

function Confirm({ asking, onClose }: { asking: Asking; onClose(confirmed: boolean): void }) {
  const i18n = useI18n();
  const { row } = asking;
  const name = row.planName;
  const cancel = asking.change === "cancel";
  const text = cancel
    ? i18n.t("subsCancelText", { name })
    : row.nextCharge
      ? i18n.t("subsStopTextDate", { name, date: i18n.date(row.nextCharge) })
      : i18n.t("subsStopText", { name });
  return (
    <ConfirmDialog
      title={i18n.t(cancel ? "subsCancelTitle" : "subsStopTitle", { name })}
      confirmLabel={i18n.t(cancel ? "subsConfirmCancel" : "subsConfirmStop")}
      cancelLabel={i18n.t("subsKeep")}
      onConfirm={() => onClose(true)}
      onCancel={() => onClose(false)}
    >
      <p class="gs-confirm-text">{text}</p>
    </ConfirmDialog>
  );
}
