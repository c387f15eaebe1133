import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, chromiumPath } from "./chromium.mjs";
const page_ = process.argv[2] || "/demo/bench/widget-merchant.html";
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
for (let run = 0; run < 4; run++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on("Tracing.dataCollected", (e) => events.push(...e.value));
  const done = new Promise((r) => cdp.once("Tracing.tracingComplete", r));
  await cdp.send("Tracing.start", { categories: "devtools.timeline,v8,disabled-by-default-devtools.timeline,blink.user_timing", transferMode: "ReportEvents" });
  await page.addInitScript(() => {
    window.__t = {};
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (i) { const s = attach.call(this, i);
      const o = new MutationObserver(() => { if (!window.__t.card && s.querySelector("li.gs-card")) { window.__t.card = performance.now(); requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = () => { window.__t.painted = performance.now(); }; c.port2.postMessage(0); }); } });
      o.observe(s, { childList: true, subtree: true }); return s; };
  });
  await page.goto("http://127.0.0.1:4447" + page_);
  await page.waitForFunction(() => window.__t.painted);
  const info = await page.evaluate(() => ({ t: window.__t, res: performance.getEntriesByType("resource").map((e) => [e.name.replace(location.origin, "").slice(0, 70), Math.round(e.startTime), Math.round(e.responseEnd)]) }));
  await cdp.send("Tracing.end"); await done;
  // main thread tasks
  const script = info.res.find((r) => r[0].includes("game-storefront.js") || r[0].includes("floor.js"));
  const t0 = script[2];
  const nav = events.find((e) => e.name === "navigationStart" || e.name === "TracingStartedInBrowser");
  // convert trace ts to page time: use the FunctionCall/EvaluateScript with url
  const evals = events.filter((e) => e.ph === "X" && e.dur > 500 && /^(EvaluateScript|FunctionCall|v8.compile|Layout|Paint|UpdateLayoutTree|ParseAuthorStyleSheet|RunMicrotasks|TimerFire|EventDispatch|FireAnimationFrame|v8.callFunction|ParseHTML|HitTest|PrePaint|Commit|RunTask|ThreadControllerImpl::RunTask)$/.test(e.name));
  if (run === 0) continue;
  console.log(`run ${run}: script loaded ${t0}, card ${Math.round(info.t.card)}, painted ${Math.round(info.t.painted)} (=${Math.round(info.t.painted - t0)} after)`);
  for (const r of info.res) console.log("   res", r[0].padEnd(72), r[1] - t0, r[2] - t0);
  // find anchor: ts of the EvaluateScript for main script
  const ev = evals.find((e) => e.name === "EvaluateScript" && (e.args?.data?.url || "").match(/game-storefront.js|floor.js/));
  if (!ev) continue;
  const base = ev.ts;
  const mainTid = ev.tid;
  const rows = evals.filter((e) => e.tid === mainTid && e.ts >= base - 1000 && e.name !== "RunTask" && e.name !== "ThreadControllerImpl::RunTask").sort((a, b) => a.ts - b.ts);
  const tops = events.filter((e) => e.ph === "X" && e.tid === mainTid && (e.name === "RunTask" || e.name === "ThreadControllerImpl::RunTask") && e.ts >= base - 1000 && e.dur > 1000).sort((a, b) => a.ts - b.ts);
  console.log("   tasks (ms rel. to main script eval):", tops.slice(0, 40).map((e) => `${((e.ts - base) / 1000).toFixed(0)}+${(e.dur / 1000).toFixed(1)}`).join(" "));
  for (const e of rows.slice(0, 40)) console.log(`      ${((e.ts - base) / 1000).toFixed(1).padStart(7)} +${(e.dur / 1000).toFixed(1).padStart(5)} ${e.name} ${(e.args?.data?.url || e.args?.data?.functionName || "").split("/").pop()}`);
  await context.close();
}
await browser.close();
