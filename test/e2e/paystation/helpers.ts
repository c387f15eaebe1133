/**
 * Helpers of the Pay Station launcher's browser tests: the launcher demo page
 * (/paystation-demo.html) with its query, its event log, the lightbox's parts, paying in the
 * sandbox's Pay Station page and the sandbox's token hooks.
 */
import type { APIRequestContext, FrameLocator, Locator, Page, Route } from "@playwright/test";
import { expect } from "../fixtures";

/** Fast status steps keep a payment under half a second. */
export const STEP_MS = 50;

export const CARDS = {
  success: "4111111111111111",
  insufficientFunds: "4000000000000002",
  /** A 3-D Secure card that is declined. */
  declined: "4000000000000036",
} as const;

/** The launcher demo's query parameters (see demo/paystation-demo.js). */
export type LauncherParams = Partial<
  Record<
    | "token"
    | "version"
    | "mode"
    | "modal"
    | "closeByClick"
    | "closeByKeyboard"
    | "target"
    | "step_ms"
    | "navigate"
    | "grow",
    string
  >
>;

/** The origin the demo pages are served from (the test's baseURL): http://127.0.0.1:PORT. */
export function sandboxOrigin(baseURL: string | undefined): string {
  if (!baseURL) throw new Error("the tests need a baseURL");
  return new URL(baseURL).origin;
}

/** Pay Station's origin: the same sandbox on the host name localhost. */
export function payStationOrigin(baseURL: string | undefined): string {
  return `http://localhost:${new URL(sandboxOrigin(baseURL)).port}`;
}

/**
 * Opens the launcher demo (with fast status steps unless the query says otherwise) and waits
 * until it has initialized the launcher.
 */
export async function openLauncherDemo(page: Page, params: LauncherParams = {}): Promise<void> {
  const query = new URLSearchParams({ step_ms: String(STEP_MS), ...params });
  const response = await page.goto(`/paystation-demo.html?${query}`, {
    waitUntil: "domcontentloaded",
  });
  expect(response?.ok(), "the launcher demo loads").toBe(true);
  await expect(page.locator("body")).toHaveAttribute("data-launcher-ready", "true");
}

/** The "Buy 500 Gold" button, the snippet-style `[data-xpaystation-widget-open]` opener. */
export function buyButton(page: Page): Locator {
  return page.getByRole("button", { name: "Buy 500 Gold" });
}

export interface LoggedLauncherEvent {
  name: string;
  /** The handler's data, parsed; undefined when the event carried none. */
  data?: unknown;
}

/** The launcher demo's `#event-log`: one `name {json}` (or `name`) per event, in order. */
export async function launcherLog(page: Page): Promise<LoggedLauncherEvent[]> {
  const lines = await page.locator("#event-log li").allTextContents();
  return lines.map((line) => {
    const space = line.indexOf(" ");
    if (space < 0) return { name: line };
    return { name: line.slice(0, space), data: JSON.parse(line.slice(space + 1)) };
  });
}

/** Waits until the event log's last entry is `name`. */
export async function expectLastEvent(page: Page, name: string): Promise<void> {
  await expect(page.locator("#event-log li").last()).toHaveAttribute("data-event", name);
}

/** The lightbox's parts (Playwright's CSS locators pierce its open shadow root). */
export function lightbox(page: Page) {
  const host = page.locator("[data-xpaystation-widget-lightbox]");
  return {
    host,
    overlay: host.locator(".overlay"),
    dialog: host.getByRole("dialog", { name: "Payment" }),
    closeButton: host.getByRole("button", { name: "Close payment" }),
    spinner: host.getByRole("status"),
    iframe: host.locator("iframe"),
    frame: page.frameLocator("[data-xpaystation-widget-lightbox] iframe"),
  };
}

/**
 * Waits until the lightbox shows the Pay Station form, its spinner gone; on the launcher demo
 * (`eventLog`, the default) also until the page logged the launcher's `load`,
 * `user-country` and `fcp` events.
 */
