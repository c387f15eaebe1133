import { render } from "@testing-library/preact";
import { expect, vi } from "vitest";
import { createI18n, loadCatalog, resolveLanguage } from "../../src/core/i18n";
import { App } from "../../src/widget/app";
import { resolveOptions, type StorefrontPayStationOptions } from "../../src/widget/options";
import { createStorefront, type StorefrontDeps } from "../../src/widget/storefront";
import { createFakeBackend, type FakeBackend } from "./fake-backend";
import { createFakePayStation } from "./fake-paystation";

// The steps after a purchase click come as a chunk the model imports on the first purchase;
// loading it now keeps the module's first transform out of the tests' short waits.
await import("../../src/widget/purchase/checkout-flow");
// So are the gifts' model and buttons, which a store with gifting on asks for once its first
// view is drawn.
await import("../../src/widget/gift/feature");
// And one-click buying, which a signed-in merchant store asks for then too.
await import("../../src/widget/saved/feature");

export interface SetupOptions {
  payStationOptions?: StorefrontPayStationOptions;
  /** What loading the launcher's chunk does; by default it gives the fake launcher. */
  loadLauncher?: () => Promise<unknown>;
  /** Turns gifting on (with a token endpoint and a friend list). */
  gifting?: boolean;
  /** What loading the gift picker's chunk does; by default the real placeholder module. */
  loadGifting?: StorefrontDeps["loadGifting"];
  /**
   * A signed-in merchant store (its catalog still the fake backend's), whose saved-method calls
   * go to this fetch; the store asks for its one-click chunk once its first view is drawn.
   */
  merchantFetch?: typeof fetch;
  /** Returns at once, rather than once the gifts' and one-click chunks are there. */
  noFeatureWait?: boolean;
  /** The page's widgets' options by host, as mount() keeps them. */
  optionsOf?: StorefrontDeps["optionsOf"];
}

/**
 * Renders the whole storefront app in jsdom over a fake backend and a fake launcher, built by
 * the same factory as mount(), and starts loading the catalog. `prepare` adjusts the fake
 * first. `onLoaded` and `onError` see the `catalog-load` and sectioned `error` events.
 */
export async function setup(
  locale = "en",
  prepare?: (fake: FakeBackend) => void,
  options: SetupOptions = {},
) {
  const messages = (await loadCatalog(resolveLanguage(locale))) ?? undefined;
  const backend = createFakeBackend();
  prepare?.(backend);
  const onLoaded = vi.fn();
  const onError = vi.fn();
  const emit = vi.fn((name: string, payload: { section?: string }) => {
    if (name === "catalog-load") onLoaded(payload);
    if (name === "error" && payload.section) onError(payload.section, payload);
  });
  const i18n = createI18n(locale, messages);
  const payStation = createFakePayStation();
  const resolved = resolveOptions({
    ...(options.merchantFetch
      ? { backend: "merchant", apiBase: "https://game.example.com/game", userId: "p1" }
      : { backend: "xsolla" }),
    projectId: "1",
    sandbox: true,
    paystation: options.payStationOptions ?? {},
    ...(options.gifting && {
      gifting: true,
      tokenUrl: "https://game.example.com/game/token",
      friendsUrl: "https://game.example.com/game/friends",
    }),
  });
  if (options.merchantFetch) resolved.backendConfig.fetchImpl = options.merchantFetch;
  const adoptStyles = vi.fn();
  const store = createStorefront({
    backend,
    options: resolved,
    emit: emit as unknown as StorefrontDeps["emit"],
    loadLauncher: (options.loadLauncher ??
      (() => Promise.resolve({ createPayStation: () => payStation }))) as never,
    loadGifting: options.loadGifting ?? (() => import("../../src/gifting")),
    adoptStyles,
    english: createI18n("en"),
    i18n: () => i18n,
    ...(options.optionsOf && { optionsOf: options.optionsOf }),
  });
  const { catalog, purchases } = store;
  const view = render(<App i18n={i18n} theme="light" context={store.context} />);
  const loaded = store.load();
  // The Gift buttons come with their chunk: a test starts once they can be there.
  if (!options.noFeatureWait) {
    if (store.gifts) await vi.waitFor(() => expect(store.gifts?.value).not.toBeNull());
    if (store.saved) await vi.waitFor(() => expect(store.saved?.value).not.toBeNull());
  }
  return {
    backend,
    catalog,
    purchases,
    payStation,
    emit,
    onLoaded,
    onError,
    view,
    loaded,
    store,
    adoptStyles,
  };
}
