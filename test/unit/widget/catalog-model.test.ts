import { describe, expect, it, vi } from "vitest";
import type { CatalogBackend, Group, GroupOutline, Item } from "../../../src/api";
import { apiError } from "../../../src/core/errors";
import { err, ok, type Result } from "../../../src/core/result";
import { createCatalogModel } from "../../../src/widget/catalog/model";
import { item } from "../../helpers/fake-backend";

const group = (id: string, children: Group[] = []): Group => ({
  id,
  name: id,
  description: null,
  children,
});

/**
 * A backend whose groups answer is outlined as `outline` at once and checked only when the
 * test calls `check` with what the check gives, as the real ones do while the wire chunk loads.
 */
function outliningBackend(outline: GroupOutline[]) {
  let check: (result: Result<Group[], ReturnType<typeof apiError>>) => void = () => {};
  const itemCalls: { groupId: string; signal: AbortSignal | undefined }[] = [];
  const backend: CatalogBackend = {
    getGroups: (_signal, onOutline) =>
      new Promise((resolve) => {
        onOutline?.(outline);
        check = resolve;
      }),
    getItems: async (groupId, signal) => {
      itemCalls.push({ groupId, signal });
      return ok([item({ sku: `${groupId}-1` })]);
    },
    getVcPackages: async () => ok([]),
    getSubscriptions: async () => ok({ plans: [], active: null }),
    getPromotion: async () => ok(null),
  };
  return { backend, itemCalls, check: (result: Parameters<typeof check>[0]) => check(result) };
}

const skus = (state: { status: string; data?: Item[] } | null) =>
  state?.status === "ready" ? state.data?.map((i) => i.sku) : state?.status;

describe("the catalog's first load", () => {
  it("asks for the first group's items from the outline, before the groups answer is checked", async () => {
    const fake = outliningBackend([{ id: "weapons", children: [{ id: "swords", children: [] }] }]);
    const onError = vi.fn();
    const model = createCatalogModel({ backend: fake.backend, onLoaded: () => {}, onError });
    const loaded = model.load();
    expect(fake.itemCalls.map((call) => call.groupId)).toEqual(["swords"]);
    // Nothing is shown from the guess: the tree and its items wait for the check.
    expect(model.items.value).toBeNull();
    fake.check(ok([group("weapons", [group("swords")])]));
    await loaded;
    expect(model.selectedGroupId.value).toBe("swords");
    expect(skus(model.items.value)).toEqual(["swords-1"]);
    expect(fake.itemCalls).toHaveLength(1);
    expect(fake.itemCalls[0]?.signal?.aborted).toBe(false);
    expect(onError).not.toHaveBeenCalled();
  });

  it("asks again, and drops the guess, when the checked answer's first group is another", async () => {
    const fake = outliningBackend([{ id: "bows", children: [] }]);
    const model = createCatalogModel({
      backend: fake.backend,
      onLoaded: () => {},
      onError: () => {},
    });
    const loaded = model.load();
    fake.check(ok([group("swords"), group("bows")]));
    await loaded;
    expect(fake.itemCalls.map((call) => call.groupId)).toEqual(["bows", "swords"]);
    expect(fake.itemCalls[0]?.signal?.aborted).toBe(true);
    expect(model.selectedGroupId.value).toBe("swords");
    expect(skus(model.items.value)).toEqual(["swords-1"]);
  });

  it("drops the guess when the groups answer fails its check, and reports only the groups", async () => {
    const fake = outliningBackend([{ id: "swords", children: [] }]);
    const onError = vi.fn();
    const model = createCatalogModel({ backend: fake.backend, onLoaded: () => {}, onError });
    const loaded = model.load();
    fake.check(err(apiError("invalid-response")));
    await loaded;
    expect(fake.itemCalls[0]?.signal?.aborted).toBe(true);
    expect(model.selectedGroupId.value).toBeNull();
    expect(model.items.value).toBeNull();
    expect(onError.mock.calls.map(([section]) => section)).toEqual(["groups"]);
  });
});

/** A catalog backend whose answers are given, each after `gate` when one is set. */
function answering(groupsAnswer: Result<Group[], ReturnType<typeof apiError>>, sku: string) {
  let open = () => {};
  const gate = new Promise<void>((resolve) => {
    open = resolve;
  });
  const wait = async <T>(value: T) => {
    await gate;
    return value;
  };
  const backend: CatalogBackend = {
    getGroups: () => wait(groupsAnswer),
    getItems: (groupId) => wait(ok([item({ sku: `${groupId}-${sku}` })])),
    getVcPackages: () => wait(ok([])),
    getSubscriptions: () => wait(ok({ plans: [], active: null })),
    getPromotion: () => wait(ok(null)),
  };
  return { backend, open };
}

