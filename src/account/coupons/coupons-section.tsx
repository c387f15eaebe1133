import { useEffect, useId, useRef, useState } from "preact/hooks";
import type { CouponCurrency } from "../../api/account";
import type { I18n } from "../../core/i18n";
import { Button, useI18n, useSignal } from "../../ui";
import { SectionFrame } from "../section-frame";
import { ThingList } from "../thing-list";
import { couponProblem } from "./coupon-words";
import type { CouponsModel, ShownRewards } from "./model";

function currencyText(currency: CouponCurrency, i18n: I18n) {
  return i18n.t("vcPrice", {
    amount: i18n.number(currency.amount),
    currency: currency.name ?? i18n.t("vcFallbackName"),
  });
}

/** What a coupon gives or gave: its currency, then its items with pictures and quantities. */
function Rewards({ rewards, intro }: { rewards: ShownRewards; intro: string }) {
  const i18n = useI18n();
  const { virtualCurrency, items } = rewards;
  return (
    <div class="gs-account-rewards">
      <p class="gs-account-rewards-intro">{intro}</p>
      {virtualCurrency && <p class="gs-account-currency">{currencyText(virtualCurrency, i18n)}</p>}
      {items.length > 0 && <ThingList things={items} />}
    </div>
  );
}

/**
 * "Coupons": a field and Redeem; the check's offer with its own confirmation; what was
 * received, in a live region; each refusal in an alert that the field points to.
 */
export function CouponsSection({ model }: { model: CouponsModel }) {
  const i18n = useI18n();
  const state = useSignal(model.state);
  const [value, setValue] = useState("");
  const field = useRef<HTMLInputElement>(null);
  const offerBox = useRef<HTMLDivElement>(null);
  const fieldId = useId();
  const problemId = useId();
  const problem = couponProblem(state, i18n);

  // The focus follows the flow: to the offer's Redeem, and back to the field after it.
  useEffect(() => {
    if (state.kind === "offer") offerBox.current?.querySelector("button")?.focus();
    else if (state.kind === "redeemed") {
      setValue("");
      field.current?.focus();
    } else if (problem) field.current?.focus();
  }, [state]);

  const submit = (event: Event) => {
    event.preventDefault();
    void model.check(value);
  };
  const cancel = () => {
    model.cancel();
    field.current?.focus();
  };
  const offer = state.kind === "offer" || state.kind === "redeeming" ? state.rewards : null;

  return (
    <SectionFrame id="coupons" title={i18n.t("accountCouponsTitle")}>
      <form class="gs-account-coupon-form" onSubmit={submit} noValidate>
        <label class="gs-account-label" for={fieldId}>
          {i18n.t("accountCouponField")}
        </label>
        <div class="gs-account-form-row">
          <input
            ref={field}
            id={fieldId}
            class="gs-account-input"
            name="coupon-code"
            type="text"
            autoComplete="off"
            autoCapitalize="characters"
            spellcheck={false}
            translate={false}
            value={value}
            onInput={(event) => setValue(event.currentTarget.value)}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? problemId : undefined}
          />
          <button
            type="submit"
            class="gs-button"
            aria-disabled={state.kind === "redeeming" || undefined}
            aria-busy={state.kind === "checking" || undefined}
          >
            {i18n.t("accountCouponSubmit")}
          </button>
        </div>
      </form>
      {problem && (
        <p class="gs-account-problem" id={problemId} role="alert">
          {problem}
        </p>
      )}
      {offer && (
        <div class="gs-account-offer" ref={offerBox}>
          <Rewards rewards={offer} intro={i18n.t("accountCouponGives", { code: offer.code })} />
          <div class="gs-account-actions">
            <Button
              onClick={() => void model.confirm()}
              inactive={state.kind === "redeeming"}
              busy={state.kind === "redeeming"}
            >
              {i18n.t("accountCouponConfirm", { code: offer.code })}
            </Button>
            {state.kind === "offer" && (
              <Button variant="secondary" onClick={cancel}>
                {i18n.t("accountCouponCancel")}
              </Button>
            )}
          </div>
        </div>
      )}
      {/* Always in the page, so that what appears in it is announced. */}
      <div class="gs-account-status" role="status">
        {state.kind === "checking" && (
          <p>{i18n.t("accountCouponChecking", { code: state.code })}</p>
        )}
        {state.kind === "offer" && (
          <p class="gs-sr-only">{i18n.t("accountCouponGives", { code: state.rewards.code })}</p>
        )}
        {state.kind === "redeemed" && (
          <Rewards
            rewards={state.rewards}
            intro={i18n.t("accountCouponReceived", { code: state.rewards.code })}
          />
        )}
      </div>
    </SectionFrame>
  );
}
