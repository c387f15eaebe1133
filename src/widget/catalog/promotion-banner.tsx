import { Countdown, Skeleton, useI18n, useSignal } from "../../ui";
import { useWidget } from "../context";
import { SectionBody } from "./section";

/** The running promotion: name, description and a live countdown. Nothing when none runs. */
export function PromotionBanner() {
  const i18n = useI18n();
  const { catalog } = useWidget();
  const state = useSignal(catalog.banner);
  if (state.status === "ready" && !state.data) return null;
  const name = i18n.t("sectionPromotion");
  return (
    <section class="gs-section" aria-label={name} data-section="promotion">
      <SectionBody
        state={state}
        name={name}
        onRetry={() => catalog.retry("promotion")}
        skeleton={<Skeleton count={1} lines />}
      >
        {(promotion) =>
          promotion && (
            <div class="gs-promotion">
              <div>
                <h2 class="gs-promotion-name">{promotion.name}</h2>
                {promotion.description && (
                  <p class="gs-card-description">{promotion.description}</p>
                )}
              </div>
              {promotion.endsAt && <Countdown endsAt={promotion.endsAt} />}
            </div>
          )
        }
      </SectionBody>
    </section>
  );
}
