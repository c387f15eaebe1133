import { readFileSync } from "node:fs";
import { expect } from "vitest";
import { createSandboxApp } from "../../../demo/sandbox/app";
import { MERCHANT_API_KEY, MERCHANT_ID } from "../../../demo/sandbox/shared/config";

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

type App = ReturnType<typeof createSandboxApp>;

/**
 * A browser's view of the sandbox: requests carry the cookies earlier answers set (the game
 * server's session), as a browser tab on the demo page would.
 */
export function browserOf(app: App) {
  const cookies = new Map<string, string>();

  async function request(path: string, init: RequestInit = {}) {
    const headers = new Headers(init.headers);
    if (cookies.size > 0)
      headers.set("Cookie", [...cookies].map(([name, value]) => `${name}=${value}`).join("; "));
    const response = await app.request(path, { ...init, headers });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const at = pair.indexOf("=");
      cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
    }
    return response;
  }

  /** A JSON POST; answers the status and the parsed body (null when there is none). */
  async function post(path: string, body?: unknown, headers: Record<string, string> = {}) {
    const response = await request(path, {
      method: "POST",
      headers: { "Content-Type": "application/json", ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { response, status: response.status, body: text ? JSON.parse(text) : null };
  }

  async function get(path: string, headers: Record<string, string> = {}) {
    const response = await request(path, { headers });
    return { response, status: response.status, body: await response.json() };
  }

  /** Switches the game server's session to a demo player, or signs out with null. */
  async function signIn(playerId: string | null) {
    const answer = await post("/game/session", { playerId });
    expect(answer.status).toBe(200);
    return answer.body;
  }

  return { request, post, get, signIn, cookies };
}

/** Pays a Pay Station token with a sandbox test card, as the Pay Station page does. */
export async function payWithCard(app: App, token: string, number = "4111111111111111") {
  const response = await app.request("/paystation/api/pay", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ token, card: { number, expiry: "12/20", cvv: "123" } }),
  });
  return { status: response.status, body: await response.json() };
}

/** What the sandbox recorded for a token: its request, payments and Store order. */
export async function tokenRecord(app: App, token: string) {
  return (await app.request(`/__sandbox/paystation/tokens/${encodeURIComponent(token)}`)).json();
}
