/**
 * The shared fixture of every end-to-end test. It extends Playwright's `test` so that each test,
 * without asking, records Content-Security-Policy violations, uncaught page errors and console
 * errors, and fails at the end when any of them happened. A test that provokes an error on
 * purpose (a fault that answers 500 logs "Failed to load resource") says so with
 * `problems.allowConsole(...)`.
 *
 * It also holds the helpers the specs share: opening the demo page with query parameters,
 * finding a widget, reading the page's event log and recording the widget's API calls.
 */
import { test as base, expect, type Locator, type Page, type Request } from "@playwright/test";
import { type ApiSection, classifyPath, splitFaultPrefix } from "../../demo/sandbox/testing/faults";

export type { ApiSection };
export { expect };

export type Backend = "merchant" | "xsolla";
export const BACKENDS: readonly Backend[] = ["merchant", "xsolla"];

export interface CspViolation {
  directive: string;
  blockedURI: string;
  sourceFile: string;
  sample: string;
}

declare global {
  interface Window {
    /** Filled by the fixture's init script: every CSP violation this document saw. */
    __csp?: CspViolation[];
    __gsReportCsp?: (violation: CspViolation) => void;
  }
}

/**
 * Pictures the demo catalog leaves missing on purpose (their URLs answer 404, so the widget's
 * placeholder shows). Chromium logs each 404 as a console error; these are expected.
 */
const DELIBERATELY_MISSING_IMAGES = /\/images\/item\/(blaster-plasma|reward-pilot-badge)\.svg$/;

export interface ProblemWatch {
  /** Accepts console errors whose text or source URL matches `pattern` (expected failures). */
  allowConsole(pattern: RegExp): void;
  /** Returns the CSP violations seen so far and forgets them (for the test of the watch itself). */
  takeCspViolations(): Promise<CspViolation[]>;
}

export const test = base.extend<{ problems: ProblemWatch }>({
  problems: [
    async ({ page }, use) => {
      let csp: CspViolation[] = [];
      const pageErrors: string[] = [];
      const consoleErrors: { text: string; url: string }[] = [];
      const allowed: RegExp[] = [DELIBERATELY_MISSING_IMAGES];

      // A binding survives navigations, so a violation in an earlier document is not lost.
      await page.exposeFunction("__gsReportCsp", (violation: CspViolation) => {
        csp.push(violation);
      });
      await page.addInitScript(() => {
        window.__csp = [];
        document.addEventListener(
          "securitypolicyviolation",
          (event) => {
            const violation = {
              directive: event.violatedDirective,
              blockedURI: event.blockedURI,
              sourceFile: event.sourceFile,
              sample: event.sample,
            };
            window.__csp?.push(violation);
            window.__gsReportCsp?.(violation);
          },
          true,
        );
      });
      page.on("pageerror", (error) => pageErrors.push(`${error.name}: ${error.message}`));
      page.on("console", (message) => {
        if (message.type() === "error") {
          consoleErrors.push({ text: message.text(), url: message.location().url });
        }
      });

      await use({
        allowConsole: (pattern) => {
          allowed.push(pattern);
        },
        takeCspViolations: async () => {
          const inPage = await page.evaluate(() => window.__csp?.splice(0) ?? []);
          const taken = csp.length > 0 ? csp : inPage;
          csp = [];
          return taken;
        },
      });

      // The current document's own list too, in case a report raced the end of the test.
      const inPage = page.isClosed()
        ? []
        : await page.evaluate(() => window.__csp ?? []).catch(() => [] as CspViolation[]);
      const violations = csp.length > 0 ? csp : inPage;
      const unexpected = consoleErrors.filter(
        ({ text, url }) => !allowed.some((pattern) => pattern.test(text) || pattern.test(url)),
      );
      expect(violations, "Content-Security-Policy violations").toEqual([]);
      expect(pageErrors, "uncaught errors in the page").toEqual([]);
      expect(unexpected, "console errors").toEqual([]);
    },
    { auto: true },
  ],
});

/** The demo page's query string: backend, locale, currency, layout, theme, project, user... */
export type StoreParams = Partial<
  Record<
    | "backend"
    | "locale"
    | "currency"
    | "layout"
    | "theme"
    | "project"
    | "user"
    | "faults"
    | "timeout"
    | "paystation"
    | "gifting"
    | "rewards"
    | "invites",
    string
  >
> & { instances?: 2; hostile?: "max" };

export function storeUrl(params: StoreParams = {}): string {
  // The demo page shows the reward-chain and invite-code panels below the store; tests that
  // are not about them leave them out, so that what they count (requests, widgets, events) is
  // the store's alone.
  params = { rewards: "off", invites: "off", ...params };
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined) query.set(name, String(value));
  }
  return `/?${query}`;
}

