import type {
  PlayerSubscription,
  SubscriptionChange,
  SubscriptionStatus,
} from "../../api/account/subscriptions";
import type { I18n } from "../../core/i18n";
import { Button, useI18n } from "../../ui";

const STATUS_WORDS = {
  active: "subsStatusActive",
  "non-renewing": "subsStatusNonRenewing",
  canceled: "subsStatusCanceled",
  paused: "subsStatusPaused",
  new: "subsStatusNew",
} as const satisfies Record<SubscriptionStatus, string>;

/** "9,99 $ / month", or the amount alone when the period is not said. */
function priceText(i18n: I18n, row: PlayerSubscription): string | null {
  const { price, period } = row;
  if (!price) return null;
  const amount = i18n.money(price.amount, price.currency);
  if (!period || period.unit === "lifetime") return amount;
  const every = i18n.plural(period.unit === "day" ? "periodDay" : "periodMonth", period.value);
  return i18n.t("pricePerPeriod", { price: amount, period: every });
}

interface SubscriptionRowProps {
  row: PlayerSubscription;
  changes: SubscriptionChange[];
  /** The change on its way for this row, if any: its button shows it and the others wait. */
  pending: SubscriptionChange | null;
  onAsk(row: PlayerSubscription, change: SubscriptionChange, opener: HTMLElement): void;
}

/** One plan: its name, status in words, dates, price and the changes it allows. */
export function SubscriptionRow({ row, changes, pending, onAsk }: SubscriptionRowProps) {
  const i18n = useI18n();
  const name = row.planName;
  const price = priceText(i18n, row);
  const ends = row.endsAt && {
    key: row.status === "canceled" ? ("subsEndedOn" as const) : ("subsEndsOn" as const),
    date: i18n.date(row.endsAt),
  };
  return (
    <li class="gs-subs-row" data-subscription-id={row.id} data-status={row.status}>
      <div class="gs-subs-about">
        {/* Focusable from script only: where the focus lands when a change took its button away. */}
        <h4 class="gs-subs-name" tabIndex={-1}>
          <bdi>{name}</bdi>
        </h4>
        <p class="gs-subs-status">
          {i18n.t("subsStatus", { status: i18n.t(STATUS_WORDS[row.status]) })}
        </p>
        {row.nextCharge && <p>{i18n.t("subsNextCharge", { date: i18n.date(row.nextCharge) })}</p>}
        {ends && <p>{i18n.t(ends.key, { date: ends.date })}</p>}
        {price && <p>{i18n.t("subsPrice", { price })}</p>}
      </div>
      {changes.length > 0 && (
        <div class="gs-account-actions">
          {changes.map((change) => (
            <Button
              key={change}
              variant="secondary"
              busy={pending === change}
              inactive={pending !== null}
              onClick={(event) => onAsk(row, change, event.currentTarget as HTMLElement)}
            >
              {i18n.t(change === "cancel" ? "subsCancel" : "subsStopRenewal", { name })}
            </Button>
          ))}
        </div>
      )}
    </li>
  );
}
