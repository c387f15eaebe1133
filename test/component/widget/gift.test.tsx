import { cleanup, fireEvent, screen, within } from "@testing-library/preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Gift } from "../../../src/api";
import { err, ok } from "../../../src/core/result";
import type { GiftDialogProps } from "../../../src/gifting";
import type { GiftingChunk } from "../../../src/widget/gift";
import type { FakeBackend } from "../../helpers/fake-backend";
import { type SetupOptions, setup } from "../../helpers/render-widget";

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

async function card(name: string) {
  return (await screen.findByText(name)).closest("li") as HTMLElement;
}

const carter = { id: "1", name: "John Carter", email: "carter@xsolla.com", imageUrl: null };
const oneFriend: Gift = { message: "GG WP", hideGiverFromReceiver: true, friends: [carter] };

/**
 * A stand-in for the picker's chunk: a dialog that shows what the store gave it and answers
 * with `gift` on "Continue to payment". Every render's props are kept.
 */
function fakeChunk(gift: Gift = oneFriend) {
  const renders: GiftDialogProps[] = [];
  const chunk: GiftingChunk = {
    giftStyles: ".gift-picker{}",
    GiftDialog: (props: GiftDialogProps) => {
      renders.push(props);
      return (
        <div role="dialog" aria-label={`Gift ${props.product.name}`}>
          {props.submitting && <p>Sending…</p>}
          {props.error && <p role="alert">{props.error.text}</p>}
          {props.error?.fields.map((field) => (
            <p key={field}>{field}</p>
          ))}
          <button type="button" onClick={() => props.onSubmit(gift)}>
            Continue to payment
          </button>
          <button type="button" onClick={props.onClose}>
            Close
          </button>
        </div>
      );
    },
  };
  return { chunk, renders };
}

async function giftSetup(
  prepare?: (fake: FakeBackend) => void,
  options: SetupOptions = {},
  gift?: Gift,
) {
  const { chunk, renders } = fakeChunk(gift);
  const loadGifting = vi.fn(() => Promise.resolve(chunk));
  const widget = await setup("en", prepare, { gifting: true, loadGifting, ...options });
  return { ...widget, renders, loadGifting };
}

/** Clicks a product's Gift button and waits for the picker. */
async function openPicker(product: string) {
  const button = within(await card(product)).getByRole("button", { name: `Gift ${product}` });
  button.focus();
  fireEvent.click(button);
  await screen.findByRole("dialog", { name: `Gift ${product}` });
  return button;
}

describe("gift buttons", () => {
  it("are on items priced in money or in virtual currency and on packages, named after them", async () => {
    await giftSetup();
    await card("Iron Sword");
    for (const name of ["Gift Iron Sword", "Gift 500 Gold"]) {
      const button = screen.getByRole("button", { name });
      expect(button.textContent, name).toBe("Gift");
      expect(button.tagName).toBe("BUTTON");
    }
    // Priced only in virtual currency: the gift is still paid in Pay Station.
    fireEvent.click(await screen.findByText("Bows"));
    expect(
      within(await card("Long Bow")).getByRole("button", { name: "Gift Long Bow" }),
    ).toBeTruthy();
  });

  it("are not on free items or plans", async () => {
    await giftSetup();
    await card("Starter Kit");
    await card("Gold Status");
    expect(screen.queryByRole("button", { name: "Gift Starter Kit" })).toBeNull();
    expect(screen.queryByRole("button", { name: /^Gift (Gold|Silver) Status$/ })).toBeNull();
  });

  it("are not there for a signed-out player, or when gifting is off", async () => {
    await giftSetup((fake) => {
      fake.signedIn = false;
    });
    await card("Iron Sword");
    expect(screen.queryByRole("button", { name: /^Gift / })).toBeNull();
    cleanup();
    await setup();
    await card("Iron Sword");
    expect(screen.queryByRole("button", { name: /^Gift / })).toBeNull();
  });

  it("are not there when the backend has no token endpoint", async () => {
    await giftSetup((fake) => {
      fake.giftCheckout = null;
    });
    await card("Iron Sword");
    expect(screen.queryByRole("button", { name: /^Gift / })).toBeNull();
  });

  it("are translated", async () => {
    const { chunk } = fakeChunk();
    await setup("ja", undefined, { gifting: true, loadGifting: async () => chunk });
    expect(await screen.findByRole("button", { name: "500 Goldをギフトする" })).toBeTruthy();
  });
});

