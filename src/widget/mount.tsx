import { effect, signal } from "@preact/signals-core";
import { type ComponentChild, render } from "preact";
import type { Backend } from "../api";
import { createBackend } from "../api";
import { createEmitter, dispatchDomEvent, type Handler } from "../core/events";
import { createI18n, type I18n, loadCatalog, resolveLanguage } from "../core/i18n";
import { hasKept } from "../core/kept-answers";
import { retrying } from "../core/lazy";
import type { WireCache } from "../core/wire-cache";
import { loadLauncher } from "../paystation";
import type { AccountChunk } from "./account/host";
import { App, Root } from "./app";
import { DOM_EVENT_PREFIX, type StorefrontEvents } from "./events";
import type { InvitesChunk } from "./invites/host";
import { type ResolvedOptions, resolveOptions, type StorefrontOptions } from "./options";
import { createPanelSlot, type PanelSlot, PanelSlotView } from "./panel-view/slot";
import type { PanelCalls } from "./panel-view/start";
import type { RewardsChunk } from "./rewards/host";
import { createStorefront } from "./storefront";
import { adoptFeatureStyles, adoptStyles, releaseStyles } from "./styles";

export interface StorefrontHandle {
  /** Adds a handler; returns a function that removes it. */
  on<K extends keyof StorefrontEvents>(name: K, handler: Handler<StorefrontEvents[K]>): () => void;
  off<K extends keyof StorefrontEvents>(name: K, handler: Handler<StorefrontEvents[K]>): void;
  /** Settles once `init` has fired, so code that subscribes late still knows the widget is up. */
  ready: Promise<void>;
  /** Reloads everything the widget shows, dropping what it had cached. */
  refresh(): Promise<void>;
  /** Removes the widget: its nodes, styles, listeners, timers and pending requests. */
  destroy(): void;
}

/** Test seams; studios never pass these. */
export interface MountInternals extends PanelCalls {
  backend?: Backend;
  /** The panel view's chunk (src/rewards, src/invites or src/account, after the view). */
  loadPanel?: () => Promise<RewardsChunk | InvitesChunk | AccountChunk>;
}

/** How long a store's first draw waits for its first answer before showing skeletons. */
const FIRST_DRAW_WAIT_MS = 100;

const mounted = new WeakMap<Element, StorefrontHandle>();
/** Each mounted widget's options, so a rewards view can tell a store of its own project. */
const optionsByHost = new WeakMap<EventTarget, ResolvedOptions>();

/** The handle of the widget mounted on `element`, if any. */
export function getMounted(element: Element): StorefrontHandle | undefined {
  return mounted.get(element);
}

/**
 * Mounts a storefront into an open shadow root on `host`. Mounting again on the same element
 * replaces the earlier widget. Throws an OptionsError naming the first bad option.
 */
