// The widget's benchmark, run by `npm run bench` after the build:
//  1. the raw and gzip size of every file in dist/;
//  2. the time from the widget's script starting to download to its first catalog card being
//     painted, in Debian's Chromium against the sandbox: the median of 5 cold page loads for
//     the demo catalog and for one group of 5,000 items, with each backend;
//  3. the time from `XPayStationWidget.open()` to the Pay Station lightbox's dialog being
//     rendered, on the launcher demo page: the median of 20 opens after a first one;
//  4. the time from a player's click on "Buy 500 Gold" in the store to the Pay Station dialog
//     shown (the token request included) and to Pay Station loaded in it, for each backend.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, chromiumPath } from "./chromium.mjs";
import { BUDGETS, distSizes } from "./sizes.mjs";

const RUNS = 5;
const SCENARIOS = [
  { name: "demo catalog", project: "44056", backend: "merchant" },
  { name: "demo catalog", project: "44056", backend: "xsolla" },
  { name: "5,000 items", project: "5000", backend: "merchant" },
  { name: "5,000 items", project: "5000", backend: "xsolla" },
];
const SCRIPT_PATH = "/dist/game-storefront.js";
const root = new URL("..", import.meta.url).pathname;
const print = (line = "") => process.stdout.write(`${line}\n`);

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts the built sandbox and resolves with its base URL once it says it is listening. */
async function startSandbox() {
  const entry = `${root}build/sandbox/server.js`;
  if (!existsSync(entry))
    throw new Error(`${entry} is missing: run \`node scripts/build.mjs\` first.`);
  const port = await freePort();
  const child = spawn(process.execPath, [entry], {
    cwd: root,
    env: { ...process.env, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const url = await new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(
      () => reject(new Error(`the sandbox did not start:\n${output}`)),
      15_000,
    );
    const read = (chunk) => {
      output += chunk;
      const match = /game-storefront sandbox: (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on("data", read);
    child.stderr.on("data", read);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`the sandbox exited with ${code}:\n${output}`));
    });
  });
  return { url, stop: () => child.kill() };
}

/**
 * Runs in the page before its own scripts. The widget renders into a shadow root that a
 * document-wide MutationObserver cannot see into, so each new shadow root gets its own
 * observer. The first `li.gs-card` is painted by the frame after the one it was added in:
 * the time is taken in a task queued from that frame's requestAnimationFrame callback.
 */
function watchFirstCard() {
  const bench = { cardAt: 0, paintedAt: 0 };
  window.__bench = bench;
  const found = () => {
    if (bench.cardAt) return;
    bench.cardAt = performance.now();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        bench.paintedAt = performance.now();
      };
      channel.port2.postMessage(null);
    });
  };
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const shadow = attachShadow.call(this, init);
    const observer = new MutationObserver(() => {
      if (shadow.querySelector("li.gs-card")) {
        observer.disconnect();
        found();
      }
    });
    observer.observe(shadow, { childList: true, subtree: true });
    return shadow;
  };
}

/** One cold page load: ms from the script's request starting to the first card painted. */
async function measure(browser, baseUrl, scenario) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.addInitScript(watchFirstCard);
    const query = new URLSearchParams({ backend: scenario.backend, project: scenario.project });
    await page.goto(`${baseUrl}?${query}`, { waitUntil: "domcontentloaded" });
    await page.waitForFunction(() => window.__bench?.paintedAt > 0, null, { timeout: 30_000 });
    return await page.evaluate((scriptUrl) => {
      const script = performance.getEntriesByName(scriptUrl)[0];
      if (!script) throw new Error(`no resource timing for ${scriptUrl}`);
      const { paintedAt } = window.__bench;
      return { total: paintedAt - script.startTime, afterLoad: paintedAt - script.responseEnd };
    }, new URL(SCRIPT_PATH, baseUrl).href);
  } finally {
    await context.close();
  }
}

const LAUNCHER_OPENS = 20;

/**
 * Runs in the launcher demo page: opens the lightbox `opens + 1` times (the first, cold, kept
 * apart) and times each from just before `open()` to the dialog rendered: a
 * requestAnimationFrame after the dialog node appeared, and a task queued from it, which runs
 * once that frame has been painted. Each open starts at the beginning of a task, a frame after
 * the previous close. `call` is the time spent inside open() itself.
 */
async function timeLauncherOpens(opens) {
  const widget = window.XPayStationWidget;
  if (!widget) throw new Error("no XPayStationWidget on the launcher demo");
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const afterPaint = () =>
    new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = resolve;
      channel.port2.postMessage(null);
    });
  const runs = [];
  for (let i = 0; i <= opens; i += 1) {
    await nextFrame();
    await new Promise((resolve) => setTimeout(resolve));
    const start = performance.now();
    widget.open();
    const called = performance.now();
    const host = document.querySelector("[data-xpaystation-widget-lightbox]");
    const dialog = host?.shadowRoot?.querySelector('[role="dialog"]');
    if (!dialog) throw new Error("open() rendered no dialog");
    await nextFrame();
    await afterPaint();
    const rendered = performance.now();
    if (!(dialog.getBoundingClientRect().width > 0)) throw new Error("the dialog has no size");
    widget.close();
    runs.push({ call: called - start, total: rendered - start });
  }
  return runs;
}

/** Opens the launcher demo in a fresh context and times the lightbox opening. */
async function measureLauncher(browser, baseUrl) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(new URL("/paystation-demo.html?mode=lightbox", baseUrl).href);
    await page.waitForSelector("body[data-launcher-ready]", { timeout: 30_000 });
    return await page.evaluate(timeLauncherOpens, LAUNCHER_OPENS);
  } finally {
    await context.close();
  }
}

