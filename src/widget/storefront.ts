import { effect, signal } from "@preact/signals-core";
import type { Backend, CatalogBackend } from "../api";
import { errorCode } from "../core/errors";
import type { I18n } from "../core/i18n";
import { describeErrorForPage } from "../core/i18n/describe-error";
import { idleTurn, whenIdle } from "../core/idle";
import { retrying } from "../core/lazy";
import type { LauncherChunk, PayStation } from "../paystation";
import { type CatalogCache, createCatalogModel } from "./catalog";
import type { WidgetContextValue } from "./context";
import type { StorefrontEvents } from "./events";
import { type GiftingChunk, loadGiftFeature } from "./gift";
import type { ResolvedOptions } from "./options";
import { createPurchaseModel } from "./purchase";
import { loadSavedFeature, type SavedFeatureDeps } from "./saved";

export interface StorefrontDeps {
  backend: Backend;
  /**
   * The last good catalog in the browser's storage, and the backend whose catalog reads it
   * records (mount.tsx); absent with `cache: false`.
   */
  cache?: (CatalogCache & { fresh: CatalogBackend }) | null;
  options: Pick<
    ResolvedOptions,
    "paystation" | "sandbox" | "layout" | "gifting" | "backend" | "backendConfig"
  >;
  emit<K extends keyof StorefrontEvents>(name: K, payload: StorefrontEvents[K]): void;
  /** The launcher's chunk: the script-tag build loads it beside itself, tests pass a fake. */
  loadLauncher(): Promise<Pick<LauncherChunk, "createPayStation">>;
  /** The gift picker's chunk: mount() imports src/gifting, tests pass a fake. */
  loadGifting(): Promise<GiftingChunk>;
  /** Adds a stylesheet of a feature loaded on demand to the widget's shadow root. */
  adoptStyles(css: string): void;
  /** English, for the messages of `error` events, which the page's developers read. */
  english: I18n;
  /** The widget's current language. */
  i18n(): I18n;
  /** Each widget on the page's options, by host: one-click buying hears removals through it. */
  optionsOf?: SavedFeatureDeps["optionsOf"];
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
    backend: deps.cache?.fresh ?? backend,
    cache: deps.cache,
    onLoaded: (counts) => {
      emit("catalog-load", counts);
      // Most players who buy do so after looking: fetch the launcher once the browser is idle.
      cancelPrefetch = whenIdle(() => {
        purchases.prefetch();
        void deps.loadLauncher().catch(() => {});
      });
    },
    onError: (section, error) =>
      emit("error", {
        code: errorCode(error),
        message: describeErrorForPage(error, english),
        section,
      }),
    // The offline note goes to the message bar, whose live region is always there, and goes
    // away once the store is back online, when the balance is read again with the catalog.
    onOffline(note) {
      if (note) purchases.say("info", (i18n) => i18n.t(note));
      else {
        purchases.dismiss();
        void purchases.refresh();
      }
    },
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

  /**
   * Settles once the first view is drawn (no section of it still loading) and the browser is
   * next idle. The first view's answers, their checks and their drawing all run on the page's
   * one thread: a feature's chunk evaluated among them delays the first products, and its
   * buttons need the products anyway. The effect watches only this store's own signals, which
   * nothing changes once it is destroyed, so it needs no disposal.
   */
  const firstViewDrawn = new Promise<void>((resolve) => {
    effect(() => {
      if (catalog.ready.value) resolve();
    });
  }).then(() => idleTurn());

  /**
   * A feature that draws on the cards (feature-part.tsx): its chunk is asked for once the
   * first view is drawn (above), unless the store is gone by then; one that does not arrive
   * leaves the store without its buttons, and says so.
   */
  function fromChunk<C, F>(load: () => Promise<C>, make: (chunk: C) => F, what: string) {
    const feature = signal<F | null>(null);
    firstViewDrawn
      .then<C | false>(() => !disposed && load())
      .then(
        (chunk) => {
          if (!disposed) feature.value = make(chunk as C);
        },
        () => emit("error", { code: "chunk-load", message: `The ${what} did not load` }),
      );
    return feature;
  }

  // Gift buttons need a token endpoint and a friend list (the backend has both calls then) and
  // a signed-in player, whose friends the game server knows.
  const { giftCheckout, listFriends } = backend;
  const gifts =
    deps.options.gifting && giftCheckout && listFriends && backend.signedIn
      ? fromChunk(
          loadGiftFeature,
          (chunk) =>
            chunk.createGiftFeature({
              purchases,
              emit,
              listFriends,
              loadChunk: deps.loadGifting,
              adoptStyles: deps.adoptStyles,
            }),
          "gifts",
        )
      : null;

  // One-click buying with a saved method (merchant only: the Store API has no saved methods):
  // its chunk reads the player's methods once it is there.
  const saved =
    deps.options.backend === "merchant" && backend.signedIn
      ? fromChunk(
          loadSavedFeature,
          (chunk) => chunk.createSavedFeature({ ...deps, purchases }),
          "one-click buy",
        )
      : null;

  const context: WidgetContextValue = {
    catalog,
    purchases,
    gifts,
    saved,
    layout: deps.options.layout,
  };
  return {
    catalog,
    purchases,
    gifts,
    saved,
    context,
    /** Starts the first view's reads, all at once. */
    load() {
      const loaded = catalog.load();
      void purchases.loadBalance();
      return loaded;
    },
    refresh: () =>
      Promise.all([catalog.refresh(), purchases.refresh(), saved?.peek()?.model.refresh()]),
    dispose() {
      cancelPrefetch();
      gifts?.peek()?.model.dispose();
      saved?.peek()?.model.dispose();
      catalog.dispose();
      purchases.dispose();
      disposed = true;
      launcher?.destroy();
    },
  };
}

export type Storefront = ReturnType<typeof createStorefront>;
