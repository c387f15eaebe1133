import { useLayoutEffect, useRef } from "preact/hooks";
import type { VcBalance } from "../../api";
import { Button, Skeleton, useI18n, useSignal } from "../../ui";
import { PartError } from "../part-error";
import { SectionFrame } from "../section-frame";
import { ThingList } from "../thing-list";
import type { ItemsModel } from "./model";

function BalanceLine({ balances }: { balances: VcBalance[] }) {
  const i18n = useI18n();
  if (balances.length === 0) return null;
  const amounts = i18n.list(
    balances.map((b) =>
      i18n.t("vcPrice", {
        amount: i18n.number(b.amount),
        currency: b.name ?? i18n.t("vcFallbackName"),
      }),
    ),
  );
  return <p class="gs-account-balance">{i18n.t("accountBalance", { amounts })}</p>;
}

/** "My items": the balance, then the player's items with "Show more" while pages remain. */
export function ItemsSection({ model }: { model: ItemsModel }) {
  const i18n = useI18n();
  const items = useSignal(model.items);
  const nextOffset = useSignal(model.nextOffset);
  const more = useSignal(model.more);
  const balance = useSignal(model.balance);
  const list = useRef<HTMLDivElement>(null);
  /** How many rows there were when "Show more" was pressed: the focus goes to the next. */
  const firstNew = useRef<number | null>(null);
  const count = items.kind === "ready" ? items.value.length : 0;

  useLayoutEffect(() => {
    const index = firstNew.current;
    if (index === null || more.kind === "loading") return;
    firstNew.current = null;
    const row = list.current?.querySelectorAll("li")[index];
    // A page that failed took "Show more" away: the focus goes to its retry instead. Without a
    // new row (an empty page), the focus stays where it is.
    const retry = list.current?.querySelector<HTMLElement>(".gs-error button");
    if (row) row.focus();
    else if (more.kind === "failed") retry?.focus();
  }, [count, more]);

  const showMore = () => {
    firstNew.current = count;
    void model.showMore();
  };

  return (
    <SectionFrame id="items" title={i18n.t("accountItemsTitle")}>
      {balance.kind === "ready" && <BalanceLine balances={balance.value} />}
      {balance.kind === "failed" && (
        <PartError
          title={i18n.t("accountBalanceFailed")}
          error={balance.error}
          retryLabel={i18n.t("accountBalanceRetry")}
          onRetry={() => void model.retryBalance()}
        />
      )}
      {items.kind === "loading" && <Skeleton count={2} lines />}
      {items.kind === "failed" && (
        <PartError
          title={i18n.t("accountItemsFailed")}
          error={items.error}
          retryLabel={i18n.t("accountItemsRetry")}
          onRetry={() => void model.retryItems()}
        />
      )}
      {items.kind === "ready" && (
        <div ref={list}>
          {items.value.length === 0 ? (
            <p class="gs-empty">{i18n.t("accountItemsEmpty")}</p>
          ) : (
            <ThingList things={items.value} />
          )}
          {more.kind === "failed" && (
            <PartError
              title={i18n.t("accountItemsMoreFailed")}
              error={more.error}
              retryLabel={i18n.t("accountItemsMore")}
              onRetry={showMore}
            />
          )}
          {nextOffset !== null && more.kind !== "failed" && (
            <Button variant="secondary" onClick={showMore} busy={more.kind === "loading"}>
              {i18n.t("accountItemsMore")}
            </Button>
          )}
        </div>
      )}
    </SectionFrame>
  );
}
