import { signal } from "@preact/signals-core";
import type { Backend, CatalogBackend } from "../api";
import { errorCode } from "../core/errors";
import type { I18n } from "../core/i18n";
import { describeErrorForPage } from "../core/i18n/describe-error";
import { whenIdle } from "../core/idle";
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
  let cancelGiftPrefetch = () => {};
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
      // A store that offers gifts fetches the picker the same way, so the first Gift opens at once.
      if (gifts) cancelGiftPrefetch = whenIdle(() => gifts.peek()?.model.prefetch());
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
   * A feature that draws on the cards (feature-part.tsx): its chunk is asked for beside the
   * first requests, so that its buttons come with the products; one that does not arrive
   * leaves the store without them, and says so. Asked for in a microtask: mount() sends the
   * first view's reads first, and adding a chunk's script costs the page milliseconds.
   */
  function fromChunk<C, F>(load: () => Promise<C>, make: (chunk: C) => F, what: string) {
    const feature = signal<F | null>(null);
    Promise.resolve()
      .then(load)
      .then(
        (chunk) => {
          if (!disposed) feature.value = make(chunk);
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
      Promise.all([catalog.refresh(), purchases.refresh(), saved?.peek()?.model.refresh()]).then(
        () => {},
      ),
    dispose() {
      cancelPrefetch();
      cancelGiftPrefetch();
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