function printLauncher(runs) {
  const [first, ...rest] = runs;
  const totals = rest.map((run) => run.total);
  const cells = (values) => values.map((value) => value.padStart(11)).join("  ");
  print();
  print(`XPayStationWidget.open() -> lightbox dialog rendered (ms, ${rest.length} opens)`);
  print(cells(["first", "median", "min", "max", "open() call"]));
  print(
    cells(
      [
        first.total,
        median(totals),
        Math.min(...totals),
        Math.max(...totals),
        median(rest.map((run) => run.call)),
      ].map((value) => value.toFixed(1)),
    ),
  );
  print("(first: the first open on the page; open() call: the median time spent inside open())");
}

const PURCHASE_RUNS = 5;

/**
 * Runs in the store demo page: clicks "Buy 500 Gold" and times, from the click, the Pay
 * Station dialog appearing (the token's round trip and the launcher) and Pay Station's page
 * loaded in it (the store's `load` event).
 */
function timeBuyClick() {
  return new Promise((resolve, reject) => {
    const host = document.getElementById("storefront-1");
    const button = host?.shadowRoot?.querySelector('button[aria-label="Buy 500 Gold"]');
    if (!host || !button) throw new Error('no "Buy 500 Gold" button in the store');
    let dialogAt = 0;
    const start = performance.now();
    const watch = () => {
      const box = document.querySelector("[data-xpaystation-widget-lightbox]");
      if (box?.shadowRoot?.querySelector('[role="dialog"]')) dialogAt = performance.now();
      else requestAnimationFrame(watch);
    };
    host.addEventListener(
      "game-storefront:load",
      () => resolve({ dialog: dialogAt - start, loaded: performance.now() - start }),
      { once: true },
    );
    setTimeout(() => reject(new Error("Pay Station did not load in 20 s")), 20_000);
    button.click();
    watch();
  });
}

/** One purchase opening in a fresh context, as a fresh test player. */
async function measurePurchase(browser, baseUrl, backend, run) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const query = new URLSearchParams({
      backend,
      user: `test-bench-${backend}-${run}-${Date.now()}`,
    });
    await page.goto(`${baseUrl}?${query}&paystation=lightbox`);
    await page.waitForSelector("#event-log li:has-text('catalog-load')", { timeout: 30_000 });
    return await page.evaluate(timeBuyClick);
  } finally {
    await context.close();
  }
}

async function printPurchases(browser, baseUrl) {
  print();
  print(`Click "Buy 500 Gold" -> Pay Station (ms, median of ${PURCHASE_RUNS})`);
  print(`${"backend".padEnd(9)}  ${"dialog shown".padStart(12)}  ${"page loaded".padStart(11)}`);
  for (const backend of ["merchant", "xsolla"]) {
    const runs = [];
    for (let run = 0; run < PURCHASE_RUNS; run += 1)
      runs.push(await measurePurchase(browser, baseUrl, backend, run));
    const dialog = median(runs.map((r) => r.dialog)).toFixed(1);
    const loaded = median(runs.map((r) => r.loaded)).toFixed(1);
    print(`${backend.padEnd(9)}  ${dialog.padStart(12)}  ${loaded.padStart(11)}`);
  }
  print(
    "(dialog shown: the token fetched and the lightbox drawn; page loaded: Pay Station's first message)",
  );
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function printSizes() {
  const rows = distSizes();
  const width = Math.max(4, ...rows.map((row) => row.file.length));
  print("Bundle sizes (dist/)");
  print(`${"file".padEnd(width)}  ${"raw".padStart(10)}  ${"gzip".padStart(9)}  budget`);
  for (const row of rows) {
    const budget = BUDGETS[row.file];
    print(
      `${row.file.padEnd(width)}  ${`${row.raw} B`.padStart(10)}  ${`${row.gzip} B`.padStart(9)}  ${budget ? `${budget} B` : ""}`,
    );
  }
  print();
}

async function main() {
  printSizes();
  const sandbox = await startSandbox();
  let browser;
  try {
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
    // One unmeasured load, so that the first measured one does not pay for warming up.
    await measure(browser, sandbox.url, SCENARIOS[0]);
    const results = [];
    for (const scenario of SCENARIOS) {
      const runs = [];
      for (let run = 0; run < RUNS; run += 1)
        runs.push(await measure(browser, sandbox.url, scenario));
      results.push({ scenario, runs });
    }

    print(`Script start -> first catalog card painted (ms, ${RUNS} cold loads each)`);
    const header = [
      "catalog".padEnd(14),
      "project".padEnd(8),
      "backend".padEnd(9),
      "median".padStart(7),
      "min".padStart(7),
      "max".padStart(7),
      "after load".padStart(11),
    ];
    print(header.join("  "));
    for (const { scenario, runs } of results) {
      const totals = runs.map((run) => run.total);
      const cells = [
        scenario.name.padEnd(14),
        scenario.project.padEnd(8),
        scenario.backend.padEnd(9),
        median(totals).toFixed(0).padStart(7),
        Math.min(...totals)
          .toFixed(0)
          .padStart(7),
        Math.max(...totals)
          .toFixed(0)
          .padStart(7),
        median(runs.map((run) => run.afterLoad))
          .toFixed(0)
          .padStart(11),
      ];
      print(cells.join("  "));
    }
    print("(after load: the median from the script's last byte instead of its request start)");

    printLauncher(await measureLauncher(browser, sandbox.url));
    await printPurchases(browser, sandbox.url);
  } finally {
    await browser?.close();
    sandbox.stop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
