import type { VcPackage } from "../../api";
import { Price, ProductImage, useI18n } from "../../ui";
import { useWidget } from "../context";
import { Bonuses, Labels, LimitNote } from "./product-details";
import { SectionBody } from "./section";

export function PackagesSection() {
  const i18n = useI18n();
  const { catalog, layout } = useWidget();
  const name = i18n.t("sectionPackages");
  return (
    <section class="gs-section" aria-labelledby="gs-packages-title" data-section="packages">
      <h2 class="gs-section-title" id="gs-packages-title">
        {name}
      </h2>
      <SectionBody state={catalog.packages.value} name={name} onRetry={() => catalog.retry("packages")}>
        {(packages) =>
          packages.length === 0 ? (
            <p class="gs-empty">{i18n.t("emptyPackages")}</p>
          ) : (
            <ul class="gs-products" data-layout={layout}>
              {packages.map((p) => (
                <PackageCard key={p.sku} pkg={p} />
              ))}
            </ul>
          )
        }
      </SectionBody>
    </section>
  );
}

function PackageCard({ pkg }: { pkg: VcPackage }) {
  const i18n = useI18n();
  return (
    <li class="gs-card" data-sku={pkg.sku}>
      <ProductImage src={pkg.imageUrl} />
      <div class="gs-card-body">
        <Labels adLabel={pkg.adLabel} offerLabel={pkg.offerLabel} />
        <h3 class="gs-card-name">{pkg.name}</h3>
        {/* The merchant contract names packages after their quantity ("500 Gold"): say it once. */}
        {!nameShowsQuantity(pkg, i18n.number(pkg.quantity)) && (
          <p class="gs-quantity">
            {i18n.t("vcPrice", {
              amount: i18n.number(pkg.quantity),
              currency: pkg.currency?.name ?? i18n.t("vcFallbackName"),
            })}
          </p>
        )}
        {pkg.quantityBeforeDiscount !== null && (
          <p class="gs-card-description">
            {i18n.t("quantityBefore", { quantity: i18n.number(pkg.quantityBeforeDiscount) })}
          </p>
        )}
        {pkg.description && <p class="gs-card-description">{pkg.description}</p>}
        <Bonuses bonusVc={pkg.bonusVc} bonusItems={pkg.bonusItems} />
        <LimitNote limit={pkg.limit} />
      </div>
      <Price money={pkg.price} isFree={pkg.isFree} />
    </li>
  );
}

function nameShowsQuantity(pkg: VcPackage, formatted: string): boolean {
  return pkg.name.includes(String(pkg.quantity)) || pkg.name.includes(formatted);
}
