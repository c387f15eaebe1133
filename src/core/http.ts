import type { z } from "zod/mini";
import { type ApiError, apiError } from "./errors";
import { parseWith } from "./parse";
import { err, type Result } from "./result";

export type ErrorDetails = Pick<
  ApiError,
  "code" | "serverMessage" | "requestId" | "reason" | "fields"
>;

export interface RequestOptions<T> {
  url: string;
  /**
   * The answer's schema, or a promise of it: an adapter may fetch its schemas while the
   * request is in flight. One that fails to arrive makes the request fail as a network error.
   */
  schema: z.ZodMiniType<T> | PromiseLike<z.ZodMiniType<T>>;
  /**
   * Hears a successful answer's JSON as soon as it is read, before the schema has checked it
   * (and before a schema still on its way has arrived). Only for guesses that cost nothing
   * when wrong, such as a request sent early; what it throws is ignored.
   */
  peek?: ((json: unknown) => void) | undefined;
  /** Turns an error body into the server's message and code; each contract has its own shape. */
  readError: (body: unknown) => ErrorDetails | PromiseLike<ErrorDetails>;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: unknown;
  signal?: AbortSignal | undefined;
  /** Milliseconds before the request is given up. */
  timeoutMs?: number | undefined;
  /** How many times a GET is tried again after a network error or a 502/503/504. */
  retries?: number;
  fetchImpl?: typeof fetch | undefined;
}

/** Statuses that mean "a proxy or the service is briefly unavailable": worth one more try. */
const RETRYABLE_STATUS = [502, 503, 504];

/**
 * fetch + time limit + retry + schema. Never throws: every outcome is a Result, so a broken
 * answer from one endpoint becomes an error value in one section of the widget.
 */
export async function request<T>(options: RequestOptions<T>): Promise<Result<T, ApiError>> {
  // A schema still on its way may fail while the request is in flight: it is awaited (and its
  // failure becomes this request's error) only once the answer is there, so mark it handled.
  Promise.resolve(options.schema).catch(() => {});
  const retries = options.retries ?? (options.method === "POST" ? 0 : 1);
  for (let attempt = 0; ; attempt++) {
    const result = await attemptOnce(options);
    const retryable =
      !result.ok &&
      (result.error.kind === "network" || RETRYABLE_STATUS.includes(result.error.status ?? 0));
    if (!retryable || attempt >= retries || options.signal?.aborted) return result;
    await new Promise((resolve) => setTimeout(resolve, 300 * 2 ** attempt));
  }
}

async function attemptOnce<T>(options: RequestOptions<T>): Promise<Result<T, ApiError>> {
  const fetchImpl = options.fetchImpl ?? fetch;
  const timeout = AbortSignal.timeout(options.timeoutMs ?? 15_000);
  const headers: Record<string, string> = { Accept: "application/json", ...options.headers };
  if (options.body !== undefined) headers["Content-Type"] = "application/json";
  try {
    const response = await fetchImpl(options.url, {
      method: options.method ?? "GET",
      headers,
      body: options.body === undefined ? null : JSON.stringify(options.body),
      signal: options.signal ? AbortSignal.any([options.signal, timeout]) : timeout,
    });
    const json = safeJson(await response.text());
    if (!response.ok) {
      return err(apiError("http", { status: response.status, ...(await options.readError(json)) }));
    }
    if (json != null && options.peek) {
      try {
        options.peek(json);
      } catch {
        // A guess from an answer of an unexpected shape is no guess; the schema will say why.
      }
    }
    const schema = await options.schema;
    return json === undefined ? err(apiError("invalid-response")) : parseWith(schema, json);
  } catch {
    if (options.signal?.aborted) return err(apiError("aborted"));
    return err(apiError(timeout.aborted ? "timeout" : "network"));
  }
}

/** JSON, null for an empty body, or undefined when the text is not JSON (say an HTML error page). */
function safeJson(text: string): unknown {
  if (!text.trim()) return null;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
