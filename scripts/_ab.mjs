import { readFileSync } from "node:fs";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, chromiumPath } from "./chromium.mjs";
const variants = Object.fromEntries(process.argv.slice(3).map((f) => [f, readFileSync(f, "utf8")]));
const pagePath = process.argv[2];
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const res = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
const N = Number(process.env.N || 12);
for (let run = 0; run < N; run++) {
  const keys = Object.keys(variants);
  if (run % 2) keys.reverse();
  for (const k of keys) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.route("**/dist/game-storefront.js", (route) => route.fulfill({ contentType: "text/javascript", body: variants[k] }));
    await page.addInitScript(() => {
      window.__t = {};
      const attach = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function (i) { const s = attach.call(this, i);
        const o = new MutationObserver(() => { if (!window.__t.card && s.querySelector("li.gs-card")) { window.__t.card = 1; requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = () => { window.__t.painted = performance.now(); }; c.port2.postMessage(0); }); } });
        o.observe(s, { childList: true, subtree: true }); return s; };
    });
    await page.goto("http://127.0.0.1:4447" + pagePath);
    await page.waitForFunction(() => window.__t.painted);
    const t = await page.evaluate(() => {
      const s = performance.getEntriesByType("resource").find((e) => e.name.endsWith("/dist/game-storefront.js"));
      return window.__t.painted - s.responseEnd;
    });
    if (run > 0) res[k].push(t);
    await context.close();
  }
}
await browser.close();
const med = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
for (const [k, v] of Object.entries(res)) console.log(k.padEnd(24), "median", med(v).toFixed(0), "  ", v.map((x) => x.toFixed(0)).join(" "));
