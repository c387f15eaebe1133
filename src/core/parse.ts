import type { z } from "zod/mini";
import { type ApiError, apiError } from "./errors";
import { idleTurn } from "./idle";
import { err, ok, type Result } from "./result";

/** Parses untrusted JSON with a schema; a mismatch is an `invalid-response` error, not a throw. */
export function parseWith<T>(schema: z.ZodMiniType<T>, json: unknown): Result<T, ApiError> {
  const parsed = schema.safeParse(json);
  return parsed.success ? ok(parsed.data) : err(apiError("invalid-response"));
}

/** Items checked before the first ones are handed on: more than the widget's first page. */
const FIRST_SLICE = 100;
/** Items checked per slice after that, each slice a few milliseconds on a slow phone. */
const SLICE = 400;

export interface ParseListOptions<D> {
  /** Hears the first items, checked and mapped, while the rest are still to be checked. */
  onFirst?: ((first: D[]) => void) | undefined;
  signal?: AbortSignal | undefined;
}

/**
 * Parses an untrusted list item by item with `schema` and maps each item, in slices with a
 * turn for the browser between them: a group of thousands must not hold its first cards back
 * until every item is checked, nor freeze the page while they are. One item that does not
 * match fails the whole list with `invalid-response`, as parsing the array at once would.
 */
export async function parseList<W, D>(
  list: readonly unknown[],
  schema: z.ZodMiniType<W>,
  map: (item: W) => D,
  { onFirst, signal }: ParseListOptions<D> = {},
): Promise<Result<D[], ApiError>> {
  const done: D[] = [];
  let end = FIRST_SLICE;
  for (;;) {
    for (const item of list.slice(done.length, end)) {
      const parsed = schema.safeParse(item);
      if (!parsed.success) return err(apiError("invalid-response"));
      done.push(map(parsed.data));
    }
    if (done.length === list.length) return ok(done);
    if (end === FIRST_SLICE) onFirst?.([...done]);
    await idleTurn();
    if (signal?.aborted) return err(apiError("aborted"));
    end += SLICE;
  }
}
