import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "./scripts/chromium.mjs";

const port = Number(process.env.E2E_PORT ?? 4391);

export default defineConfig({
  testDir: "test/e2e",
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: "list",
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: "chromium",
    trace: "off",
    launchOptions: {
      executablePath: chromiumPath(),
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    command: "node scripts/e2e-sandbox.mjs",
    env: { PORT: String(port) },
    url: `http://127.0.0.1:${port}/`,
    // Never someone else's server: another checkout's sandbox on this port runs other code and
    // stops when its own run ends, in the middle of this one. A taken port fails at once;
    // E2E_PORT picks another.
    reuseExistingServer: false,
    timeout: 20_000,
  },
});
