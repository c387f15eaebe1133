/**
 * Counts the requests the sandbox answers, by method, path and query, so end-to-end tests can
 * check that nothing is fetched twice. One count per process: tests that read it reset it first.
 */
export interface RequestCounts {
  since: string;
  total: number;
  /** "GET /game/merchant/...?user_id=..." -> how many times it was asked. */
  requests: Record<string, number>;
}

export function createRequestCounter(now: () => number) {
  let counts = new Map<string, number>();
  let since = now();
  return {
    record(method: string, url: URL) {
      const key = `${method} ${url.pathname}${url.search}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    },
    snapshot(): RequestCounts {
      let total = 0;
      for (const count of counts.values()) total += count;
      return { since: new Date(since).toISOString(), total, requests: Object.fromEntries(counts) };
    },
    reset() {
      counts = new Map();
      since = now();
    },
  };
}

export type RequestCounter = ReturnType<typeof createRequestCounter>;
