import { cleanup, fireEvent, screen, within } from "@testing-library/preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import { setup } from "../../helpers/render-widget";
import { fakeFetch, type Handler, json } from "../../unit/api/fake-fetch";

afterEach(cleanup);

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const ACCOUNTS = "/game/merchant/v2/projects/1/users/me/payment_accounts";
const visa = { type: "card", id: 1, name: "411111******1111", payment_system: { id: 1380 } };

/** The game server: the player's saved cards, and a charge answering `charge`. */
function gameServer(
  charge: () => Response = () => json({ transaction_id: 9 }, 201),
  cards = [visa],
) {
  const handler: Handler = (url, request) => {
    if (url.pathname === ACCOUNTS) return json(cards);
    if (url.pathname.endsWith("/payments/card/1") && request.method === "POST") return charge();
    return json({ http_status_code: 404, message: "Not Found" }, 404);
  };
  return fakeFetch(handler);
}

const refused = (reason: string) =>
  json({ http_status_code: 402, message: "Request Failed", extended_message: { reason } }, 402);

async function card(name: string) {
  return (await screen.findByRole("heading", { name })).closest("li") as HTMLElement;
}

/** A button's text without what only screen readers hear, its spaces collapsed as drawn. */
function visibleText(element: HTMLElement) {
  const copy = element.cloneNode(true) as HTMLElement;
  for (const hidden of copy.querySelectorAll(".gs-sr-only")) hidden.remove();
  return (copy.textContent ?? "").replace(/\s+/g, " ").trim();
}

async function oneClick() {
  return screen.findByRole("button", { name: "Buy 500 Gold with Visa ••1111" });
}