/** The widget on `#storefront-N` of the demo page (locators pierce its open shadow root). */
export function widgetOf(page: Page, n = 1): Locator {
  return page.locator(`#storefront-${n}`);
}

/** One section of a widget: "items", "packages", "plans" or "promotion". */
export function sectionOf(widget: Locator, name: "items" | "packages" | "plans" | "promotion") {
  return widget.locator(`section[data-section="${name}"]`);
}

/** A product card by SKU (items) or by its visible name (any section). */
export function cardBySku(widget: Locator, sku: string): Locator {
  return widget.locator(`li.gs-card[data-sku="${sku}"]`);
}
export function cardByName(scope: Locator, name: string): Locator {
  return scope
    .locator("li.gs-card")
    .filter({ has: scope.page().getByRole("heading", { level: 3, name, exact: true }) });
}

export interface LoggedEvent {
  type: string;
  detail: Record<string, unknown>;
}

/** The entries of the demo page's `#event-log`, parsed: "game-storefront:NAME {json}". */
export async function eventLog(page: Page): Promise<LoggedEvent[]> {
  const lines = await page.locator("#event-log li").allTextContents();
  return lines.map((line) => {
    const space = line.indexOf(" ");
    const type = space < 0 ? line : line.slice(0, space);
    const json = space < 0 ? "" : line.slice(space + 1);
    return { type, detail: json ? (JSON.parse(json) as Record<string, unknown>) : {} };
  });
}

/**
 * Opens the demo page and waits until every widget on it reported `catalog-load` (sent once
 * the first view settled, whether its sections loaded or failed). Returns the first widget.
 */
export async function openStore(page: Page, params: StoreParams = {}): Promise<Locator> {
  const response = await page.goto(storeUrl(params), { waitUntil: "domcontentloaded" });
  expect(response?.ok(), "the demo page loads").toBe(true);
  await expect(
    page.locator("#event-log li", { hasText: "game-storefront:catalog-load" }),
  ).toHaveCount(params.instances ?? 1);
  return widgetOf(page);
}

export interface ApiCall {
  section: ApiSection;
  method: string;
  url: string;
  request: Request;
  /**
   * The order in which the browser reported this request's start and end, on one counter
   * shared by every call of a recorder. DevTools reports the requests a page script starts in
   * one task before the end of any of them, so this tells "sent together" from "one after
   * another" without depending on how fast the local sandbox answers.
   */
  startSeq: number;
  endSeq?: number;
  /** Set once the response body has arrived ("finished") or the request failed or was aborted. */
  outcome: "pending" | "finished" | "failed";
  failure?: string;
}

/** The API section a URL belongs to (with or without a /faults/{spec} prefix), else null. */
export function apiSectionOf(url: string): ApiSection | null {
  const { pathname } = new URL(url);
  const path = splitFaultPrefix(pathname)?.path ?? pathname;
  return classifyPath(path)?.section ?? null;
}

/** Records every API request the page sends from now on, in the order they start. */
export function recordApiCalls(page: Page): ApiCall[] {
  const calls: ApiCall[] = [];
  let seq = 0;
  const find = (request: Request) => calls.find((call) => call.request === request);
  page.on("request", (request) => {
    const section = apiSectionOf(request.url());
    if (section) {
      calls.push({
        section,
        method: request.method(),
        url: request.url(),
        request,
        startSeq: ++seq,
        outcome: "pending",
      });
    }
  });
  page.on("requestfinished", (request) => {
    const call = find(request);
    if (call) {
      call.outcome = "finished";
      call.endSeq = ++seq;
    }
  });
  page.on("requestfailed", (request) => {
    const call = find(request);
    if (call) {
      call.outcome = "failed";
      call.failure = request.failure()?.errorText ?? "failed";
      call.endSeq = ++seq;
    }
  });
  return calls;
}

/** How many recorded calls belong to `section`. */
export function countOf(calls: ApiCall[], section: ApiSection): number {
  return calls.filter((call) => call.section === section).length;
}

/** Computed styles of the first element matching `selector` inside a widget's shadow root. */
export async function shadowStyles(
  page: Page,
  hostSelector: string,
  selector: string,
  properties: readonly string[],
): Promise<Record<string, string>> {
  return page.evaluate(
    ({ hostSelector, selector, properties }) => {
      const element = document.querySelector(hostSelector)?.shadowRoot?.querySelector(selector);
      if (!element) throw new Error(`no ${selector} in ${hostSelector}'s shadow root`);
      const style = getComputedStyle(element);
      return Object.fromEntries(properties.map((name) => [name, style.getPropertyValue(name)]));
    },
    { hostSelector, selector, properties },
  );
}
