/**
 * How the game server talks to Hive: over Hive's HTTP interface with the game's certification
 * key as a Bearer token, which never reaches a browser (seed 003 advises calling Hive from the
 * game server for that reason). In the sandbox the "network" is the emulated Hive's own fetch,
 * in-process, as vendor-client.ts reaches the emulated Xsolla.
 */
import { HIVE_BASE, HIVE_CERTIFICATION_KEY } from "../shared/config";
import type { Upstream } from "./vendor-client";

export type HiveCall = "campaign" | "getCode" | "companion" | "progress";

export function createHiveClient(hive: Upstream) {
  return function call(origin: string, path: HiveCall, body: Record<string, unknown>) {
    return hive.fetch(
      new Request(new URL(`${HIVE_BASE}/ua/inviteCode/${path}`, origin), {
        method: "POST",
        headers: {
          Authorization: `Bearer ${HIVE_CERTIFICATION_KEY}`,
          "Content-Type": "application/json",
          Accept: "application/json",
        },
        body: JSON.stringify(body),
      }),
    );
  };
}

export type HiveClient = ReturnType<typeof createHiveClient>;
