import type { z } from "zod/mini";
import { type ApiError, apiError } from "./errors";
import { err, ok, type Result } from "./result";
import { parseWith } from "./parse";

export interface RequestOptions<T> {
  url: string;
  schema: z.ZodMiniType<T>;
  /** Turns an error body into the server's message and code; each contract has its own shape. */
  readError: (body: unknown) => Pick<ApiError, "code" | "serverMessage" | "requestId">;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: unknown;
  signal?: AbortSignal;
  /** Milliseconds before the request is given up. */
  timeoutMs?: number;
  /** How many times a GET is tried again after a network error or a 502/503/504. */
  retries?: number;
  fetchImpl?: typeof fetch;
}

const RETRYABLE_STATUS = new Set([502, 503, 504]);
const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * fetch + time limit + retry + schema. Never throws: every outcome is a Result, so a broken
 * answer from one endpoint becomes an error value in one section of the widget.
 */
export async function request<T>(options: RequestOptions<T>): Promise<Result<T, ApiError>> {
  const method = options.method ?? "GET";
  const retries = options.retries ?? (method === "GET" ? 1 : 0);
  let attempt = 0;
  for (;;) {
    const result = await attemptOnce(options, method);
    const retryable =
      !result.ok &&
      (result.error.kind === "network" ||
        (result.error.kind === "http" && RETRYABLE_STATUS.has(result.error.status ?? 0)));
    if (!retryable || attempt >= retries || options.signal?.aborted) return result;
    attempt += 1;
    await delay(200 * 2 ** attempt, options.signal);
  }
}

async function attemptOnce<T>(
  options: RequestOptions<T>,
  method: string,
): Promise<Result<T, ApiError>> {
  const fetchImpl = options.fetchImpl ?? globalThis.fetch.bind(globalThis);
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const signal = options.signal ? anySignal([options.signal, timeout.signal]) : timeout.signal;
  const headers: Record<string, string> = { Accept: "application/json", ...options.headers };
  if (options.body !== undefined) headers["Content-Type"] = "application/json";
  try {
    const response = await fetchImpl(options.url, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal,
    });
    const text = await response.text();
    if (!response.ok) {
      return err(
        apiError("http", { status: response.status, ...options.readError(safeJson(text)) }),
      );
    }
    const json = safeJson(text);
    if (json === undefined) return err(apiError("invalid-response"));
    return parseWith(options.schema, json);
  } catch {
    if (options.signal?.aborted) return err(apiError("aborted"));
    if (timeout.signal.aborted) return err(apiError("timeout"));
    return err(apiError("network"));
  } finally {
    clearTimeout(timer);
  }
}

function safeJson(text: string): unknown {
  if (text.trim() === "") return null;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** AbortSignal.any is recent; this keeps older embedded browsers working. */
function anySignal(signals: AbortSignal[]): AbortSignal {
  const controller = new AbortController();
  for (const s of signals) {
    if (s.aborted) {
      controller.abort();
      break;
    }
    s.addEventListener("abort", () => controller.abort(), { once: true });
  }
  return controller.signal;
}

function delay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}
