import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createSandboxApp } from "../../../demo/sandbox/app";
import { browserOf, demoQuery, sandbox } from "./helpers";

describe("demo page and static files", () => {
  const app = sandbox();

  it("serves the demo page under a strict Content-Security-Policy that frames only Pay Station", async () => {
    const response = await app.request("/");
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Security-Policy")).toBe(
      "default-src 'self'; frame-src http://localhost",
    );
    expect(response.headers.get("Content-Type")).toContain("text/html");
    const html = await response.text();
    expect(html).toContain('<script src="/dist/game-storefront.js" defer></script>');
    // Nothing inline that the policy would block.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/<style|\sstyle=|data:/);
  });

  it("serves the page's script, styles and icon with their content types", async () => {
    for (const [path, type] of [
      ["/demo/page.js", "text/javascript"],
      ["/demo/site.css", "text/css"],
      ["/demo/hostile.css", "text/css"],
      ["/demo/hostile-max.css", "text/css"],
      ["/favicon.ico", "image/svg+xml"],
    ]) {
      const response = await app.request(path ?? "");
      expect(response.status, path).toBe(200);
      expect(response.headers.get("Content-Type"), path).toContain(type);
    }
  });

  it("does not serve the sandbox's own sources or paths outside demo/", async () => {
    expect((await app.request("/demo/sandbox/app.ts")).status).toBe(404);
    expect((await app.request("/demo/..%2Fpackage.json")).status).toBe(404);
    expect((await app.request("/dist/..%2Fpackage.json")).status).toBe(404);
  });

  it("serves built bundles from dist/ uncached", async () => {
    const root = mkdtempSync(join(tmpdir(), "sandbox-root-"));
    mkdirSync(join(root, "dist"));
    writeFileSync(join(root, "dist", "game-storefront.js"), "console.warn('bundle')");
    const response = await createSandboxApp({ root }).request("/dist/game-storefront.js");
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toContain("text/javascript");
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    expect((await createSandboxApp({ root }).request("/dist/missing.js")).status).toBe(404);
  });
});

describe("images", () => {
  const app = sandbox();

  it("draws item, currency and package art as SVG", async () => {
    for (const path of [
      "/images/item/sword-ember.svg",
      "/images/vc/gold.svg",
      "/images/package/gold-500.svg",
    ]) {
      const response = await app.request(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get("Content-Type")).toBe("image/svg+xml");
      expect(await response.text()).toMatch(/^<svg /);
    }
  });

  it("answers 404 for items whose art is deliberately missing", async () => {
    expect((await app.request("/images/item/blaster-plasma.svg")).status).toBe(404);
  });
});

describe("request counter", () => {
  it("counts requests by method, path and query until reset", async () => {
    const app = sandbox();
    const groups = `/game/merchant/v2/projects/44056/storefront/virtual_items/groups?${demoQuery}`;
    await app.request(groups);
    await app.request(groups);
    await app.request("/images/vc/gold.svg");
    const counts = await (await app.request("/__sandbox/requests")).json();
    expect(counts.total).toBe(3);
    expect(counts.requests[`GET ${groups}`]).toBe(2);
    await app.request("/__sandbox/requests/reset", { method: "POST" });
    expect((await (await app.request("/__sandbox/requests")).json()).total).toBe(0);
  });
});

describe("game server", () => {
  it("reads the store as a guest for a signed-out visitor", async () => {
    const browser = browserOf(sandbox());
    await browser.signIn(null);
    const { status, body } = await browser.get(
      "/game/merchant/v2/projects/44056/storefront/subscriptions?currency=USD&language=en",
    );
    expect(status).toBe(200);
    // The guest has no plan of their own.
    expect(body.active_user_package).toBeNull();
  });
});