export function mount(
  host: Element,
  options: StorefrontOptions,
  internals: MountInternals = {},
): StorefrontHandle {
  if (!(host instanceof Element))
    throw new TypeError("game-storefront: mount() needs a DOM element.");
  const resolved = resolveOptions(options);
  mounted.get(host)?.destroy();

  const shadow = host.shadowRoot ?? host.attachShadow({ mode: "open" });
  const emitter = createEmitter<StorefrontEvents>();
  const emit = <K extends keyof StorefrontEvents>(name: K, payload: StorefrontEvents[K]) => {
    if (destroyed) return;
    emitter.emit(name, payload);
    dispatchDomEvent(host, DOM_EVENT_PREFIX, name as string, payload);
  };
  let destroyed = false;

  const english = createI18n("en");
  let current = english;
  const adopt = (css: string) => {
    if (!destroyed) adoptFeatureStyles(shadow, css);
  };
  let view: { refresh(): unknown; dispose(): void };
  /** Settles when the widget may first draw (see the store's below); stops its watch. */
  let firstDraw = Promise.resolve();
  let stopWaiting = () => {};
  /** Removes the store's page-level listener. */
  let stopListening = () => {};
  let draw: (i18n: I18n) => ComponentChild;
  /**
   * A panel view's panel (rewards, invites, account): its two chunks are asked for at once, and
   * the host's chunk sends the panel's first request while the panel's is still on its way.
   */
  const panelSlot = (options: ResolvedOptions) => {
    const { view: name } = options;
    const rewards = name === "rewards";
    const invites = name === "invites";
    return createPanelSlot({
      emit,
      name: rewards ? "sectionRewards" : invites ? "sectionInvites" : "accountPanel",
      failure: {
        code: "chunk-load",
        message: `The ${name} panel did not load`,
        section: rewards ? "reward-chains" : (name as "invites" | "account"),
      },
      load: (signal) => {
        const panel = (
          internals.loadPanel ??
          (() =>
            rewards ? import("../rewards") : invites ? import("../invites") : import("../account"))
        )();
        // Its failure is the host's to report, once the host's own chunk is there.
        panel.catch(() => {});
        return import("./panel-view/host").then((chunk) =>
          chunk.createHost({
            options,
            internals,
            panel,
            emit,
            english,
            adoptStyles: adopt,
            optionsOf: optionsByHost,
            signal,
          }),
        );
      },
    });
  };
  if (resolved.view !== "store") {
    const slot = panelSlot(resolved);
    view = slot;
    draw = (i18n) => (
      <Root i18n={i18n} theme={resolved.theme}>
        <PanelSlotView slot={slot} />
      </Root>
    );
  } else {
    const { backend: kind, backendConfig: config } = resolved;
    // The cached catalog (README, "Cached catalog"): its code is a chunk, fetched with the first
    // requests, since a cached answer is drawn only once the schemas' chunk is there too. The
    // catalog's fresh reads go through a backend of their own, which keeps their bodies, and
    // the cached ones through another that reads the stored bodies: both through the same
    // schemas. A token given as a function cannot name the player yet, so it gets no cache,
    // and neither does the test seam's backend.
    let bodies: Record<string, Promise<string>> = {};
    const wires = retrying(() =>
      import("./catalog-cache").then((m) => m.openCatalogCache(resolved)),
    );
    const cached = resolved.cache && !internals.backend && typeof config.userToken !== "function";
    const via = (fetchImpl: typeof fetch) => createBackend(kind, { ...config, fetchImpl });
    // Saving and dropping are best efforts: a chunk that did not arrive just keeps nothing.
    const later = (task: (cache: WireCache) => unknown) => wires().then(task, () => {});
    const store = createStorefront({
      backend: internals.backend ?? createBackend(kind, config),
      cache: cached
        ? {
            // The body the client reads is the one kept, rather than a clone's: reading a
            // clone decodes a large answer (a group of thousands) a second time.
            fresh: via((input, init) =>
              fetch(input, init).then((response) => {
                const text = response.text.bind(response);
                if (response.ok)
                  response.text = () => {
                    const read = text();
                    bodies[String(input)] = read.catch(() => "");
                    return read;
                  };
                return response;
              }),
            ),
            // A first visit has nothing kept: the cache's code then comes only to keep the
            // answers, after the first paint, rather than beside the first view's reads. Asked
            // when the catalog loads, once its fresh reads are out (hasKept reads the storage).
            get backend() {
              return hasKept()
                ? via((input) => wires().then((cache) => cache.read(String(input))))
                : null;
            },
            // What a save keeps is what was read since the last one: the latest load's answers.
            save: () => {
              const kept = bodies;
              bodies = {};
              return later((cache) => cache.save(kept));
            },
            drop: () => later((cache) => cache.drop()),
          }
        : null,
      options: resolved,
      emit,
      loadLauncher,
      // The gift picker is a chunk of its own, beside the store's script (scripts/build.mjs).
      loadGifting: () => import("../gifting"),
      adoptStyles: adopt,
      english,
      i18n: () => current,
      optionsOf: optionsByHost,
    });
    // The first view's requests go out before anything is drawn: the network is the slow part.
    void store.load();
    // Then the first draw waits for the first answer, FIRST_DRAW_WAIT_MS at most: on a quick
    // network the products are drawn at once, rather than skeletons whose drawing and layout
    // the answers would queue behind; on a slow one the skeletons show after that wait.
    const { groups, packages, plans } = store.catalog;
    firstDraw = new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, FIRST_DRAW_WAIT_MS);
      const stop = effect(() => {
        if ([groups, packages, plans].some((part) => part.value.status !== "loading")) resolve();
      });
      stopWaiting = () => {
        clearTimeout(timer);
        stop();
      };
    }).then(() => stopWaiting());
    // An account view of the same project and backend changed a subscription: the plans'
    // buttons follow (the other sections do not depend on it).
    const onSubscription = (event: Event) => {
      const from = optionsByHost.get(event.target as EventTarget);
      if (from?.backend === kind && from.backendConfig.projectId === config.projectId)
        store.catalog.reloadPlans();
    };
    const name = `${DOM_EVENT_PREFIX}:subscription`;
    document.addEventListener(name, onSubscription);
    stopListening = () => document.removeEventListener(name, onSubscription);
    // The store's Account entry (issue 13): the account view's panel inside the store, made
    // when the player opens it and dropped when they go back, so that each visit reads their
    // holdings afresh. Only a signed-in player has one.
    const slot = signal<PanelSlot | null>(null);
    const close = () => {
      slot.peek()?.dispose();
      slot.value = null;
    };
    const context = {
      ...store.context,
      account:
        config.userId || config.userToken
          ? {
              slot,
              // A saved card removed there is heard as on the page (saved/feature.tsx).
              close,
              open: () => {
                slot.value ??= panelSlot({ ...resolved, view: "account" });
              },
            }
          : null,
    };
    // A coupon redeemed in the panel changes the balance the store shows above it.
    emitter.on("coupon", () => void store.purchases.refresh());
    view = {
      refresh: store.refresh,
      dispose() {
        close();
        store.dispose();
      },
    };
    draw = (i18n) => <App i18n={i18n} theme={resolved.theme} context={context} />;
  }

  adoptStyles(shadow);
  const show = (i18n: I18n) => {
    current = i18n;
    if (!destroyed) {
      render(draw(i18n), shadow);
    }
  };
  // English is built in; another language's catalog is loaded while the catalog requests run,
  // and the widget first draws once it is there, so a player never sees English flash by.
  const language = resolveLanguage(resolved.locale);
  void Promise.all([language === "en" ? null : loadCatalog(language), firstDraw]).then(
    ([messages]) => show(createI18n(resolved.locale, messages ?? undefined)),
  );

  // `init` is emitted after mount() returns, so handlers added right after mounting get it.
  const ready = Promise.resolve().then(() => {
    emit("init", {
      backend: resolved.backend,
      projectId: resolved.backendConfig.projectId,
      locale: resolved.locale,
      view: resolved.view,
    });
  });
  const { lightbox, childWindow } = resolved.paystation;
  // Checked as soon as the launcher's chunk is there (asked for now, rather than when the
  // browser is idle): a mistake is an `error` event and a console error naming the option;
  // the first purchase would fail on it too.
  if (lightbox || childWindow)
    loadLauncher().then(
      (chunk) => {
        const message = chunk.launcherOptionsMistake({ lightbox, childWindow });
        if (message) {
          console.error(message);
          emit("error", { code: "options", message });
        }
      },
      () => {},
    );

  const handle: StorefrontHandle = {
    on: (name, handler) => emitter.on(name, handler),
    off: (name, handler) => emitter.off(name, handler),
    ready,
    refresh: async () => {
      if (!destroyed) await view.refresh();
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      stopWaiting();
      stopListening();
      view.dispose();
      render(null, shadow);
      shadow.replaceChildren();
      releaseStyles(shadow);
      emitter.clear();
      // Its options stay in optionsByHost: a destroyed store sends no more events.
      if (mounted.get(host) === handle) mounted.delete(host);
    },
  };
  mounted.set(host, handle);
  optionsByHost.set(host, resolved);
  return handle;
}
