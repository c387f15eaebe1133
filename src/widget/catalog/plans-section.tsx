import type { SubscriptionPlan } from "../../api";
import type { I18n } from "../../core/i18n";
import { Price, useI18n, useSignal } from "../../ui";
import { useWidget } from "../context";
import { PurchaseButton } from "../purchase";
import { Bonuses, Labels } from "./product-details";
import { CatalogSection } from "./section";

export function PlansSection() {
  const i18n = useI18n();
  const { catalog, layout } = useWidget();
  return (
    <CatalogSection
      id="plans"
      state={useSignal(catalog.plans)}
      name={i18n.t("sectionPlans")}
      onRetry={() => catalog.retry("plans")}
      isEmpty={({ plans }) => plans.length === 0}
      empty={i18n.t("emptyPlans")}
    >
      {({ plans, active }) => (
        <ul class="gs-products" data-layout={layout}>
          {plans.map((plan) => (
            <PlanCard
              key={plan.id}
              plan={plan}
              nextChargeAt={active?.planId === plan.id ? (active.nextChargeAt ?? "active") : null}
            />
          ))}
        </ul>
      )}
    </CatalogSection>
  );
}

export function periodText(i18n: I18n, period: SubscriptionPlan["period"]): string {
  if (period.unit === "lifetime") return i18n.t("periodLifetime");
  return i18n.plural(period.unit === "day" ? "periodDay" : "periodMonth", period.value);
}

/** `nextChargeAt` is the active plan's next charge date, "active" without one, or null. */
function PlanCard({
  plan,
  nextChargeAt,
}: {
  plan: SubscriptionPlan;
  nextChargeAt: Date | "active" | null;
}) {
  const i18n = useI18n();
  return (
    <li class="gs-card" data-plan-id={plan.id} data-active={nextChargeAt ? "" : undefined}>
      <div class="gs-card-body">
        <Labels
          adLabel={nextChargeAt ? { kind: "active", text: i18n.t("activePlan") } : null}
          offerLabel={plan.offerLabel}
        />
        <h3 class="gs-card-name">{plan.name}</h3>
        {plan.description && <p class="gs-card-description">{plan.description}</p>}
        {plan.trialDays ? <p class="gs-bonus">{i18n.plural("trial", plan.trialDays)}</p> : null}
        {nextChargeAt instanceof Date && (
          <p class="gs-card-description">
            {i18n.t("nextCharge", { date: i18n.date(nextChargeAt) })}
          </p>
        )}
        <Bonuses bonusVc={plan.bonusVc} bonusItems={plan.bonusItems} />
      </div>
      <div class="gs-card-footer">
        <Price
          money={plan.price}
          perPeriod={(price) =>
            i18n.t("pricePerPeriod", { price, period: periodText(i18n, plan.period) })
          }
        />
        {/* The player's own plan is not for sale to them again. */}
        <PurchaseButton
          verb={nextChargeAt ? "subscribed" : "subscribe"}
          request={{
            sku: plan.id,
            name: plan.name,
            target: { kind: "plan", planId: plan.id },
          }}
        />
      </div>
    </li>
  );
}
