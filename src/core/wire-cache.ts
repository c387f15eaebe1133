/**
 * The last good catalog of one store, kept in localStorage as the bodies that came off the
 * wire (URL -> response text), so that reading it back goes through the very same schemas and
 * adapters as a fresh answer: a cached body is only ever as trusted as a fresh one.
 *
 * One storage key per store identity, `gs-cache:1:{id}` (the id names the backend, API base,
 * project, locale, currency, country and player; never a token). The version is in the key:
 * an entry of another version is removed when a store saves, and a new version of the format
 * simply misses. Bounds: a body over MAX_BODY characters is not kept, an entry over MAX_ENTRY
 * is not saved, and at most MAX_ENTRIES entries are kept, the oldest going first. Every access
 * is guarded: storage that is missing, disabled (Safari's private mode of old), full or
 * throwing leaves the store working without a cache.
 */
// kept-answers.ts has its own copy of KEY for the first view.
const PREFIX = "gs-cache:";
const KEY = `${PREFIX}1:`;

export const MAX_BODY = 256 * 1024;
export const MAX_ENTRY = 512 * 1024;
export const MAX_ENTRIES = 4;

/** What a storage key holds: when it was saved, and the bodies by URL. */
interface Entry {
  t: number;
  b: Record<string, string>;
}

export interface WireCache {
  /** The stored answer to a GET of `url`, or a 404 (never a failure, which would be retried). */
  read(url: string): Response;
  /**
   * Stores the bodies of a load that went well, by URL, as this store's entry; a body that
   * could not be read is "" and left out.
   */
  save(bodies: Record<string, Promise<string>>): Promise<void>;
  /** Forgets this store's entry (one that failed its schema). */
  drop(): void;
}

/** Opens the entry of store `id` in `storage` (default localStorage; null: none). */
export function openWireCache(id: string, storage?: Storage | null): WireCache {
  const key = KEY + id;
  let store = storage;
  try {
    // Merely reading `localStorage` throws where storage is disabled.
    if (store === undefined) store = globalThis.localStorage;
  } catch {}
  const read = (name: string): Entry | null => {
    try {
      const entry = JSON.parse(store?.getItem(name) ?? "") as Entry;
      return typeof entry.t === "number" && typeof entry.b === "object" && entry.b ? entry : null;
    } catch {
      return null;
    }
  };
  const remove = (name: string) => {
    try {
      store?.removeItem(name);
    } catch {}
  };
  const bodies = read(key)?.b;

  const ourKeys = () =>
    Array.from({ length: store?.length ?? 0 }, (_, i) => store?.key(i) ?? "").filter((name) =>
      name.startsWith(PREFIX),
    );
  /**
   * Writes the entry, first removing other versions' entries, unreadable ones and all but the
   * newest MAX_ENTRIES - 1 of the other stores'.
   */
  const write = (value: string) => {
    const others = ourKeys()
      .filter((name) => name !== key)
      .map((name): [number, string] => [(name.startsWith(KEY) && read(name)?.t) || -1, name])
      .sort((a, b) => b[0] - a[0]);
    others.forEach(([t, name], i) => {
      if (t < 0 || i >= MAX_ENTRIES - 1) remove(name);
    });
    store?.setItem(key, value);
  };

  return {
    read: (url) => {
      const body = bodies?.[url];
      return typeof body === "string" ? new Response(body) : new Response(null, { status: 404 });
    },
    async save(recorded) {
      const kept: Record<string, string> = {};
      for (const url in recorded) {
        const text = await recorded[url];
        if (text && text.length <= MAX_BODY) kept[url] = text;
      }
      const value = JSON.stringify({ t: Date.now(), b: kept });
      if (value.length > MAX_ENTRY) return;
      try {
        write(value);
      } catch {
        // Full: this store's entry matters more than older ones of other stores.
        try {
          for (const name of ourKeys()) remove(name);
          store?.setItem(key, value);
        } catch {}
      }
    },
    drop: () => remove(key),
  };
}