describe("the gift picker", () => {
  it("loads on the first Gift click, adopts its styles once, and gets the product and friend list", async () => {
    const { renders, loadGifting, adoptStyles, backend } = await giftSetup();
    await openPicker("500 Gold");
    expect(loadGifting).toHaveBeenCalled();
    expect(adoptStyles).toHaveBeenCalledTimes(1);
    expect(adoptStyles).toHaveBeenCalledWith(".gift-picker{}");
    const props = renders.at(-1) as GiftDialogProps;
    expect(props.product).toEqual({ sku: "16913", name: "500 Gold" });
    expect(props.submitting).toBe(false);
    expect(props.error).toBeNull();
    const signal = new AbortController().signal;
    expect(await props.listFriends("jo", 0, 20, signal)).toEqual(backend.answers.friends);
    expect(backend.calls).toContain("friends:jo:0:20");
    fireEvent.click(screen.getByRole("button", { name: "Close" }));
    await openPicker("500 Gold");
    expect(adoptStyles).toHaveBeenCalledTimes(1);
  });

  it("closes on its close button and gives focus back to the Gift button", async () => {
    await giftSetup();
    const button = await openPicker("Iron Sword");
    screen.getByRole("button", { name: "Continue to payment" }).focus();
    fireEvent.click(screen.getByRole("button", { name: "Close" }));
    await settle();
    await settle();
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it("says so when its chunk does not load, with a retry that opens it", async () => {
    const { chunk } = fakeChunk();
    let failing = true;
    const { emit } = await setup("en", undefined, {
      gifting: true,
      loadGifting: () => (failing ? Promise.reject(new Error("offline")) : Promise.resolve(chunk)),
    });
    const gift = within(await card("500 Gold")).getByRole("button", { name: "Gift 500 Gold" });
    fireEvent.click(gift);
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("The gift window for 500 Gold could not be loaded.");
    expect(emit).toHaveBeenCalledWith("error", {
      code: "chunk-load",
      message: "The gift picker did not load",
      sku: "16913",
    });
    // Never a dead button: the Gift button is still active, and the notice offers a retry.
    expect(gift.getAttribute("aria-disabled")).toBeNull();
    failing = false;
    fireEvent.click(screen.getByRole("button", { name: "Try gifting 500 Gold again" }));
    expect(await screen.findByRole("dialog", { name: "Gift 500 Gold" })).toBeTruthy();
    expect(screen.queryByRole("alert")).toBeNull();
  });
});

describe("paying for a gift", () => {
  it("reserves Pay Station's window inside the Continue click", async () => {
    const opened = { close: vi.fn(), closed: false } as unknown as Window;
    const open = vi.spyOn(window, "open").mockReturnValue(opened);
    const { backend } = await giftSetup(undefined, { payStationOptions: { mode: "window" } });
    await openPicker("500 Gold");
    fireEvent.click(screen.getByRole("button", { name: "Continue to payment" }));
    // Synchronously, before the token request has answered.
    expect(open).toHaveBeenCalledTimes(1);
    expect(open.mock.calls[0]?.[0]).toBe("about:blank");
    await settle();
    expect(backend.gifts).toEqual([oneFriend]);
  });

  it("keeps the picker open with the server's field messages when the token request is refused", async () => {
    const opened = { close: vi.fn(), closed: false } as unknown as Window;
    vi.spyOn(window, "open").mockReturnValue(opened);
    const { renders, emit, payStation } = await giftSetup(
      (fake) => {
        fake.answers.giftCheckout = err({
          kind: "http",
          status: 422,
          code: "422",
          serverMessage: "Invalid parameters",
          fields: ["purchase.gift.friends[0].id: not a friend of this player"],
        });
      },
      { payStationOptions: { mode: "window" } },
    );
    await openPicker("500 Gold");
    fireEvent.click(screen.getByRole("button", { name: "Continue to payment" }));
    expect(renders.at(-1)?.submitting).toBe(true);
    await settle();
    await settle();
    const props = renders.at(-1) as GiftDialogProps;
    expect(props.submitting).toBe(false);
    expect(props.error).toEqual({
      text: "Couldn't send 500 Gold as a gift. The store did not accept the request (error 422).",
      fields: ["purchase.gift.friends[0].id: not a friend of this player"],
    });
    expect(screen.getByRole("dialog", { name: "Gift 500 Gold" })).toBeTruthy();
    expect(opened.close).toHaveBeenCalled();
    expect(payStation.opens).toBe(0);
    expect(emit).toHaveBeenCalledWith(
      "error",
      expect.objectContaining({ code: "http-422", sku: "16913" }),
    );
    // Nothing is stuck: the store's buttons are free again.
    expect(
      screen.getByRole("button", { name: "Buy Iron Sword" }).getAttribute("aria-disabled"),
    ).toBeNull();
  });

  it("shows a refusal without field messages in the server's words", async () => {
    const { renders } = await giftSetup((fake) => {
      fake.answers.giftCheckout = err({
        kind: "http",
        status: 401,
        serverMessage: "Sign in again",
      });
    });
    await openPicker("500 Gold");
    fireEvent.click(screen.getByRole("button", { name: "Continue to payment" }));
    await settle();
    await settle();
    expect(renders.at(-1)?.error).toEqual({
      text: "Couldn't send 500 Gold as a gift. Your session has expired. Please sign in again.",
      fields: ["Sign in again"],
    });
  });

  it("closes the picker, opens Pay Station, and after done emits gift and names the friend", async () => {
    const { payStation, emit, backend } = await giftSetup();
    const button = await openPicker("500 Gold");
    fireEvent.click(screen.getByRole("button", { name: "Continue to payment" }));
    await settle();
    await settle();
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(document.activeElement).toBe(button);
    expect(payStation.inits[0]).toMatchObject({
      access_token: "gift-token",
      paystationVersion: 2,
      lightbox: { label: "Pay for 500 Gold" },
    });
    expect(payStation.opens).toBe(1);
    // The gift is the one in flight: its button is busy, the Buy button only waits.
    expect(button.getAttribute("aria-busy")).toBe("true");
    expect(
      screen.getByRole("button", { name: "Buy 500 Gold" }).getAttribute("aria-busy"),
    ).toBeNull();

    const balanceReads = backend.calls.filter((call) => call === "balance").length;
    payStation.fire("status-done", { paymentInfo: { status: "done" } });
    expect(emit).toHaveBeenCalledWith("status-done", {
      paymentInfo: { status: "done" },
      sku: "16913",
    });
    expect(emit).toHaveBeenCalledWith("gift", { sku: "16913", friends: 1 });
    expect(emit).not.toHaveBeenCalledWith("purchase", expect.anything());
    expect((await screen.findByRole("status")).textContent).toContain("Gift sent to John Carter.");
    await settle();
    expect(backend.calls.filter((call) => call === "balance").length).toBe(balanceReads + 1);
    payStation.fire("close", { reason: "user" });
    await settle();
    expect(button.getAttribute("aria-busy")).toBeNull();
  });

  it("says how many friends a gift to several went to", async () => {
    const friends = ["1", "2", "3"].map((id) => ({ ...carter, id, name: `Friend ${id}` }));
    const { payStation, emit } = await giftSetup(undefined, {}, { ...oneFriend, friends });
    await openPicker("Iron Sword");
    fireEvent.click(screen.getByRole("button", { name: "Continue to payment" }));
    await settle();
    await settle();
    payStation.fire("status-done", { paymentInfo: { status: "done" } });
    expect(emit).toHaveBeenCalledWith("gift", { sku: "sword", friends: 3 });
    expect((await screen.findByRole("status")).textContent).toContain("Gift sent to 3 friends.");
  });

  it("keeps the picker open when Pay Station's launcher does not load", async () => {
    const { renders } = await giftSetup(undefined, {
      loadLauncher: () => Promise.reject(new Error("offline")),
    });
    await openPicker("500 Gold");
    fireEvent.click(screen.getByRole("button", { name: "Continue to payment" }));
    await settle();
    await settle();
    expect(renders.at(-1)?.error?.text).toBe(
      "Couldn't send 500 Gold as a gift. The payment window could not be loaded. Check your connection and try again.",
    );
    expect(screen.getByRole("dialog")).toBeTruthy();
  });

  it("does nothing more for a second Continue while the first is in flight", async () => {
    let release!: () => void;
    const { backend } = await giftSetup((fake) => {
      fake.answers.giftCheckout = ok({
        token: "t",
        tokenKind: "merchant",
        url: null,
        orderId: null,
      });
    });
    await openPicker("500 Gold");
    backend.gate = new Promise((resolve) => (release = resolve));
    const submit = screen.getByRole("button", { name: "Continue to payment" });
    fireEvent.click(submit);
    fireEvent.click(submit);
    release();
    await settle();
    expect(backend.gifts).toHaveLength(1);
  });
});
