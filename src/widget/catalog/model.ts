import { batch, computed, signal } from "@preact/signals-core";
import type {
  CatalogBackend,
  Group,
  GroupOutline,
  Item,
  ProductPromotion,
  Promotion,
  Subscriptions,
  VcPackage,
} from "../../api";
import type { ApiError } from "../../core/errors";
import type { Result } from "../../core/result";
import type { CatalogCounts, CatalogSection } from "../events";
import { fromResult, isCached, loading, type SectionState } from "../section-state";

/** The last good catalog in the browser's storage (core/wire-cache.ts, made in mount.tsx). */
export interface CatalogCache {
  /** Reads the stored answers through the same schemas; null when nothing is stored. */
  backend: CatalogBackend | null;
  /** Stores the answers of a load that went well (the model's backend records them). */
  save(): unknown;
  /** Forgets a stored catalog that no longer passes the schemas. */
  drop(): void;
}

/** The offline note's text: cached prices shown, or nothing to show until the network is back. */
export type OfflineNote = "offline" | "offlineNoCache" | null;

export interface CatalogModelDeps {
  backend: CatalogBackend;
  cache?: CatalogCache | null | undefined;
  onLoaded(counts: CatalogCounts): void;
  onError(section: CatalogSection, error: ApiError): void;
  /** The player is offline (which note to show), or back online (null). */
  onOffline?(note: OfflineNote): void;
}

export type CatalogModel = ReturnType<typeof createCatalogModel>;

/**
 * The catalog's state for one widget. The first load sends groups, packages, plans and the
 * promotion in parallel, then the selected group's items; each group's items are fetched once
 * and kept until refresh(), so going back to a group costs no request.
 *
 * With a cache, the first load also reads the last visit's answers from it, at the same time:
 * a section still loading draws them (marked `cached`, which keeps every purchase button
 * inactive), and the fresh answer replaces them quietly, without skeletons. A fresh read that
 * finds no network keeps the cached part and says the player is offline; any other failure
 * shows the section's error as without a cache. Offline, the store reads again by itself when
 * the browser is back online.
 */
