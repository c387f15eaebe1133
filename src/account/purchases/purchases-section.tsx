import type { Transaction, TransactionKind } from "../../api/account";
import type { I18n } from "../../core/i18n";
import { Skeleton, useI18n, useSignal } from "../../ui";
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
    <li class="gs-account-row" data-kind={row.kind} data-failed={row.failed || undefined}>
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

/** "My purchases": the history, or "not available" where the backend keeps none. */
export function PurchasesSection({ model }: { model: PurchasesModel }) {
  const i18n = useI18n();
  const history = useSignal(model.history);
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
      {history.kind === "ready" &&
        (history.value.length === 0 ? (
          <p class="gs-empty">
            {i18n.t("accountPurchasesEmpty", { days: i18n.number(model.days) })}
          </p>
        ) : (
          <ul class="gs-account-rows">
            {history.value.map((row) => (
              <Row key={row.id} row={row} />
            ))}
          </ul>
        ))}
    </SectionFrame>
  );
}
