/** Time as the sandbox sees it, so tests can pin it. */
import { PROMOTION_LENGTH_MS } from "./config";

export interface Clock {
  now(): number;
  /** When the sandbox started. */
  startedAt: number;
  /** When the running promotion ends: a fixed moment, so its countdown really counts down. */
  promotionEndsAt: number;
}

export function createClock(now: () => number = Date.now): Clock {
  const startedAt = now();
  return { now, startedAt, promotionEndsAt: startedAt + PROMOTION_LENGTH_MS };
}

/** ISO 8601 with a numeric UTC offset and no milliseconds, as the seed writes dates. */
export function isoDate(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "+00:00");
}
