import { useLayoutEffect, useRef } from "preact/hooks";
import type { Transaction, TransactionKind } from "../../api/account";
import type { I18n } from "../../core/i18n";
import { Button, Skeleton, useI18n, useSignal } from "../../ui";
import { PartError } from "../part-error";
import { SectionFrame } from "../section-frame";
import type { PurchasesModel } from "./model";

const KIND_WORDS = {
  payment: "accountKindPayment",
  coupon: "accountKindCoupon",
  "in-game-purchase": "accountKindInGame",
  cancellation: "accountKindCancellation",
  other: "accountKindOther",
} as const satisfies Record<TransactionKind, string>;

/** What the row was about: the coupon's code, else the vendor's words for what was bought. */
function what(row: Transaction, i18n: I18n): string {
  if (row.couponCode) return i18n.t("accountCouponRow", { code: row.couponCode });
  return row.description || i18n.t(KIND_WORDS[row.kind]);
}

/** Money paid through Intl, else the virtual currency moved, else nothing to say. */
function amountOf(row: Transaction, i18n: I18n): string | null {
  if (row.amount) return i18n.money(row.amount.amount, row.amount.currency);
  if (row.vcAmount !== null)
    return i18n.t("vcPrice", {
      amount: i18n.number(row.vcAmount),
      currency: i18n.t("vcFallbackName"),
    });
  return null;
}

function Row({ row }: { row: Transaction }) {
  const i18n = useI18n();
  const amount = amountOf(row, i18n);
  return (
    <li
      class="gs-account-row"
      tabIndex={-1}
      data-kind={row.kind}
      data-failed={row.failed || undefined}
    >
      <time class="gs-account-date" dateTime={row.date.toISOString()}>
        {i18n.date(row.date)}
      </time>
      <span class="gs-account-what">
        <bdi>{what(row, i18n)}</bdi>
      </span>
      {amount && <span class="gs-account-amount">{amount}</span>}
      <span class="gs-account-kind">
        {row.failed
          ? i18n.t("accountKindFailed", { kind: i18n.t(KIND_WORDS[row.kind]) })
          : i18n.t(KIND_WORDS[row.kind])}
      </span>
    </li>
  );
}

/** Under the rows: "Show older purchases", what its last window found, and where it stops. */
function Older({ model, onOlder }: { model: PurchasesModel; onOlder(): void }) {
  const i18n = useI18n();
  const older = useSignal(model.older);
  const reach = useSignal(model.reach);
  const end = reach >= model.limit;
  const said =
    older.kind === "none"
      ? i18n.t("accountOlderNone", { from: i18n.date(older.from), to: i18n.date(older.to) })
      : "";
  return (
    <>
      {/* Always there, so that "nothing older" is announced when it appears. */}
      <p class="gs-empty" role="status" tabIndex={-1}>
        {said}
        {said && end && " "}
        {end && i18n.t("accountOlderEnd", { days: i18n.number(reach) })}
      </p>
      {older.kind === "failed" && (
        <PartError
          title={i18n.t("accountOlderFailed")}
          error={older.error}
          retryLabel={i18n.t("accountOlder")}
          onRetry={onOlder}
        />
      )}
      {!end && older.kind !== "failed" && (
        <Button variant="secondary" onClick={onOlder} busy={older.kind === "loading"}>
          {i18n.t("accountOlder")}
        </Button>
      )}
    </>
  );
}

/** "My purchases": the history, or "not available" where the backend keeps none. */
export function PurchasesSection({ model }: { model: PurchasesModel }) {
  const i18n = useI18n();
  const history = useSignal(model.history);
  const older = useSignal(model.older);
  const reach = useSignal(model.reach);
  const shown = useRef<HTMLDivElement>(null);
  /** How many rows there were when "Show older purchases" was pressed: the focus goes to the next. */
  const firstNew = useRef<number | null>(null);
  const count = history.kind === "ready" ? history.value.length : 0;

  useLayoutEffect(() => {
    const index = firstNew.current;
    if (index === null || older.kind === "loading") return;
    firstNew.current = null;
    const box = shown.current;
    const row = box?.querySelectorAll("li")[index];
    // A window that failed took the button away: the focus goes to its retry. After a window
    // with nothing in it the live region says so, and the focus is on the button (back from
    // the retry, which is gone); at the limit the button is gone too, and the focus goes to
    // the words that say why.
    const to =
      row ??
      box?.querySelector(older.kind === "failed" ? ".gs-error button" : ":scope>button") ??
      box?.querySelector("[role=status]");
    (to as HTMLElement | null | undefined)?.focus();
  }, [count, older, reach]);

  const showOlder = () => {
    firstNew.current = count;
    void model.showOlder();
  };

  return (
    <SectionFrame id="purchases" title={i18n.t("accountPurchasesTitle")}>
      {history.kind === "unavailable" && (
        <p class="gs-empty">{i18n.t("accountPurchasesUnavailable")}</p>
      )}
      {history.kind === "loading" && <Skeleton count={2} lines />}
      {history.kind === "failed" && (
        <PartError
          title={i18n.t("accountPurchasesFailed")}
          error={history.error}
          retryLabel={i18n.t("accountPurchasesRetry")}
          onRetry={() => void model.retry()}
        />
      )}
      {history.kind === "ready" && (
        <div ref={shown}>
          {history.value.length === 0 ? (
            <p class="gs-empty">{i18n.t("accountPurchasesEmpty", { days: i18n.number(reach) })}</p>
          ) : (
            <ul class="gs-account-rows">
              {history.value.map((row) => (
                <Row key={row.id} row={row} />
              ))}
            </ul>
          )}
          <Older model={model} onOlder={showOlder} />
        </div>
      )}
    </SectionFrame>
  );
}