describe("one-click buying with a saved method", () => {
  it("asks for its chunk and the saved methods only once the first view is drawn", async () => {
    const fetch = gameServer();
    let open = () => {};
    const { store } = await setup(
      "en",
      (fake) => {
        fake.gate = new Promise((resolve) => {
          open = resolve;
        });
      },
      { merchantFetch: fetch, noFeatureWait: true },
    );
    // The first view's answers, their checks and drawing come first: nothing of the feature yet.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(store.saved?.value).toBeNull();
    expect(fetch.seen).toHaveLength(0);
    open();
    await oneClick();
    expect(fetch.seen.map((seen) => seen.url.pathname)).toEqual([ACCOUNTS]);
  });

  it("offers the first saved method on packages and items sold for money, reading the list once", async () => {
    const fetch = gameServer();
    await setup("en", undefined, { merchantFetch: fetch });
    const button = await oneClick();
    expect(visibleText(button)).toBe("Buy with Visa ••1111");
    expect(within(await card("500 Gold")).getByRole("button", { name: /with Visa/ })).toBe(button);
    const sword = within(await card("Iron Sword")).getByRole("button", { name: /with Visa/ });
    expect(sword.getAttribute("aria-label") ?? sword.textContent).toContain("Iron Sword");
    expect(visibleText(sword)).toBe("Buy with Visa ••1111");
    // A free item is claimed, not paid for.
    expect(
      within(await card("Starter Kit")).queryByRole("button", { name: /with Visa/ }),
    ).toBeNull();
    expect(fetch.seen.map((seen) => seen.url.pathname)).toEqual([ACCOUNTS]);
  });

  it("gives an item priced only in virtual currency no one-click button", async () => {
    await setup("en", undefined, { merchantFetch: gameServer() });
    fireEvent.click(await within(screen.getByRole("tree")).findByText("Bows"));
    const bow = await card("Long Bow");
    expect(within(bow).getByRole("button", { name: "Buy Long Bow" })).toBeTruthy();
    expect(within(bow).queryByRole("button", { name: /with Visa/ })).toBeNull();
  });

  it("charges an item by its sku on Confirm, stating its price first, and grants it", async () => {
    const fetch = gameServer();
    const { emit, backend, payStation } = await setup("en", undefined, { merchantFetch: fetch });
    fireEvent.click(await screen.findByRole("button", { name: "Buy Iron Sword with Visa ••1111" }));
    const dialog = await screen.findByRole("dialog", {
      name: "Buy Iron Sword for $4.00 with Visa ••1111?",
    });
    fireEvent.click(within(dialog).getByRole("button", { name: "Confirm" }));
    await settle();
    await settle();
    expect(fetch.seen[1]?.body).toEqual({
      purchase: { virtual_items: { items: [{ sku: "sword", amount: 1 }] } },
      settings: { currency: "USD", language: "en" },
    });
    expect(emit).toHaveBeenCalledWith("purchase", { sku: "sword", orderId: null });
    expect(screen.getByRole("status").textContent).toContain(
      "Iron Sword is yours, paid with Visa ••1111.",
    );
    expect(backend.calls.filter((call) => call === "balance")).toHaveLength(2);
    expect(payStation.opens).toBe(0);
  });

  it("opens Pay Station for the same item when its charge is declined", async () => {
    const fetch = gameServer(() => refused("declined"));
    const { backend, payStation } = await setup("en", undefined, { merchantFetch: fetch });
    fireEvent.click(await screen.findByRole("button", { name: "Buy Iron Sword with Visa ••1111" }));
    fireEvent.click(await screen.findByRole("button", { name: "Confirm" }));
    await settle();
    await settle();
    expect(screen.getByRole("alert").textContent).toContain(
      "Visa ••1111 was declined, so Iron Sword was not bought.",
    );
    expect(backend.calls).toContain("checkout:sword");
    await settle();
    expect(payStation.opens).toBe(1);
  });

  it("never sends the player to pay again for an item charged but not delivered", async () => {
    const fetch = gameServer(() =>
      json(
        {
          http_status_code: 502,
          message: "Charged (transaction 77) but not delivered",
          extended_message: { reason: "not_delivered", transaction_id: 77 },
        },
        502,
      ),
    );
    const { emit, backend, payStation } = await setup("en", undefined, { merchantFetch: fetch });
    fireEvent.click(await screen.findByRole("button", { name: "Buy Iron Sword with Visa ••1111" }));
    fireEvent.click(await screen.findByRole("button", { name: "Confirm" }));
    await settle();
    await settle();
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain(
      "Visa ••1111 was charged for Iron Sword, but it could not be delivered.",
    );
    expect(alert.textContent).toContain("transaction 77");
    expect(emit).toHaveBeenCalledWith("error", expect.objectContaining({ sku: "sword" }));
    expect(emit).not.toHaveBeenCalledWith("purchase", expect.anything());
    expect(screen.queryByRole("button", { name: /another way/ })).toBeNull();
    await settle();
    expect(backend.calls).not.toContain("checkout:sword");
    expect(payStation.opens).toBe(0);
  });

  it("reads the saved methods again when a widget of its project removes one", async () => {
    let cards = [visa];
    const handler: Handler = (url) =>
      url.pathname === ACCOUNTS ? json(cards) : json({ http_status_code: 404 }, 404);
    const fetch = fakeFetch(handler);
    const optionsOf = new WeakMap();
    const same = document.createElement("div");
    const other = document.createElement("div");
    document.body.append(same, other);
    optionsOf.set(same, { backend: "merchant", backendConfig: { projectId: "1" } });
    optionsOf.set(other, { backend: "merchant", backendConfig: { projectId: "2" } });
    const { store } = await setup("en", undefined, { merchantFetch: fetch, optionsOf });
    await oneClick();
    cards = [];
    const removed = () =>
      new CustomEvent("game-storefront:payment-method-remove", {
        bubbles: true,
        composed: true,
        detail: { type: "card", id: "1" },
      });
    other.dispatchEvent(removed());
    await settle();
    expect(fetch.seen).toHaveLength(1);
    same.dispatchEvent(removed());
    await vi.waitFor(() => expect(screen.queryByRole("button", { name: /with Visa/ })).toBeNull());
    expect(fetch.seen).toHaveLength(2);
    // Once the store is gone, it hears nothing.
    store.dispose();
    same.dispatchEvent(removed());
    await settle();
    expect(fetch.seen).toHaveLength(2);
    same.remove();
    other.remove();
  });

  it("asks first, stating the price, and charges nothing on Cancel or Escape", async () => {
    const fetch = gameServer();
    const { emit } = await setup("en", undefined, { merchantFetch: fetch });
    fireEvent.click(await oneClick());
    const dialog = await screen.findByRole("dialog", {
      name: "Buy 500 Gold for $4.00 with Visa ••1111?",
    });
    fireEvent.click(within(dialog).getByRole("button", { name: "Cancel" }));
    await settle();
    expect(screen.queryByRole("dialog")).toBeNull();
    fireEvent.click(await oneClick());
    fireEvent.keyDown(await screen.findByRole("dialog"), { key: "Escape" });
    await settle();
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(fetch.seen).toHaveLength(1);
    expect(emit).not.toHaveBeenCalledWith("purchase", expect.anything());
  });

  it("charges the package's quantity on Confirm, then grants as a Pay Station purchase does", async () => {
    const fetch = gameServer();
    const { emit, backend, payStation } = await setup("en", undefined, { merchantFetch: fetch });
    fireEvent.click(await oneClick());
    fireEvent.click(await screen.findByRole("button", { name: "Confirm" }));
    // One purchase at a time: the Buy buttons wait while the charge is in flight.
    expect(
      screen
        .getByRole("button", { name: "Buy 500 Gold", exact: true })
        .getAttribute("aria-disabled"),
    ).toBe("true");
    expect(screen.getByRole("status").textContent).toContain(
      "Paying for 500 Gold with Visa ••1111…",
    );
    await settle();
    await settle();
    expect(fetch.seen[1]).toMatchObject({
      method: "POST",
      body: { purchase: { virtual_currency: { quantity: 500 } } },
    });
    expect(emit).toHaveBeenCalledWith("purchase", { sku: "16913", orderId: null });
    expect(screen.getByRole("status").textContent).toContain(
      "500 Gold is yours, paid with Visa ••1111.",
    );
    expect(backend.calls.filter((call) => call === "balance")).toHaveLength(2);
    expect(payStation.opens).toBe(0);
  });

  it("says why a charge was refused and opens Pay Station for the same package", async () => {
    const fetch = gameServer(() => refused("declined"));
    const { emit, backend, payStation } = await setup("en", undefined, { merchantFetch: fetch });
    fireEvent.click(await oneClick());
    fireEvent.click(await screen.findByRole("button", { name: "Confirm" }));
    await settle();
    await settle();
    expect(emit).toHaveBeenCalledWith("error", {
      code: "http-402-declined",
      message: "Request Failed",
      sku: "16913",
    });
    expect(screen.getByRole("alert").textContent).toContain(
      "Visa ••1111 was declined, so 500 Gold was not bought. You can pay another way.",
    );
    expect(backend.calls).toContain("checkout:16913");
    await settle();
    expect(payStation.opens).toBe(1);
  });

  it("leaves Pay Station's own window to the player's next click, which popup blockers allow", async () => {
    const fetch = gameServer(() => refused("insufficient_funds"));
    const { backend } = await setup("en", undefined, {
      merchantFetch: fetch,
      payStationOptions: { mode: "window" },
    });
    fireEvent.click(await oneClick());
    fireEvent.click(await screen.findByRole("button", { name: "Confirm" }));
    await settle();
    await settle();
    expect(screen.getByRole("alert").textContent).toContain("has insufficient funds");
    expect(backend.calls).not.toContain("checkout:16913");
    fireEvent.click(screen.getByRole("button", { name: "Pay for 500 Gold another way" }));
    expect(backend.calls).toContain("checkout:16913");
  });

  it("shows no one-click button when the list cannot be read, and tells the page", async () => {
    const fetch = fakeFetch(() => json({ http_status_code: 404, message: "Not Found" }, 404));
    const { onError } = await setup("en", undefined, { merchantFetch: fetch });
    await card("500 Gold");
    await settle();
    expect(onError).toHaveBeenCalledWith(
      "payment-methods",
      expect.objectContaining({ code: "http-404" }),
    );
    expect(screen.queryByRole("button", { name: /with Visa/ })).toBeNull();
  });

  it("speaks the player's language", async () => {
    await setup("de", undefined, { merchantFetch: gameServer() });
    const button = await screen.findByRole("button", { name: "Mit Visa ••1111 500 Gold kaufen" });
    expect(visibleText(button)).toBe("Mit Visa ••1111 kaufen");
  });
});
