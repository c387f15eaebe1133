import type { ApiError } from "../core/errors";
import type { Result } from "../core/result";

/**
 * What one section of the widget shows: a skeleton, its data, or an error with retry. Data
 * marked `cached` was drawn from the browser's storage (the last visit's) and is shown only
 * until the fresh answer replaces it: nothing is bought from it.
 */
export type SectionState<T> =
  | { status: "loading" }
  | { status: "ready"; data: T; cached?: true }
  | { status: "error"; error: ApiError };

export const loading = { status: "loading" } as const;

export function fromResult<T>(result: Result<T, ApiError>): SectionState<T> {
  return result.ok
    ? { status: "ready", data: result.value }
    : { status: "error", error: result.error };
}

export const isCached = (state: SectionState<unknown> | null | undefined): boolean =>
  state?.status === "ready" && !!state.cached;
