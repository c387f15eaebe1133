// @vitest-environment jsdom
/**
 * The Pay Station page's script (demo/paystation/page.js) in a DOM, talking to the sandbox
 * in-process: its fetches go to the sandbox app and its messages to a fake opener window.
 */
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createSandboxApp } from "../../../demo/sandbox/app";
import { basicAuth, NOW } from "./helpers";

type App = ReturnType<typeof createSandboxApp>;

// jsdom's URL is not Node's, so files are found by path.
const pageDir = resolve(dirname(fileURLToPath(import.meta.url)), "../../../demo/paystation");
const PAGE_HTML = readFileSync(join(pageDir, "index.html"), "utf8");
/** Imported again, fresh, by each test, after vi.resetModules(). */
const PAGE_SCRIPT = join(pageDir, "page.js");

/** The sandbox, told where the repository is: it cannot work that out under jsdom either. */
const sandbox = () => createSandboxApp({ root: resolve(pageDir, "../.."), now: () => NOW });
const GOLD_BOW = { virtual_items: { items: [{ sku: "bow-hunter", amount: 1 }] } };

const byId = (id: string) => {
  const element = document.getElementById(id);
  if (!element) throw new Error(`No #${id} on the page`);
  return element;
};

/** Waits until `condition` holds, checking after each turn of the event loop. */
async function until(condition: () => boolean, what: string) {
  for (let i = 0; i < 200; i += 1) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

async function mint(app: App, body: unknown): Promise<string> {
  const response = await app.request("/__sandbox/paystation/tokens", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(200);
  return (await response.json()).token;
}

async function balanceOf(app: App, player: string): Promise<number> {
  const response = await app.request(`/vendor/merchant/v2/projects/44056/users/${player}`, {
    headers: basicAuth,
  });
  return (await response.json()).balance;
}

/** Opens the page for a token as a popup would, and answers the messages it posted. */
async function openPayStation(app: App, token: string) {
  const parsed = new DOMParser().parseFromString(PAGE_HTML, "text/html");
  document.body.replaceWith(document.importNode(parsed.body, true));
  history.replaceState(null, "", `/paystation2/?access_token=${token}&step_ms=0`);
  const messages: { command: string; data?: { paymentInfo?: { status: string } } }[] = [];
  Object.defineProperty(window, "opener", {
    configurable: true,
    value: { postMessage: (message: string) => messages.push(JSON.parse(message)) },
  });
  vi.stubGlobal("fetch", (input: string, init?: RequestInit) => app.request(input, init));
  vi.stubGlobal(
    "ResizeObserver",
    class {
      observe() {}
      disconnect() {}
    },
  );
  vi.resetModules();
  await import(/* @vite-ignore */ PAGE_SCRIPT);
  await until(() => !byId("ps-summary").hidden, "the purchase summary");
  return messages;
}

const button = (id: string) => byId(id) as HTMLButtonElement;

/** The player's saved payment accounts, as the Merchant API lists them. */
async function accountsOf(app: App, player: string) {
  const response = await app.request(
    `/vendor/merchant/v2/projects/44056/users/${player}/payment_accounts`,
    { headers: basicAuth },
  );
  return response.json();
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("Pay Station page for items sold only for virtual currency", () => {
  it("shows the gold price and a 'Pay 250 Gold' button in place of the card form", async () => {
    const app = sandbox();
    await openPayStation(app, await mint(app, { purchase: GOLD_BOW }));
    expect(byId("ps-form").hidden).toBe(true);
    expect(byId("ps-balance").hidden).toBe(false);
    expect(button("ps-balance-pay").textContent).toBe("Pay 250 Gold");
    expect(byId("ps-balance-title").textContent).toBe("Pay with Gold");
    expect(byId("ps-total").textContent).toBe("250 Gold");
    expect(byId("ps-items").textContent).toBe("Hunter's Longbow250 Gold");
  });

  it("pays from the balance and posts invoice, delivering and done to its opener", async () => {
    const app = sandbox();
    const messages = await openPayStation(app, await mint(app, { purchase: GOLD_BOW }));
    button("ps-balance-pay").click();
    await until(() => byId("ps-status").dataset.status === "done", "the done status");

    const statuses = messages
      .filter((message) => message.command === "status")
      .map((message) => message.data?.paymentInfo?.status);
    expect(statuses).toEqual(["invoice", "delivering", "done"]);
    expect(byId("ps-balance").hidden).toBe(true);
    expect(byId("ps-status-text").textContent).toBe(
      "Payment complete. Your purchase has been delivered.",
    );
    expect(await balanceOf(app, "demo-player-1")).toBe(750);
  });

  it("ends troubled with 'Not enough Gold' and offers to try again", async () => {
    const app = sandbox();
    const token = await mint(app, { purchase: GOLD_BOW, user: { id: "demo-player-2" } });
    const messages = await openPayStation(app, token);
    button("ps-balance-pay").click();
    await until(() => byId("ps-status").dataset.status === "troubled", "the troubled status");

    expect(byId("ps-status-text").textContent).toBe("Payment failed. Not enough Gold.");
    expect(messages.at(-1)).toMatchObject({
      command: "status",
      data: { paymentInfo: { status: "troubled", errorReason: "Not enough Gold" } },
    });
    expect(byId("ps-retry").textContent).toBe("Try again");
    button("ps-retry").click();
    expect(byId("ps-balance").hidden).toBe(false);
    expect(document.activeElement).toBe(byId("ps-balance-pay"));
  });

  it("keeps the card form, and its errors, for a purchase paid with money", async () => {
    const app = sandbox();
    await openPayStation(app, await mint(app, {}));
    expect(byId("ps-form").hidden).toBe(false);
    expect(byId("ps-balance").hidden).toBe(true);
    expect(button("ps-pay").textContent).toBe("Pay $4.99");

    const number = byId("ps-card-number") as HTMLInputElement;
    number.value = "4242 4242 4242 4242";
    button("ps-pay").click();
    await until(() => !byId("ps-number-error").hidden, "the card number's error");
    expect(byId("ps-number-error").textContent).toContain("not a sandbox test card");
    expect(document.activeElement).toBe(number);

    number.value = "4111 1111 1111 1111";
    button("ps-pay").click();
    await until(() => byId("ps-status").dataset.status === "done", "the done status");
  });
});

describe('Pay Station page\'s "Save this card"', () => {
  async function payWith(app: App, player: string, save: boolean) {
    await openPayStation(app, await mint(app, { user: { id: player } }));
    const box = byId("ps-save-card") as HTMLInputElement;
    expect(box.type).toBe("checkbox");
    expect(box.checked).toBe(false);
    expect(box.labels?.[0]?.textContent).toBe("Save this card");
    box.checked = save;
    (byId("ps-card-number") as HTMLInputElement).value = "4111 1111 1111 1111";
    button("ps-pay").click();
    await until(() => byId("ps-status").dataset.status === "done", "the done status");
  }

  it("saves the card paid with for the player when ticked", async () => {
    const app = sandbox();
    await payWith(app, "test-page-saver", true);
    expect(await accountsOf(app, "test-page-saver")).toEqual([
      {
        type: "card",
        id: expect.any(Number),
        name: "411111******1111",
        payment_system: { id: 1380, name: "Credit/Debit Cards" },
      },
    ]);
  });

  it("saves nothing when left unticked", async () => {
    const app = sandbox();
    await payWith(app, "test-page-keeper", false);
    expect(await accountsOf(app, "test-page-keeper")).toEqual([]);
  });
});

describe("Pay Station page's PayPal", () => {
  /** Opens the page for a fresh player's 100 Gold and chooses PayPal. */
  async function choosePaypal(app: App, player: string) {
    await openPayStation(
      app,
      await mint(app, { user: { id: player, email: `${player}@example.com` } }),
    );
    const paypal = byId("ps-method-paypal") as HTMLInputElement;
    expect(paypal.labels?.[0]?.textContent).toBe("PayPal");
    expect(byId("ps-paypal").hidden).toBe(true);
    paypal.click();
    expect(byId("ps-form").hidden).toBe(true);
    expect(byId("ps-paypal").hidden).toBe(false);
    const email = byId("ps-paypal-email") as HTMLInputElement;
    // The token's address, as PayPal's own sign-in would know it.
    expect(email.value).toBe(`${player}@example.com`);
    expect(email.labels?.[0]?.textContent).toBe("PayPal e-mail address");
    const save = byId("ps-save-paypal") as HTMLInputElement;
    expect(save.checked).toBe(false);
    expect(save.labels?.[0]?.textContent).toBe("Save this PayPal account");
    return { email, save };
  }

  it("offers card or PayPal, and pays with PayPal saving the account when ticked", async () => {
    const app = sandbox();
    const { email, save } = await choosePaypal(app, "test-page-paypal");
    expect(byId("ps-method").hidden).toBe(false);
    email.value = "pal@example.com";
    save.checked = true;
    button("ps-paypal-pay").click();
    await until(() => byId("ps-status").dataset.status === "done", "the done status");
    expect(byId("ps-method").hidden).toBe(true);
    expect(byId("ps-paypal").hidden).toBe(true);
    expect(await accountsOf(app, "test-page-paypal")).toEqual([
      {
        type: "paypal",
        id: expect.any(Number),
        name: "pal@example.com",
        payment_system: { id: 24, name: "PayPal" },
      },
    ]);
  });

  it("saves nothing when left unticked, and a card form comes back on choosing Card", async () => {
    const app = sandbox();
    await choosePaypal(app, "test-page-paypal-keeper");
    (byId("ps-method-card") as HTMLInputElement).click();
    expect(byId("ps-form").hidden).toBe(false);
    expect(byId("ps-paypal").hidden).toBe(true);
    (byId("ps-method-paypal") as HTMLInputElement).click();
    button("ps-paypal-pay").click();
    await until(() => byId("ps-status").dataset.status === "done", "the done status");
    expect(await accountsOf(app, "test-page-paypal-keeper")).toEqual([]);
  });

  it("says on the e-mail field what is wrong with the address, and moves the focus there", async () => {
    const app = sandbox();
    const { email } = await choosePaypal(app, "test-page-paypal-typo");
    email.value = "";
    button("ps-paypal-pay").click();
    expect(byId("ps-email-error").textContent).toBe(
      "Enter the e-mail address of your PayPal account.",
    );
    expect(email.getAttribute("aria-invalid")).toBe("true");
    expect(document.activeElement).toBe(email);
    email.value = "pal@nowhere";
    button("ps-paypal-pay").click();
    // The page sends it; the sandbox refuses it on the same field.
    await until(() => !byId("ps-email-error").hidden, "the refusal");
    await until(() => !button("ps-paypal-pay").disabled, "the button back");
    expect(byId("ps-email-error").textContent).toBe(
      "Enter the e-mail address of your PayPal account.",
    );
    expect(byId("ps-status").hidden).toBe(true);
  });

  it("offers no PayPal for a purchase paid from the balance", async () => {
    const app = sandbox();
    await openPayStation(app, await mint(app, { purchase: GOLD_BOW }));
    expect(byId("ps-balance").hidden).toBe(false);
    expect(byId("ps-method").hidden).toBe(true);
    expect(byId("ps-paypal").hidden).toBe(true);
  });
});
