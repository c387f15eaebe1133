import type { z } from "zod/mini";
import { type ApiError, apiError } from "./errors";
import { err, ok, type Result } from "./result";

/** Parses untrusted JSON with a schema; a mismatch is an `invalid-response` error, not a throw. */
export function parseWith<T>(schema: z.ZodMiniType<T>, json: unknown): Result<T, ApiError> {
  const parsed = schema.safeParse(json);
  return parsed.success ? ok(parsed.data) : err(apiError("invalid-response"));
}
