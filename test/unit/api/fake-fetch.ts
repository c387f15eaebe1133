import { readFileSync } from "node:fs";

/** One request as the fake server saw it. */
export interface SeenRequest {
  url: URL;
  method: string;
  headers: Record<string, string>;
  /** The JSON body, parsed; undefined when the request sent none. */
  body: unknown;
}

export type Handler = (url: URL, request: SeenRequest) => Response | Promise<Response>;

export type FakeFetch = typeof fetch & { seen: SeenRequest[] };

/**
 * A hand-written stand-in for fetch: routes every request to `handler`, records what it saw,
 * and honours the abort signal the way a browser does (rejecting with an AbortError).
 */
export function fakeFetch(handler: Handler): FakeFetch {
  const seen: SeenRequest[] = [];
  const fake = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const signal = init.signal ?? undefined;
    const request: SeenRequest = {
      url: new URL(String(input)),
      method: init.method ?? "GET",
      headers: { ...(init.headers as Record<string, string>) },
      body: typeof init.body === "string" ? JSON.parse(init.body) : undefined,
    };
    seen.push(request);
    const abortError = () => new DOMException("The operation was aborted.", "AbortError");
    if (signal?.aborted) throw abortError();
    return await new Promise<Response>((resolve, reject) => {
      signal?.addEventListener("abort", () => reject(abortError()), { once: true });
      Promise.resolve(handler(request.url, request)).then(resolve, reject);
    });
  };
  return Object.assign(fake, { seen }) as FakeFetch;
}

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json" },
  });
}

export function text(body: string, status = 200): Response {
  return new Response(body, { status, headers: { "Content-Type": "application/json" } });
}

/** A response that never comes; only an abort ends the request. */
export function never(): Promise<Response> {
  return new Promise(() => {});
}

export function fixture(path: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), "utf8"));
}

/** Serves the first route whose path ending matches, and a 404 for anything else. */
export function routes(table: Record<string, (url: URL) => unknown>, notFound: unknown): Handler {
  return (url) => {
    const match = Object.entries(table).find(([suffix]) => url.pathname.endsWith(suffix));
    return match ? json(match[1](url)) : json(notFound, 404);
  };
}

/** The value of a successful result, or a thrown error that shows what failed instead. */
export async function value<T>(
  pending: Promise<{ ok: true; value: T } | { ok: false; error: unknown }>,
): Promise<T> {
  const result = await pending;
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.error)}`);
  return result.value;
}
