import { afterEach, describe, expect, it, vi } from "vitest";
import { hasKept } from "../../../src/core/kept-answers";
import { MAX_BODY, MAX_ENTRIES, MAX_ENTRY, openWireCache } from "../../../src/core/wire-cache";

/** A Storage of a Map, which can be told to refuse writes like a full or disabled one. */
class MemoryStorage implements Storage {
  data = new Map<string, string>();
  refuse: "never" | "always" | "once" = "never";
  get length() {
    return this.data.size;
  }
  key(index: number) {
    return [...this.data.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.refuse !== "never") {
      if (this.refuse === "once") this.refuse = "never";
      throw new DOMException("full", "QuotaExceededError");
    }
    this.data.set(key, value);
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
  clear() {
    this.data.clear();
  }
}

const body = (text: string) => Promise.resolve(text);
const text = (response: Response) => response.text();

async function saved(storage: Storage, id: string, bodies: Record<string, string>) {
  const recorded = Object.fromEntries(Object.entries(bodies).map(([url, b]) => [url, body(b)]));
  await openWireCache(id, storage).save(recorded);
}

describe("the wire cache", () => {
  it("answers a later visit with the bodies saved by URL, and 404 for any other URL", async () => {
    const storage = new MemoryStorage();
    await saved(storage, "a", { "/groups": '{"groups":[]}' });
    const cache = openWireCache("a", storage);
    const hit = cache.read("/groups");
    expect(hit.status).toBe(200);
    expect(await text(hit)).toBe('{"groups":[]}');
    expect(cache.read("/items").status).toBe(404);
    // Another store's identity reads nothing of it.
    expect(openWireCache("b", storage).read("/groups").status).toBe(404);
  });

  it("keeps its entries under a versioned prefix, and removes another version's on saving", async () => {
    const storage = new MemoryStorage();
    storage.setItem("gs-cache:0:a", JSON.stringify({ t: 1, b: { "/groups": "{}" } }));
    storage.setItem("the-page's-own", "kept");
    await saved(storage, "a", { "/groups": "{}" });
    expect([...storage.data.keys()].sort()).toEqual(["gs-cache:1:a", "the-page's-own"]);
  });

  it("does not keep a body over the size limit, nor an entry over its limit", async () => {
    const storage = new MemoryStorage();
    const big = "x".repeat(MAX_BODY + 1);
    await saved(storage, "a", { "/small": "{}", "/big": big });
    const cache = openWireCache("a", storage);
    expect(cache.read("/small").status).toBe(200);
    expect(cache.read("/big").status).toBe(404);

    const parts = Object.fromEntries(
      Array.from({ length: Math.ceil(MAX_ENTRY / MAX_BODY) + 1 }, (_, i) => [
        `/p${i}`,
        "y".repeat(MAX_BODY),
      ]),
    );
    await saved(storage, "b", parts);
    expect(storage.getItem("gs-cache:1:b")).toBeNull();
  });

  it("keeps at most MAX_ENTRIES stores' entries, dropping the oldest", async () => {
    const storage = new MemoryStorage();
    for (let i = 0; i < MAX_ENTRIES + 2; i++) {
      storage.setItem(`gs-cache:1:old${i}`, JSON.stringify({ t: 1000 + i, b: {} }));
    }
    await saved(storage, "new", { "/groups": "{}" });
    const kept = [...storage.data.keys()].sort();
    expect(kept).toHaveLength(MAX_ENTRIES);
    expect(kept).toContain("gs-cache:1:new");
    // The newest others stay: old5, old4, old3 when MAX_ENTRIES is 4.
    expect(kept).not.toContain("gs-cache:1:old0");
    expect(kept).toContain(`gs-cache:1:old${MAX_ENTRIES + 1}`);
  });

  it("treats an entry that is not JSON, or not an entry, as none, and removes it on saving", async () => {
    const storage = new MemoryStorage();
    storage.setItem("gs-cache:1:a", "{not json");
    storage.setItem("gs-cache:1:b", JSON.stringify({ t: "yesterday", b: {} }));
    storage.setItem("gs-cache:1:c", JSON.stringify({ t: 1, b: { "/groups": 42 } }));
    expect(openWireCache("a", storage).read("/groups").status).toBe(404);
    expect(openWireCache("b", storage).read("/groups").status).toBe(404);
    expect(openWireCache("c", storage).read("/groups").status).toBe(404);
    await saved(storage, "d", {});
    expect(storage.getItem("gs-cache:1:a")).toBeNull();
    expect(storage.getItem("gs-cache:1:b")).toBeNull();
  });

  it("leaves out a body that could not be read", async () => {
    const storage = new MemoryStorage();
    await saved(storage, "a", { "/groups": "" });
    expect(openWireCache("a", storage).read("/groups").status).toBe(404);
  });

  it("forgets its entry when dropped (one that failed its schema)", async () => {
    const storage = new MemoryStorage();
    await saved(storage, "a", { "/groups": "{}" });
    openWireCache("a", storage).drop();
    expect(storage.getItem("gs-cache:1:a")).toBeNull();
  });

  it("makes room by dropping other stores' entries when the storage is full", async () => {
    const storage = new MemoryStorage();
    storage.setItem("gs-cache:1:other", JSON.stringify({ t: 1, b: {} }));
    storage.refuse = "once";
    await saved(storage, "a", { "/groups": "{}" });
    expect([...storage.data.keys()]).toEqual(["gs-cache:1:a"]);
  });

  it("works without a cache where storage throws, is missing or refuses every write", async () => {
    const throwing = {
      get length(): number {
        throw new Error("denied");
      },
      getItem() {
        throw new Error("denied");
      },
      setItem() {
        throw new Error("denied");
      },
      removeItem() {
        throw new Error("denied");
      },
      key() {
        throw new Error("denied");
      },
      clear() {},
    } as Storage;
    for (const storage of [throwing, null]) {
      const cache = openWireCache("a", storage);
      expect(cache.read("/groups").status).toBe(404);
      await expect(cache.save({ "/groups": body("{}") })).resolves.toBeUndefined();
      expect(() => cache.drop()).not.toThrow();
    }
    const full = new MemoryStorage();
    full.refuse = "always";
    await expect(openWireCache("a", full).save({ "/groups": body("{}") })).resolves.toBeUndefined();
    expect(full.data.size).toBe(0);
  });
});

describe("whether anything is kept, as the store's first view asks", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("sees what the cache saved, and nothing before or of another version", async () => {
    const storage = new MemoryStorage();
    vi.stubGlobal("localStorage", storage);
    expect(hasKept()).toBe(false);
    storage.setItem("gs-cache:0:old", "{}");
    storage.setItem("unrelated", "1");
    expect(hasKept()).toBe(false);
    await saved(storage, "merchant|/game|44056", { "/game/groups": "[]" });
    expect(hasKept()).toBe(true);
  });

  it("answers no where storage throws", () => {
    vi.stubGlobal("localStorage", {
      get length(): number {
        throw new DOMException("denied", "SecurityError");
      },
    });
    expect(hasKept()).toBe(false);
  });
});
