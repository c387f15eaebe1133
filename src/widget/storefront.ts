import type { Backend } from "../api";
import { errorCode } from "../core/errors";
import type { I18n } from "../core/i18n";
import { whenIdle } from "../core/idle";
import { retrying } from "../core/lazy";
import type { LauncherChunk, PayStation } from "../paystation";
import { createCatalogModel } from "./catalog";
import type { WidgetContextValue } from "./context";
import { describeErrorForPage } from "./error-message";
import type { StorefrontEvents } from "./events";
import type { ResolvedOptions } from "./options";
import { createPurchaseModel } from "./purchase";

export interface StorefrontDeps {
  backend: Backend;
  options: Pick<ResolvedOptions, "paystation" | "sandbox" | "layout">;
  emit<K extends keyof StorefrontEvents>(name: K, payload: StorefrontEvents[K]): void;
  /** The launcher's chunk: the script-tag build loads it beside itself, tests pass a fake. */
  loadLauncher(): Promise<Pick<LauncherChunk, "createPayStation">>;
  /** English, for the messages of `error` events, which the page's developers read. */
  english: I18n;
  /** The widget's current language. */
  i18n(): I18n;
}

/**
 * The models of one storefront and how they talk to each other and to the page: mount() and
 * the component tests both build the widget through this, so the two cannot drift apart.
 */
export function createStorefront(deps: StorefrontDeps) {
  const { backend, emit, english } = deps;
  let cancelPrefetch = () => {};
  let disposed = false;
  let launcher: PayStation | null = null;
  // Made on the first purchase; a launcher whose chunk failed is asked for again next time.
  const payStation = retrying(() =>
    deps.loadLauncher().then((chunk) => {
      launcher = chunk.createPayStation();
      if (disposed) launcher.destroy();
      return launcher;
    }),
  );

  const catalog = createCatalogModel({
    backend,
    onLoaded: (counts) => {
      emit("catalog-load", counts);
      // Most players who buy do so after looking: fetch the launcher once the browser is idle.
      cancelPrefetch = whenIdle(() => void deps.loadLauncher().catch(() => {}));
    },
    onError: (section, error) =>
      emit("error", {
        code: errorCode(error),
        message: describeErrorForPage(error, english),
        section,
      }),
  });

  const purchases = createPurchaseModel({
    backend,
    emit,
    payStation,
    payStationOptions: deps.options.paystation,
    sandbox: deps.options.sandbox,
    i18n: deps.i18n,
    english,
    onChanged: () => catalog.reloadPlayerState(),
  });

  const context: WidgetContextValue = { catalog, purchases, layout: deps.options.layout };
  return {
    catalog,
    purchases,
    context,
    /** Starts the first view's reads, all at once. */
    load() {
      const loaded = catalog.load();
      void purchases.loadBalance();
      return loaded;
    },
    refresh: () => Promise.all([catalog.refresh(), purchases.refresh()]).then(() => {}),
    dispose() {
      cancelPrefetch();
      catalog.dispose();
      purchases.dispose();
      disposed = true;
      launcher?.destroy();
    },
  };
}

export type Storefront = ReturnType<typeof createStorefront>;
