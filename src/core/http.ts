import type { z } from "zod/mini";
import { type ApiError, apiError } from "./errors";
import { parseWith } from "./parse";
import { err, type Result } from "./result";
import { isRetryable, pause, readRetry, retryDelay } from "./retry";

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
  method?: "GET" | "POST" | "PUT" | "DELETE";
  headers?: Record<string, string>;
  body?: unknown;
  signal?: AbortSignal | undefined;
  /** Milliseconds before the request is given up. */
  timeoutMs?: number | undefined;
  /**
   * How many times a GET is tried again after no answer, a time-out, a 5xx or a 429 (see
   * retry.ts); a POST never is, as it may have done its work before the answer was lost.
   */
  retries?: number;
  fetchImpl?: typeof fetch | undefined;
}

/**
 * fetch + time limit + retry + schema. Never throws: every outcome is a Result, so a broken
 * answer from one endpoint becomes an error value in one section of the widget.
 */
export async function request<T>(options: RequestOptions<T>): Promise<Result<T, ApiError>> {
  // A schema still on its way may fail while the request is in flight: it is awaited (and its
  // failure becomes this request's error) only once the answer is there, so mark it handled.
  Promise.resolve(options.schema).catch(() => {});
  const retries = options.retries ?? (options.method === "POST" ? 0 : readRetry.retries);
  for (let attempt = 0; ; attempt++) {
    const answer: Answer = {};
    const result = await attemptOnce(options, answer);
    if (result.ok || !isRetryable(result.error) || attempt >= retries || options.signal?.aborted)
      return result;
    await pause(retryDelay(attempt, answer.retryAfter), options.signal);
    // Destroyed or replaced while waiting: no further request, and no time limit's timer.
    if (options.signal?.aborted) return err(apiError("aborted"));
  }
}

/** What an attempt tells the loop besides its result: the error answer's `Retry-After`. */
interface Answer {
  retryAfter?: string | null;
}

async function attemptOnce<T>(
  options: RequestOptions<T>,
  answer: Answer,
): Promise<Result<T, ApiError>> {
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
      answer.retryAfter = response.headers.get("Retry-After");
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
