import { readFileSync } from "node:fs";
import { expect } from "vitest";
import { createSandboxApp } from "../../../demo/sandbox/app";
import { MERCHANT_API_KEY, MERCHANT_ID } from "../../../demo/sandbox/config";

/** A fixed moment, so countdowns and dates are predictable. */
export const NOW = Date.UTC(2026, 5, 1, 12, 0, 0);

export function sandbox() {
  return createSandboxApp({ now: () => NOW, slowMs: 30 });
}

export const basicAuth = {
  Authorization: `Basic ${Buffer.from(`${MERCHANT_ID}:${MERCHANT_API_KEY}`).toString("base64")}`,
};

export const demoQuery = "user_id=demo-player-1&currency=USD&language=en";

/** A seed example from test/fixtures (verbatim payloads). */
export function fixture(path: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), "utf8"));
}

function kind(value: unknown): string {
  if (value === null) return "null";
  return Array.isArray(value) ? "array" : typeof value;
}

/**
 * Asserts that `actual` has the seed example's shape: the same keys, and the same JSON types
 * where the example's value is not null (null in an example says "may be absent").
 */
export function expectSeedShape(actual: unknown, seed: unknown, path = "$"): void {
  if (seed === null) return;
  expect(kind(actual), path).toBe(kind(seed));
  if (Array.isArray(seed) && Array.isArray(actual)) {
    const [example] = seed;
    if (example === undefined) return;
    for (const [i, entry] of actual.entries()) expectSeedShape(entry, example, `${path}[${i}]`);
    return;
  }
  if (typeof seed === "object" && typeof actual === "object" && actual !== null) {
    const seedObject = seed as Record<string, unknown>;
    const actualObject = actual as Record<string, unknown>;
    expect(Object.keys(actualObject).sort(), path).toEqual(Object.keys(seedObject).sort());
    for (const key of Object.keys(seedObject)) {
      expectSeedShape(actualObject[key], seedObject[key], `${path}.${key}`);
    }
  }
}
