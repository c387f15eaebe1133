import type { SubscriptionPlan } from "../../api";
import type { I18n } from "../../core/i18n";
import { Price, useI18n } from "../../ui";
import { useWidget } from "../context";
import { Bonuses } from "./product-details";
import { SectionBody } from "./section";

export function PlansSection() {
  const i18n = useI18n();
  const { catalog, layout } = useWidget();
  const name = i18n.t("sectionPlans");
  return (
    <section class="gs-section" aria-labelledby="gs-plans-title" data-section="plans">
      <h2 class="gs-section-title" id="gs-plans-title">
        {name}
      </h2>
      <SectionBody state={catalog.plans.value} name={name} onRetry={() => catalog.retry("plans")}>
        {({ plans, active }) =>
          plans.length === 0 ? (
            <p class="gs-empty">{i18n.t("emptyPlans")}</p>
          ) : (
            <ul class="gs-products" data-layout={layout}>
              {plans.map((plan) => (
                <PlanCard
                  key={plan.id}
                  plan={plan}
                  nextChargeAt={active?.planId === plan.id ? (active.nextChargeAt ?? "active") : null}
                />
              ))}
            </ul>
          )
        }
      </SectionBody>
    </section>
  );
}

export function periodText(i18n: I18n, period: SubscriptionPlan["period"]): string {
  if (period.unit === "lifetime") return i18n.t("periodLifetime");
  return i18n.plural(period.unit === "day" ? "periodDay" : "periodMonth", period.value);
}

/** `nextChargeAt` is the active plan's next charge date, "active" without one, or null. */
function PlanCard({ plan, nextChargeAt }: { plan: SubscriptionPlan; nextChargeAt: Date | "active" | null }) {
  const i18n = useI18n();
  const price = plan.price.current;
  return (
    <li class="gs-card" data-plan-id={plan.id} data-active={nextChargeAt ? "" : undefined}>
      <div class="gs-card-body">
        {nextChargeAt && (
          <p class="gs-labels">
            <span class="gs-label" data-kind="active">
              {i18n.t("activePlan")}
            </span>
          </p>
        )}
        <h3 class="gs-card-name">{plan.name}</h3>
        {plan.description && <p class="gs-card-description">{plan.description}</p>}
        {plan.trialDays ? <p class="gs-plan-meta">{i18n.plural("trial", plan.trialDays)}</p> : null}
        {nextChargeAt instanceof Date && (
          <p class="gs-card-description">{i18n.t("nextCharge", { date: i18n.date(nextChargeAt) })}</p>
        )}
        <Bonuses bonusVc={plan.bonusVc} bonusItems={plan.bonusItems} />
      </div>
      <p class="gs-prices">
        <span class="gs-price">
          {i18n.t("pricePerPeriod", {
            price: i18n.money(price.amount, price.currency),
            period: periodText(i18n, plan.period),
          })}
        </span>
      </p>
      {plan.price.beforeDiscount && <Price money={plan.price} />}
    </li>
  );
}
