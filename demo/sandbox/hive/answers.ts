/**
 * Hive's answers: HTTP 200 with `result_code` (200 for success) and `result_message` beside the
 * call's own fields, key for key as the seed's examples. The seed names no error codes; the
 * emulator's, documented in the README, follow HTTP's: 400 a bad body, 401 a wrong
 * certification key, 404 an unknown game, campaign or code.
 */

export const HIVE_RESULT = { ok: 200, badRequest: 400, badKey: 401, notFound: 404 } as const;

export function hiveOk(fields: Record<string, unknown>): Response {
  return Response.json({ ...fields, result_code: HIVE_RESULT.ok, result_message: "Success" });
}

/** An error result; `status` is the HTTP status, 200 as Hive answers unless told otherwise. */
export function hiveError(resultCode: number, message: string, status = 200): Response {
  return Response.json({ result_code: resultCode, result_message: message }, { status });
}
