import type { ApiError } from "../core/errors";
import type { Result } from "../core/result";

/** What one section of the widget shows: a skeleton, its data, or an error with retry. */
export type SectionState<T> =
  | { status: "loading" }
  | { status: "ready"; data: T }
  | { status: "error"; error: ApiError };

export const loading = { status: "loading" } as const;

export function fromResult<T>(result: Result<T, ApiError>): SectionState<T> {
  return result.ok
    ? { status: "ready", data: result.value }
    : { status: "error", error: result.error };
}
