import { render } from "@testing-library/preact";
import { vi } from "vitest";
import { createI18n, loadCatalog, resolveLanguage } from "../../src/core/i18n";
import { App } from "../../src/widget/app";
import { createCatalogModel } from "../../src/widget/catalog";
import { createPurchaseModel } from "../../src/widget/purchase";
import type { PurchaseModelDeps } from "../../src/widget/purchase/model";
import { createFakeBackend, type FakeBackend } from "./fake-backend";
import { createFakePayStation } from "./fake-paystation";

/**
 * Renders the whole storefront app in jsdom over a fake backend and a fake launcher, the way
 * mount() wires it, and starts loading the catalog. `prepare` adjusts the fake first.
 */
export async function setup(
  locale = "en",
  prepare?: (fake: FakeBackend) => void,
  purchaseOptions: Partial<PurchaseModelDeps> = {},
) {
  const messages = (await loadCatalog(resolveLanguage(locale))) ?? undefined;
  const backend = createFakeBackend();
  prepare?.(backend);
  const onLoaded = vi.fn();
  const onError = vi.fn();
  const catalog = createCatalogModel({ backend, onLoaded, onError });
  const i18n = createI18n(locale, messages);
  const payStation = createFakePayStation();
  const emit = vi.fn();
  const purchases = createPurchaseModel({
    backend,
    emit,
    payStation: () => payStation,
    payStationOptions: {},
    sandbox: true,
    i18n: () => i18n,
    english: createI18n("en"),
    onChanged: catalog.reloadPlayerState,
    ...purchaseOptions,
  });
  const view = render(
    <App i18n={i18n} theme="light" context={{ catalog, purchases, layout: "grid" }} />,
  );
  const loaded = catalog.load();
  return { backend, catalog, purchases, payStation, emit, onLoaded, onError, view, loaded };
}