export async function expectLightboxLoaded(
  page: Page,
  { eventLog = true }: { eventLog?: boolean } = {},
): Promise<FrameLocator> {
  const box = lightbox(page);
  await expect(box.dialog).toBeVisible();
  await expect(box.frame.getByRole("heading", { name: "Checkout", level: 1 })).toBeVisible();
  if (eventLog) {
    await expect(page.locator('#event-log li[data-event="load"]')).toHaveCount(1);
    // Pay Station says the player's country and its first paint right after its size: wait
    // for those too, so a test that reads the log next sees the whole opening.
    await expect(page.locator('#event-log li[data-event="user-country"]')).toHaveCount(1);
    await expect(page.locator('#event-log li[data-event="fcp"]')).toHaveCount(1);
  }
  await expect(box.spinner).toHaveCount(0);
  return box.frame;
}

/** Where the Pay Station page's controls live: a lightbox's frame or a child window. */
export type PayStationScope = FrameLocator | Page;

/** Types a test card into Pay Station and presses "Pay $4.99". */
export async function payWith(scope: PayStationScope, card: string): Promise<void> {
  await scope.getByLabel("Card number").fill(card);
  await scope.getByRole("button", { name: "Pay $4.99" }).click();
}

/**
 * Presses Pay Station's own close button, which removes the frame (or closes the window) it
 * sits in. A plain click() then sometimes waits on the vanished frame until the test times
 * out, so the click is dispatched once the button is ready, and the test checks the outcome.
 */
export async function closeFromPayStation(scope: PayStationScope): Promise<void> {
  const close = scope.getByRole("button", { name: "Close", exact: true });
  await expect(close).toBeEnabled();
  await close.dispatchEvent("click");
}

/** Waits until Pay Station shows the payment's final status. */
export async function expectPayStationStatus(
  scope: PayStationScope,
  status: "done" | "troubled",
): Promise<void> {
  await expect(scope.locator("#ps-status")).toHaveAttribute("data-status", status);
}

/** The token the launcher demo got from the sandbox. */
export async function demoToken(page: Page): Promise<string> {
  const token = (await page.locator("#launcher-token").textContent())?.trim() ?? "";
  expect(token, "the demo shows its token").toMatch(/^[A-Za-z0-9]{32}$/);
  return token;
}

export interface TokenRecord {
  state: string;
  kind: string;
  orderId: number | null;
  order: { status: string } | null;
  payments: { status: string; card: string; errorReason: string | null; invoice: number }[];
}

/** The sandbox's record of a token, with its payments. */
export async function tokenRecord(request: APIRequestContext, token: string) {
  const response = await request.get(`/__sandbox/paystation/tokens/${token}`);
  expect(response.ok(), "the token hook knows the token").toBe(true);
  return (await response.json()) as TokenRecord;
}

/** Mints a Pay Station token through the sandbox's test hook. */
export async function mintToken(
  request: APIRequestContext,
  body: Record<string, unknown> = {},
): Promise<{ token: string; url: string; kind: string; order_id: number | null }> {
  const response = await request.post("/__sandbox/paystation/tokens", {
    data: { stepMs: STEP_MS, ...body },
  });
  expect(response.ok(), "the token hook mints a token").toBe(true);
  return response.json();
}

/**
 * Serves every request to `from` (an origin such as https://evil.example) from the sandbox at
 * `to` (an origin), same path and query, so a page really runs under that other origin.
 */
export async function serveOriginFrom(page: Page, from: string, to: string): Promise<void> {
  await page.route(`${from}/**`, async (route: Route) => {
    const url = new URL(route.request().url());
    const response = await route.fetch({ url: `${to}${url.pathname}${url.search}` });
    await route.fulfill({ response });
  });
}

/** The expected log of a payment, from `init` to `close` (see CONTRACTS.md §2). */
export function paymentInfo(
  status: "invoice" | "delivering" | "done" | "troubled",
  invoice: number,
  errorReason?: string,
) {
  return {
    paymentInfo: {
      email: "player@example.com",
      invoice,
      status,
      userId: "demo-player-1",
      virtualCurrencyAmount: 500,
      ...(errorReason === undefined ? {} : { errorReason }),
    },
  };
}
