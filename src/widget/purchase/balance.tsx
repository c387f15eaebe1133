import { describeError } from "../../core/i18n/describe-error";
import { SectionError, useI18n, useSignal } from "../../ui";
import { useWidget } from "../context";

/**
 * The signed-in player's virtual currency, when the backend tells it; when it cannot be read,
 * the section's error with a Reload that reads only the balance again.
 */
export function Balance() {
  const i18n = useI18n();
  const { purchases } = useWidget();
  const balances = useSignal(purchases.balance);
  const error = useSignal(purchases.balanceError);
  if (error) {
    return (
      <SectionError
        section={i18n.t("sectionBalance")}
        message={describeError(error, i18n)}
        detail={error.serverMessage}
        onRetry={() => void purchases.refresh()}
      />
    );
  }
  if (balances.length === 0) return null;
  const amounts = i18n.list(
    balances.map((b) =>
      i18n.t("vcPrice", {
        amount: i18n.number(b.amount),
        currency: b.name ?? i18n.t("vcFallbackName"),
      }),
    ),
  );
  return <p class="gs-balance">{i18n.t("balance", { amounts })}</p>;
}