export function createCatalogModel(deps: CatalogModelDeps) {
  const { backend, cache, onLoaded, onError } = deps;
  const groups = signal<SectionState<Group[]>>(loading);
  const packages = signal<SectionState<VcPackage[]>>(loading);
  const plans = signal<SectionState<Subscriptions>>(loading);
  const promotion = signal<SectionState<Promotion | null>>(loading);
  const selectedGroupId = signal<string | null>(null);
  const itemsByGroup = signal<ReadonlyMap<string, SectionState<Item[]>>>(new Map());

  let offline: OfflineNote = null;
  const note = (next: OfflineNote) => {
    if (next !== offline) {
      offline = next;
      deps.onOffline?.(next);
    }
  };

  let controller = new AbortController();
  let disposed = false;

  const items = computed<SectionState<Item[]> | null>(() => {
    const id = selectedGroupId.value;
    return id === null ? null : (itemsByGroup.value.get(id) ?? loading);
  });

  /** What the first view shows: its parts. */
  const parts = [groups, packages, plans, promotion, items];
  /**
   * Something shown is the last visit's: buying waits for the fresh answers. (Other groups'
   * cached items are shown only once selected, and are gone once the fresh groups are there.)
   */
  const stale = computed(() => parts.some((s) => isCached(s.value)));
  /** The first view is drawn: none of its parts is still loading. */
  const ready = computed(() => parts.every((s) => s.value?.status !== "loading"));

  /**
   * The banner: the store-wide promotion when the backend has one, otherwise the soonest
   * ending promotion found on the products already loaded (the Store API has no banner call).
   */
  const banner = computed<SectionState<Promotion | null>>(() => {
    const own = promotion.value;
    if (own.status !== "ready" || own.data) return own;
    const candidates: ProductPromotion[] = [];
    if (packages.value.status === "ready") {
      for (const p of packages.value.data) candidates.push(...p.promotions);
    }
    const current = items.value;
    if (current?.status === "ready") for (const i of current.data) candidates.push(...i.promotions);
    const now = Date.now();
    const running = candidates
      .filter((p) => p.endsAt && p.endsAt.getTime() > now)
      .sort((a, b) => (a.endsAt?.getTime() ?? 0) - (b.endsAt?.getTime() ?? 0))[0];
    return {
      status: "ready",
      data: running ? { name: running.name, description: null, endsAt: running.endsAt } : null,
    };
  });

  /**
   * Sends a section's read to `source` (the backend, or the cache's) and applies its answer.
   * `current` is what the section shows now.
   */
  async function settle<T>(
    section: CatalogSection,
    source: CatalogBackend,
    call: (source: CatalogBackend, signal: AbortSignal) => Promise<Result<T, ApiError>>,
    current: () => SectionState<T> | undefined,
    apply: (state: SectionState<T>) => void,
  ): Promise<SectionState<T> | null> {
    const signal = controller.signal;
    const result = await call(source, signal);
    // A request that a refresh or destroy cancelled must not overwrite newer state.
    if (disposed || signal.aborted) return null;
    const now = current();
    if (source !== backend) {
      // The cache fills only a section still waiting; what it lacks (a 404) it leaves alone.
      if (result.ok) {
        if (now?.status === "loading") apply({ status: "ready", data: result.value, cached: true });
      } else if (result.error.kind === "invalid-response") cache?.drop();
      return null;
    }
    if (!result.ok && /^(network|timeout)$/.test(result.error.kind)) {
      if (stale.peek()) note("offline");
      else if (globalThis.navigator?.onLine === false) note("offlineNoCache");
      if (isCached(now)) {
        onError(section, result.error);
        return now ?? null;
      }
    }
    const state = fromResult(result);
    apply(state);
    if (state.status === "error") onError(section, state.error);
    return state;
  }

  function setItems(groupId: string, state: SectionState<Item[]>) {
    const next = new Map(itemsByGroup.value);
    next.set(groupId, state);
    itemsByGroup.value = next;
  }

  /**
   * Sends a group's items request; nothing shows what it brings until loadItems takes it,
   * which hears the pages that came before as well.
   */
  function requestItems(groupId: string, signal: AbortSignal, source = backend) {
    let latest: Item[] | null = null;
    let listener = (soFar: Item[]) => {
      latest = soFar;
    };
    const result = source.getItems(groupId, signal, (soFar) => listener(soFar));
    return {
      groupId,
      result,
      follow(onProgress: (soFar: Item[]) => void) {
        listener = onProgress;
        if (latest) onProgress(latest);
      },
    };
  }

  function loadItems(
    groupId: string,
    source = backend,
    sent = requestItems(groupId, controller.signal, source),
  ) {
    const current = () => itemsByGroup.peek().get(groupId);
    // Items already drawn (from the cache) stay until the answer replaces them.
    if (current()?.status !== "ready") setItems(groupId, loading);
    const signal = controller.signal;
    sent.follow((soFar) => {
      if (!signal.aborted && source === backend && !isCached(current()))
        setItems(groupId, { status: "ready", data: soFar });
    });
    return settle(
      "items",
      source,
      () => sent.result,
      current,
      (state) => setItems(groupId, state),
    );
  }

  function selectGroup(groupId: string) {
    selectedGroupId.value = groupId;
    const known = itemsByGroup.value.get(groupId);
    if (!known || known.status === "error") void loadItems(groupId);
  }

  /**
   * `beforeDraw` runs with the answer before the tree shows it, in the same batch; `onOutline`
   * with the unchecked answer's outline, if the backend reads one (CatalogBackend.getGroups).
   */
  const loadGroups = (
    source = backend,
    beforeDraw?: (state: SectionState<Group[]>) => void,
    onOutline?: (outline: GroupOutline[]) => void,
  ) =>
    settle(
      "groups",
      source,
      (b, s) => b.getGroups(s, onOutline),
      () => groups.peek(),
      (state) =>
        batch(() => {
          beforeDraw?.(state);
          groups.value = state;
        }),
    );
  const loadPackages = (source = backend) =>
    settle(
      "packages",
      source,
      (b, s) => b.getVcPackages(s),
      () => packages.peek(),
      (v) => (packages.value = v),
    );
  const loadPlans = (source = backend) =>
    settle(
      "plans",
      source,
      (b, s) => b.getSubscriptions(s),
      () => plans.peek(),
      (v) => (plans.value = v),
    );
  const loadPromotion = (source = backend) =>
    settle(
      "promotion",
      source,
      (b, s) => b.getPromotion(s),
      () => promotion.peek(),
      (v) => (promotion.value = v),
    );

  /**
   * Loads everything the first view shows, drawing what `stored` (the cache's backend) has
   * meanwhile, and reports the counts once the fresh answers have settled. A load that went
   * well is what the cache keeps for the next visit.
   */
  async function load(stored?: CatalogBackend | null) {
    const fresh = loadFrom(backend);
    // The cache is asked after the fresh reads are out: finding whether it keeps anything
    // reads the browser's storage, which costs a first visit milliseconds before its requests.
    const kept = stored === undefined ? cache?.backend : stored;
    if (kept) void loadFrom(kept);
    const counts = await fresh;
    if (disposed) return;
    onLoaded(counts);
    const fine = (s: SectionState<unknown> | null) => !s || (s.status === "ready" && !s.cached);
    if (parts.every((s) => fine(s.peek()))) cache?.save();
  }

  /** One load of the first view from `source`; answers the counts of what it shows. */
  async function loadFrom(source: CatalogBackend): Promise<CatalogCounts> {
    let firstItems: ReturnType<typeof loadItems> | null = null;
    // The groups answer is checked only once the schemas' chunk is there, which can take a
    // while on a first visit; meanwhile the first group's items are asked for as the unchecked
    // answer names it. That request is used only if the checked answer names the same group.
    let early: { sent: ReturnType<typeof requestItems>; cancel: AbortController } | null = null;
    const guess = (outline: GroupOutline[]) => {
      const first = firstLeaf(outline);
      if (!first || early) return;
      const cancel = new AbortController();
      const sent = requestItems(
        first.id,
        AbortSignal.any([controller.signal, cancel.signal]),
        source,
      );
      early = { sent, cancel };
    };
    const groupsAndItems = loadGroups(
      source,
      (state) => {
        // The first group's items are asked for before the tree is drawn, not after. Over a
        // tree drawn from the cache, the group the player may have chosen meanwhile stays.
        const kept = selectedGroupId.peek();
        const pick =
          groups.peek().status === "ready" && groupExists(state, kept)
            ? kept
            : state.status === "ready"
              ? firstLeaf(state.data)?.id
              : undefined;
        const guessed = early?.sent.groupId === pick ? early?.sent : undefined;
        if (!guessed) early?.cancel.abort();
        // Other groups' cached items would be shown, and bought, without a fresh read.
        itemsByGroup.value = new Map(
          [...itemsByGroup.peek()].filter(([id, s]) => id === pick || !isCached(s)),
        );
        if (pick !== undefined) {
          selectedGroupId.value = pick;
          firstItems = loadItems(pick, source, guessed);
        }
      },
      guess,
    ).then(() => firstItems);
    const [itemsState, , packagesState, plansState] = await Promise.all([
      groupsAndItems,
      loadPromotion(source),
      loadPackages(source),
      loadPlans(source),
    ]);
    const g = groups.value;
    return {
      groups: g.status === "ready" ? countGroups(g.data) : 0,
      items: itemsState?.status === "ready" ? itemsState.data.length : 0,
      packages: packagesState?.status === "ready" ? packagesState.data.length : 0,
      plans: plansState?.status === "ready" ? plansState.data.plans.length : 0,
    };
  }

  function retry(section: CatalogSection) {
    if (section === "groups") {
      groups.value = loading;
      void loadGroups().then((state) => {
        const first = state?.status === "ready" ? firstLeaf(state.data) : undefined;
        if (first && selectedGroupId.value === null) selectGroup(first.id);
      });
    } else if (section === "items") {
      if (selectedGroupId.value !== null) void loadItems(selectedGroupId.value);
    } else if (section === "packages") {
      packages.value = loading;
      void loadPackages();
    } else if (section === "plans") {
      plans.value = loading;
      void loadPlans();
    } else {
      promotion.value = loading;
      void loadPromotion();
    }
  }

  /** Replaces a section's data with a fresh answer, keeping what is shown when the call fails. */
  async function quietly<T>(
    call: (signal: AbortSignal) => Promise<Result<T, ApiError>>,
    apply: (state: SectionState<T>) => void,
  ) {
    const signal = controller.signal;
    const result = await call(signal);
    if (!disposed && !signal.aborted && result.ok) apply(fromResult(result));
  }

  /**
   * After a purchase or claim: reads again what carries the player's own state (limits, the
   * active plan) without skeletons, since the view is the same. Other groups' items are
   * forgotten, so that they are read afresh when the player opens them.
   */
  function reloadPlayerState() {
    const id = selectedGroupId.value;
    const current = id === null ? undefined : itemsByGroup.value.get(id);
    itemsByGroup.value = id !== null && current ? new Map([[id, current]]) : new Map();
    if (id !== null)
      void quietly(
        (s) => backend.getItems(id, s),
        (v) => setItems(id, v),
      );
    void quietly(backend.getVcPackages, (v) => (packages.value = v));
    reloadPlans();
  }

  /** The plans again, quietly: which one is the player's changed elsewhere on the page. */
  function reloadPlans() {
    void quietly(backend.getSubscriptions, (v) => (plans.value = v));
  }

  /** Drops everything cached and loads the current view again. */
  function refresh() {
    controller.abort();
    controller = new AbortController();
    const keep = selectedGroupId.value;
    batch(() => {
      groups.value = loading;
      packages.value = loading;
      plans.value = loading;
      promotion.value = loading;
      itemsByGroup.value = new Map();
    });
    return load(null).then(() => {
      if (keep !== null && keep !== selectedGroupId.value && groupExists(groups.value, keep)) {
        selectGroup(keep);
      }
    });
  }

  // Offline: the store reads again by itself once the browser says it is back online.
  const online = () => {
    if (offline) {
      note(null);
      void load(null);
    }
  };
  globalThis.addEventListener?.("online", online);

  function dispose() {
    disposed = true;
    controller.abort();
    globalThis.removeEventListener?.("online", online);
  }

  return {
    groups,
    packages,
    plans,
    promotion,
    banner,
    items,
    stale,
    ready,
    selectedGroupId,
    load,
    selectGroup,
    retry,
    refresh,
    reloadPlayerState,
    reloadPlans,
    dispose,
  };
}

/** The group shown first: the first one without children, depth first. */
export function firstLeaf<G extends { children: G[] }>(groups: G[]): G | undefined {
  for (const g of groups) {
    if (g.children.length === 0) return g;
    const leaf = firstLeaf(g.children);
    if (leaf) return leaf;
  }
  return undefined;
}

export function countGroups(groups: Group[]): number {
  return groups.reduce((n, g) => n + 1 + countGroups(g.children), 0);
}

function groupExists(state: SectionState<Group[]>, id: string | null): id is string {
  const walk = (list: Group[]): boolean => list.some((g) => g.id === id || walk(g.children));
  return state.status === "ready" && walk(state.data);
}
