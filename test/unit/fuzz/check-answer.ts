import type { ApiErrorKind } from "../../../src/core/errors";

const KINDS: readonly ApiErrorKind[] = [
  "http",
  "network",
  "timeout",
  "invalid-response",
  "aborted",
  "not-configured",
];

/**
 * Why an answer a client gave is not what the widget can draw or explain, or null when it is:
 * a Result whose error is typed, or whose value holds only strings, finite numbers, booleans,
 * null, valid dates, arrays and plain objects, with every image an http(s) URL or null.
 */
export function answerProblem(answer: unknown): string | null {
  if (!answer || typeof answer !== "object" || !("ok" in answer)) return "not a Result";
  const result = answer as { ok: unknown; value?: unknown; error?: unknown };
  if (result.ok === true) return valueProblem(result.value, "value");
  if (result.ok !== false) return "ok is not a boolean";
  const error = result.error as Record<string, unknown> | undefined;
  if (!error || !KINDS.includes(error.kind as ApiErrorKind)) return `untyped error ${error?.kind}`;
  for (const key of ["code", "serverMessage", "requestId", "reason"]) {
    if (error[key] !== undefined && typeof error[key] !== "string") return `error.${key} not text`;
  }
  if (error.status !== undefined && !Number.isInteger(error.status)) return "error.status";
  if (
    error.fields !== undefined &&
    !(error.fields as unknown[]).every((f) => typeof f === "string")
  )
    return "error.fields not text";
  return null;
}

function valueProblem(value: unknown, at: string): string | null {
  if (value === null || typeof value === "string" || typeof value === "boolean") return null;
  if (value === undefined) return at === "value" ? null : `${at} is undefined`;
  if (typeof value === "number") return Number.isFinite(value) ? null : `${at} is ${value}`;
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? `${at} is an invalid date` : null;
  if (Array.isArray(value)) {
    for (const [i, child] of value.entries()) {
      const problem = valueProblem(child, `${at}[${i}]`);
      if (problem) return problem;
    }
    return null;
  }
  if (typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [key, child] of Object.entries(value)) {
      if (/imageUrl$/i.test(key) && child !== null && !/^https?:\/\//i.test(String(child)))
        return `${at}.${key} is ${JSON.stringify(child).slice(0, 60)}`;
      const problem = valueProblem(child, `${at}.${key}`);
      if (problem) return problem;
    }
    return null;
  }
  return `${at} is ${typeof value}`;
}
