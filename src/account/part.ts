import type { ApiError } from "../core/errors";

/** One part of a section read from the server: a value, or why it could not be read. */
export type Part<T> =
  | { kind: "loading" }
  | { kind: "ready"; value: T }
  | { kind: "failed"; error: ApiError };

export const loading: Part<never> = { kind: "loading" };
