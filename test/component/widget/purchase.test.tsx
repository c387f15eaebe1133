import { cleanup, fireEvent, screen, within } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import { err, ok } from "../../../src/core/result";
import { setup } from "../../helpers/render-widget";

afterEach(cleanup);

const paymentInfo = (status: string) => ({ paymentInfo: { status, invoice: 1 } });

/** The card of a product, found by its visible name. */
async function card(name: string) {
  return (await screen.findByText(name)).closest("li") as HTMLElement;
}

/** Lets pending promises (the fake backend's answers) settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("buying from the storefront", () => {
  it("names every purchase button after its product", async () => {
    await setup();
    await card("Iron Sword");
    for (const name of [
      "Buy Iron Sword",
      "Claim Starter Kit",
      "Buy 500 Gold",
      "Subscribe to Gold Status",
    ]) {
      const button = screen.getByRole("button", { name }) as HTMLButtonElement;
      expect(button.disabled, name).toBe(false);
    }
    // The active plan is the player's already: nothing to buy.
    expect(screen.queryByRole("button", { name: "Subscribe to Silver Status" })).toBeNull();
  });

  it("opens Pay Station with the token, passes its events on with the SKU, and grants after done", async () => {
    const { backend, payStation, emit } = await setup("en", (fake) => {
      fake.answers.checkout = ok({ token: "abc", tokenKind: "merchant", url: null, orderId: null });
    });
    fireEvent.click(within(await card("500 Gold")).getByRole("button", { name: "Buy 500 Gold" }));
    await settle();
    expect(backend.calls).toContain("checkout:16913");
    expect(payStation.inits[0]).toMatchObject({
      access_token: "abc",
      sandbox: true,
      paystationVersion: 2,
      lightbox: { label: "Pay for 500 Gold" },
    });
    expect(payStation.opens).toBe(1);
    const button = screen.getByRole("button", { name: "Buy 500 Gold: please wait…" });
    expect(button.getAttribute("aria-busy")).toBe("true");
    expect(button.textContent).toBe("Please wait…");

    payStation.fire("status-done", paymentInfo("done"));
    expect(emit).toHaveBeenCalledWith("status-done", { ...paymentInfo("done"), sku: "16913" });
    expect(emit).toHaveBeenCalledWith("purchase", { sku: "16913", orderId: null });
    expect((await screen.findByRole("status")).textContent).toContain("500 Gold is yours.");
    payStation.fire("close", { reason: "user" });
    expect(emit).toHaveBeenCalledWith("close", { reason: "user", sku: "16913" });
    await settle();
    expect(button.getAttribute("aria-busy")).toBeNull();
    // Limits and the balance are read again after the purchase.
    expect(backend.calls.filter((call) => call === "packages")).toHaveLength(2);
    expect(backend.calls).toContain("balance");
  });

  it("appends the token to the studio's Pay Station page, as token= for Store tokens", async () => {
    const { payStation } = await setup("en", undefined, {
      payStationOptions: { url: "https://pay.example/paystation4/?theme=dark", mode: "lightbox" },
    });
    fireEvent.click(within(await card("500 Gold")).getByRole("button", { name: "Buy 500 Gold" }));
    await settle();
    expect(payStation.inits[0]).toMatchObject({
      payment_url: "https://pay.example/paystation4/?theme=dark&token=token-1",
      mode: "lightbox",
    });
  });

  it("confirms a Store order by reading it until it is done", async () => {
    const { backend, payStation, emit } = await setup("en", (fake) => {
      fake.answers.orderStatuses = [ok("paid"), ok("done")];
    });
    fireEvent.click(within(await card("500 Gold")).getByRole("button", { name: "Buy 500 Gold" }));
    await settle();
    payStation.fire("status-done", paymentInfo("done"));
    expect((await screen.findByRole("status")).textContent).toContain(
      "Payment received. Confirming your order for 500 Gold…",
    );
    await screen.findByText("500 Gold is yours.", {}, { timeout: 2000 });
    expect(backend.calls.filter((call) => call === "order:7")).toHaveLength(2);
    expect(emit).toHaveBeenCalledWith("purchase", { sku: "16913", orderId: 7 });
  });

  it("says so when the payment fails, and grants nothing", async () => {
    const { payStation, emit } = await setup();
    fireEvent.click(within(await card("500 Gold")).getByRole("button", { name: "Buy 500 Gold" }));
    await settle();
    payStation.fire("status-troubled", paymentInfo("troubled"));
    expect((await screen.findByRole("alert")).textContent).toContain(
      "The payment for 500 Gold did not go through.",
    );
    expect(emit).not.toHaveBeenCalledWith("purchase", expect.anything());
  });

  it("buys an item priced in virtual currency at once, and explains a balance too low", async () => {
    const { backend, payStation } = await setup("en", (fake) => {
      fake.answers.buyWithVc = err({
        kind: "http",
        status: 422,
        code: "5006",
        reason: "not-enough-vc",
      });
    });
    fireEvent.click(await within(await screen.findByRole("tree")).findByText("Bows"));
    fireEvent.click(within(await card("Long Bow")).getByRole("button", { name: "Buy Long Bow" }));
    expect((await screen.findByRole("alert")).textContent).toContain(
      "Couldn't buy Long Bow. You don't have enough Gold.",
    );
    expect(backend.calls).toContain("buyWithVc:bow:gold");
    expect(payStation.opens).toBe(0);
  });

  it("claims a free item once however often it is clicked", async () => {
    const { backend, emit } = await setup();
    const claim = within(await card("Starter Kit")).getByRole("button", {
      name: "Claim Starter Kit",
    });
    fireEvent.click(claim);
    fireEvent.click(claim);
    await screen.findByText("Starter Kit is yours.");
    expect(backend.calls.filter((call) => call === "claim:free-kit")).toHaveLength(1);
    expect(emit).toHaveBeenCalledWith("claim", { sku: "free-kit", orderId: 9 });
  });

  it.each([
    [422, "1411", "not-free", "This item is not free."],
    [422, "1460", "limit-reached", "You have reached the limit for this item."],
    [401, "1501", undefined, "Your session has expired. Please sign in again."],
  ] as const)("explains a refused claim (%s, errorCode %s)", async (status, code, why, reason) => {
    const { emit } = await setup("en", (fake) => {
      fake.answers.claim = err({ kind: "http", status, code, ...(why && { reason: why }) });
    });
    fireEvent.click(
      within(await card("Starter Kit")).getByRole("button", { name: "Claim Starter Kit" }),
    );
    expect((await screen.findByRole("alert")).textContent).toContain(
      `Couldn't claim Starter Kit. ${reason}`,
    );
    expect(emit).toHaveBeenCalledWith("error", expect.objectContaining({ sku: "free-kit" }));
  });

  it("keeps a claim in flight when the page calls refresh()", async () => {
    let answer!: () => void;
    const { backend, purchases, emit } = await setup();
    const claim = within(await card("Starter Kit")).getByRole("button", {
      name: "Claim Starter Kit",
    });
    backend.gate = new Promise((resolve) => (answer = resolve));
    fireEvent.click(claim);
    const refreshed = purchases.refresh();
    answer();
    await refreshed;
    await screen.findByText("Starter Kit is yours.");
    expect(emit).toHaveBeenCalledWith("claim", { sku: "free-kit", orderId: 9 });
  });

  it("asks a signed-out player to sign in and sends nothing", async () => {
    const { backend, emit } = await setup("en", (fake) => {
      fake.signedIn = false;
    });
    fireEvent.click(
      within(await card("Starter Kit")).getByRole("button", { name: "Claim Starter Kit" }),
    );
    expect(screen.getByRole("status").textContent).toContain(
      "Sign in to the game to claim Starter Kit.",
    );
    expect(emit).toHaveBeenCalledWith("login-required", { sku: "free-kit" });
    expect(backend.calls.some((call) => call.startsWith("claim"))).toBe(false);
  });

  it("shows the balance in the widget's language", async () => {
    const { purchases } = await setup("ja");
    await purchases.loadBalance();
    expect((await screen.findByText(/残高/)).textContent).toBe("残高：1,000 Gold");
  });
});