describe("the catalog with a cache", () => {
  it("asks the cache whether it keeps anything only once the fresh reads have gone out", async () => {
    const fresh = answering(ok([group("swords")]), "fresh");
    const order: string[] = [];
    const read = fresh.backend.getVcPackages;
    fresh.backend.getVcPackages = (signal) => {
      order.push("fresh read");
      return read(signal);
    };
    const cache = {
      get backend() {
        order.push("cache asked");
        return null;
      },
      save: vi.fn(),
      drop: vi.fn(),
    };
    const model = createCatalogModel({
      backend: fresh.backend,
      cache,
      onLoaded: () => {},
      onError: () => {},
    });
    const loaded = model.load();
    expect(order).toEqual(["fresh read", "cache asked"]);
    fresh.open();
    await loaded;
  });

  it("draws the cached catalog while the fresh one loads, stale until the fresh answers replace it", async () => {
    const fresh = answering(ok([group("swords")]), "fresh");
    const stored = answering(ok([group("swords")]), "cached");
    const cache = { backend: stored.backend, save: vi.fn(), drop: vi.fn() };
    const model = createCatalogModel({
      backend: fresh.backend,
      cache,
      onLoaded: () => {},
      onError: () => {},
    });
    const loaded = model.load();
    stored.open();
    await vi.waitFor(() => expect(skus(model.items.value)).toEqual(["swords-cached"]));
    expect(model.stale.value).toBe(true);
    fresh.open();
    await loaded;
    expect(skus(model.items.value)).toEqual(["swords-fresh"]);
    expect(model.stale.value).toBe(false);
    expect(cache.save).toHaveBeenCalledTimes(1);
  });

  it("keeps the cached part when the fresh read finds no network, and says the player is offline", async () => {
    const fresh = answering(err(apiError("network")), "fresh");
    const stored = answering(ok([group("swords")]), "cached");
    const cache = { backend: stored.backend, save: vi.fn(), drop: vi.fn() };
    const onOffline = vi.fn();
    const onError = vi.fn();
    const model = createCatalogModel({
      backend: fresh.backend,
      cache,
      onLoaded: () => {},
      onError,
      onOffline,
    });
    const loaded = model.load();
    stored.open();
    await vi.waitFor(() => expect(skus(model.items.value)).toEqual(["swords-cached"]));
    fresh.open();
    await loaded;
    expect(model.groups.value.status).toBe("ready");
    expect(model.stale.value).toBe(true);
    expect(onOffline).toHaveBeenCalledWith("offline");
    expect(onError.mock.calls.map(([section]) => section)).toEqual(["groups"]);
    expect(cache.save).not.toHaveBeenCalled();
    model.dispose();
  });

  it("shows the fresh answer's error over a cached part when the server, not the network, failed", async () => {
    const fresh = answering(err(apiError("http", { status: 500 })), "fresh");
    const stored = answering(ok([group("swords")]), "cached");
    const cache = { backend: stored.backend, save: vi.fn(), drop: vi.fn() };
    const model = createCatalogModel({
      backend: fresh.backend,
      cache,
      onLoaded: () => {},
      onError: () => {},
    });
    const loaded = model.load();
    stored.open();
    await vi.waitFor(() => expect(model.groups.value.status).toBe("ready"));
    fresh.open();
    await loaded;
    expect(model.groups.value.status).toBe("error");
    expect(model.stale.value).toBe(false);
  });

  it("forgets the stored catalog when it fails the schemas, and draws nothing of it", async () => {
    const fresh = answering(ok([group("swords")]), "fresh");
    const stored = answering(err(apiError("invalid-response")), "cached");
    const cache = { backend: stored.backend, save: vi.fn(), drop: vi.fn() };
    const model = createCatalogModel({
      backend: fresh.backend,
      cache,
      onLoaded: () => {},
      onError: () => {},
    });
    const loaded = model.load();
    stored.open();
    await vi.waitFor(() => expect(cache.drop).toHaveBeenCalled());
    expect(model.groups.value.status).toBe("loading");
    fresh.open();
    await loaded;
    expect(skus(model.items.value)).toEqual(["swords-fresh"]);
  });
});

describe("the catalog offline", () => {
  it("says so without a cache, reads again when the browser is back online, and stops listening once disposed", async () => {
    const window = new EventTarget();
    vi.stubGlobal("addEventListener", window.addEventListener.bind(window));
    vi.stubGlobal("removeEventListener", window.removeEventListener.bind(window));
    vi.stubGlobal("navigator", { onLine: false });
    let answer: Result<Group[], ReturnType<typeof apiError>> = err(apiError("network"));
    let reads = 0;
    const backend: CatalogBackend = {
      getGroups: async () => {
        reads += 1;
        return answer;
      },
      getItems: async (groupId) => ok([item({ sku: `${groupId}-1` })]),
      getVcPackages: async () => ok([]),
      getSubscriptions: async () => ok({ plans: [], active: null }),
      getPromotion: async () => ok(null),
    };
    const onOffline = vi.fn();
    const model = createCatalogModel({ backend, onLoaded: () => {}, onError: () => {}, onOffline });
    await model.load();
    expect(onOffline).toHaveBeenLastCalledWith("offlineNoCache");
    expect(model.groups.value.status).toBe("error");

    answer = ok([group("swords")]);
    window.dispatchEvent(new Event("online"));
    expect(onOffline).toHaveBeenLastCalledWith(null);
    await vi.waitFor(() => expect(skus(model.items.value)).toEqual(["swords-1"]));
    expect(reads).toBe(2);

    // Offline again, then destroyed: going online reads nothing more.
    answer = err(apiError("network"));
    await model.refresh();
    expect(onOffline).toHaveBeenLastCalledWith("offlineNoCache");
    model.dispose();
    window.dispatchEvent(new Event("online"));
    expect(reads).toBe(3);
    vi.unstubAllGlobals();
  });
});
