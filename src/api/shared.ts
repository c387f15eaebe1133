import type { ApiError } from "../core/errors";
import { type RequestOptions, request } from "../core/http";
import type { Result } from "../core/result";
import type { BackendConfig } from "./backend";

/*
 * The request wrapper that both adapters share, which the first view's reads go through. The
 * mapping helpers of their answers are in mapping.ts and their shared schemas in
 * shared-schemas.ts, which only the wire chunks load. It imports only from src/core.
 */

/** The ISO 639-1 part of a BCP 47 tag: "pt-BR" -> "pt". */
export function languageOf(locale: string): string {
  return (locale.split(/[-_]/)[0] ?? "").toLowerCase() || "en";
}

// Requests

/**
 * The Store API's `Authorization: Bearer` header for the player's token. The catalog is
 * readable without one, so a token source that fails leaves a request anonymous (prices stay
 * right, per-user limits are not personal) instead of failing it; a call that needs the player
 * then answers 401.
 */
export async function authHeaders(
  config: Pick<BackendConfig, "userToken">,
): Promise<Record<string, string>> {
  try {
    const source = config.userToken;
    const token = typeof source === "function" ? await source() : source;
    return token ? { Authorization: `Bearer ${token}` } : {};
  } catch {
    return {};
  }
}

export interface GetOptions<T> {
  url: string;
  schema: RequestOptions<T>["schema"];
  readError: RequestOptions<T>["readError"];
  peek?: RequestOptions<T>["peek"];
  headers?: Record<string, string>;
  signal?: AbortSignal | undefined;
}

/** A POST of a JSON body with the configured fetch and time limit; never retried. */
export function post<T>(
  config: BackendConfig,
  options: GetOptions<T> & { body: unknown },
): Promise<Result<T, ApiError>> {
  return request({
    ...options,
    method: "POST",
    fetchImpl: config.fetchImpl,
    timeoutMs: config.timeoutMs,
  });
}

/** A GET with the configured fetch and time limit. */
export function get<T>(
  config: BackendConfig,
  options: GetOptions<T>,
): Promise<Result<T, ApiError>> {
  return request({ ...options, fetchImpl: config.fetchImpl, timeoutMs: config.timeoutMs });
}

/** Joins a base URL, a path and the query parameters that have a value. */
export function buildUrl(
  base: string,
  path: string,
  query: Record<string, string | number | undefined>,
): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== "") params.set(key, String(value));
  }
  const search = params.toString();
  return `${base.replace(/\/+$/, "")}${path}${search ? `?${search}` : ""}`;
}
