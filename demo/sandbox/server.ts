/** Starts the sandbox: `node build/sandbox/server.js` (bundled by scripts/build.mjs). */
import { serve } from "@hono/node-server";
import { createSandboxApp } from "./app";

const port = Number(process.env.PORT ?? 4173);
// PAYSTATION_STEP_MS: the Pay Station page's delay between payment steps (default 300 ms).
const stepMs = process.env.PAYSTATION_STEP_MS;
const app = createSandboxApp(stepMs ? { payStationStepMs: Number(stepMs) } : {});

serve({ fetch: app.fetch, hostname: "127.0.0.1", port }, (info) => {
  process.stdout.write(`game-storefront sandbox: http://127.0.0.1:${info.port}/\n`);
});
