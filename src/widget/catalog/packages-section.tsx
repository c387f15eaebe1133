import type { VcPackage } from "../../api";
import { Price, ProductImage, useI18n, useSignal } from "../../ui";
import { useWidget } from "../context";
import { FeaturePart } from "../feature-part";
import { PurchaseButton } from "../purchase";
import { Bonuses, Labels, LimitNote } from "./product-details";
import { CatalogSection } from "./section";

export function PackagesSection() {
  const i18n = useI18n();
  const { catalog, layout } = useWidget();
  return (
    <CatalogSection
      id="packages"
      state={useSignal(catalog.packages)}
      name={i18n.t("sectionPackages")}
      onRetry={() => catalog.retry("packages")}
      isEmpty={(packages) => packages.length === 0}
      empty={i18n.t("emptyPackages")}
    >
      {(packages) => (
        <ul class="gs-products" data-layout={layout}>
          {packages.map((p) => (
            <PackageCard key={p.sku} pkg={p} />
          ))}
        </ul>
      )}
    </CatalogSection>
  );
}

function PackageCard({ pkg }: { pkg: VcPackage }) {
  const i18n = useI18n();
  const request = {
    sku: pkg.sku,
    name: pkg.name,
    target: { kind: "package", sku: pkg.sku, quantity: pkg.quantity } as const,
  };
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
      <div class="gs-card-footer">
        <Price money={pkg.price} isFree={pkg.isFree} />
        <PurchaseButton verb="buy" limit={pkg.limit} request={request} />
        <FeaturePart of="saved" part="Button" product={pkg} request={request} />
        {!pkg.isFree && <FeaturePart of="gifts" part="Button" request={request} />}
      </div>
    </li>
  );
}

function nameShowsQuantity(pkg: VcPackage, formatted: string): boolean {
  return pkg.name.includes(String(pkg.quantity)) || pkg.name.includes(formatted);
}
