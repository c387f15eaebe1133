import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

/*
 * The layers of ARCHITECTURE.md are enforced by biome (biome.json's overrides). These probes
 * write one file per forbidden import into the tree, lint them, and expect biome to refuse
 * each, so that a loosened rule fails this test and not only a later review.
 */
const root = new URL("../../..", import.meta.url).pathname;
const probe = `layer-probe-${process.pid}`;
const probes: [file: string, source: string][] = [
  [`src/core/${probe}.ts`, 'import "../api";'],
  [`src/core/i18n/${probe}.ts`, 'import "../../widget";'],
  [`src/api/${probe}.ts`, 'import "../paystation";'],
  [`src/api/merchant/${probe}.ts`, 'import "../xsolla";'],
  [`src/api/xsolla/${probe}.ts`, 'import "../merchant/adapt";'],
  [`src/paystation/${probe}.ts`, 'import "preact";'],
  [`src/paystation/${probe}-api.ts`, 'import "../api";'],
  [`src/ui/${probe}.ts`, 'import "../widget";'],
  [`src/ui/${probe}-http.ts`, 'import "../core/http";'],
  [`src/widget/${probe}.ts`, 'import "../embed";'],
  [`src/rewards/${probe}.ts`, 'import "../widget";'],
  [`src/gifting/${probe}.ts`, 'import "../invites";'],
  [`demo/sandbox/game-server/${probe}.ts`, 'import "../vendor/store";'],
];
const written: string[] = [];

afterAll(() => {
  for (const file of written) rmSync(join(root, file), { force: true });
  for (const dir of ["src/rewards", "src/gifting", "demo/sandbox/game-server"]) {
    try {
      execFileSync("rmdir", [join(root, dir)], { stdio: "ignore" });
    } catch {
      // The folder has real files: keep it.
    }
  }
});

describe("the linter keeps imports running down the layers", () => {
  it("refuses every import against the direction", () => {
    for (const [file, source] of probes) {
      mkdirSync(dirname(join(root, file)), { recursive: true });
      writeFileSync(join(root, file), `${source}\n`);
      written.push(file);
    }
    let output = "";
    try {
      execFileSync("npx", ["biome", "lint", "--max-diagnostics=100", ...written], {
        cwd: root,
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
      });
    } catch (error) {
      const failed = error as { stdout?: string; stderr?: string };
      output = `${failed.stdout ?? ""}${failed.stderr ?? ""}`;
    }
    for (const file of written) {
      expect(output, `${file} should be refused`).toMatch(
        new RegExp(`${file.replace(/[.]/g, "\\.")}:\\d+:\\d+ lint/style/noRestrictedImports`),
      );
    }
  }, 30_000);
});
