import { act, cleanup, fireEvent, screen, within } from "@testing-library/preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import { defineSection, SECTIONS, SectionFrame } from "../../../src/account";
import { apiError } from "../../../src/core/errors";
import { err, ok } from "../../../src/core/result";
import { held, owned, refused, transaction, welcome } from "./fake-account";
import { renderPanel } from "./render-panel";

afterEach(() => {
  cleanup();
});

/** Renders the panel and waits until every read of its first load has been answered. */
async function loadedPanel(options: Parameters<typeof renderPanel>[0] = {}) {
  const panel = await renderPanel(options);
  await act(() => panel.loaded);
  return panel;
}

const region = (name: string) => within(screen.getByRole("region", { name }));
const rows = (name: string) =>
  region(name)
    .queryAllByRole("listitem")
    .map((row) => row.textContent);
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

describe("the account panel", () => {
  it("asks a signed-out player to sign in and reads nothing", async () => {
    const { log } = await loadedPanel({ signedIn: false });
    expect(screen.getByRole("heading", { level: 2, name: "Your account" })).toBeTruthy();
    expect(
      screen.getByText("Sign in to see your items, your purchases and to redeem coupons."),
    ).toBeTruthy();
    expect(screen.queryByRole("region", { name: "My items" })).toBeNull();
    expect(log).toEqual([]);
  });

  it("shows each section under its own heading, in the order of SECTIONS", async () => {
    await loadedPanel();
    const headings = screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent);
    // Payment methods draws nothing without the backend's settings (config), as here.
    expect(headings).toEqual(["My items", "My purchases", "Coupons"]);
    // My subscriptions shows only with its calls, which this panel is not given.
    expect(SECTIONS.map((section) => section.id)).toEqual([
      "items",
      "subscriptions",
      "purchases",
      "payment-methods",
      "coupons",
    ]);
  });

  it("takes another section with one more entry in the list", async () => {
    const load = vi.fn(async () => {});
    const plans = defineSection({
      id: "plans",
      create: (context) => ({
        load,
        refresh: load,
        dispose() {},
        signedIn: context.calls.signedIn,
      }),
      View: ({ model }) => (
        <SectionFrame id="plans" title="My plans">
          <p>{model.signedIn ? "Signed in" : "Signed out"}</p>
        </SectionFrame>
      ),
    });
    await loadedPanel({ sections: [...SECTIONS, plans] });
    expect(region("My plans").getByText("Signed in")).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(1);
  });
});

describe("My items", () => {
  it("names merchant items from the catalog, read beside the first page, and a stranger by its sku", async () => {
    const { log } = await loadedPanel();
    expect(rows("My items")).toEqual(["Health Potion×2", "bonus-thing×1"]);
    const pictures = region("My items")
      .getAllByRole("listitem")
      .map((row) => row.querySelector("img")?.getAttribute("src") ?? null);
    expect(pictures).toEqual(["https://cdn.example.com/catalog/potion-health.png", null]);
    // The first page and the catalog went out together, before either was answered.
    expect(log.slice(0, 3).sort()).toEqual(["balance", "groups", "items:0"].sort());
    expect(log.filter((call) => call.startsWith("catalog:")).sort()).toEqual([
      "catalog:1",
      "catalog:2",
    ]);
  });

  it("reads the catalog once, however often the items are read again", async () => {
    const { log, model } = await loadedPanel();
    await act(() => model.refresh());
    await act(() => model.refresh());
    expect(log.filter((call) => call === "items:0")).toHaveLength(3);
    expect(log.filter((call) => call === "groups")).toHaveLength(1);
  });

  it("asks no catalog on xsolla, whose inventory names its items", async () => {
    const { log } = await loadedPanel({
      kind: "xsolla",
      setup: (fake) => {
        fake.answers.pages.set(0, ok({ items: [owned("sword", 1, "Sword")], nextOffset: null }));
      },
    });
    expect(rows("My items")).toEqual(["Sword×1"]);
    expect(log).not.toContain("groups");
  });

  it("shows the balance in words and the empty inventory plainly", async () => {
    await loadedPanel({
      setup: (fake) => {
        fake.answers.pages.set(0, ok({ items: [], nextOffset: null }));
        fake.answers.balance = ok([{ sku: "gold", name: "Gold", amount: 1200 }]);
      },
    });
    expect(region("My items").getByText("Balance: 1,200 Gold")).toBeTruthy();
    expect(region("My items").getByText("You don't have any items yet.")).toBeTruthy();
  });

  it("shows more a page at a time and moves the focus to the first new item", async () => {
    const { log } = await loadedPanel({
      setup: (fake) => {
        fake.answers.pages.set(0, ok({ items: [owned("potion-health")], nextOffset: 1 }));
        fake.answers.pages.set(
          1,
          ok({ items: [owned("potion-health"), owned("sword-ember", 3)], nextOffset: null }),
        );
      },
    });
    const more = region("My items").getByRole("button", { name: "Show more" });
    fireEvent.click(more);
    await settle();
    // The potion seen on both pages is shown once.
    expect(rows("My items")).toEqual(["Health Potion×1", "Ember Sword×3"]);
    expect(document.activeElement?.textContent).toBe("Ember Sword×3");
    expect(region("My items").queryByRole("button", { name: "Show more" })).toBeNull();
    expect(log.filter((call) => call.startsWith("items:"))).toEqual(["items:0", "items:1"]);
  });

  it("says when a further page failed, keeps what it shows, and tries that page again", async () => {
    const { answers, events } = await loadedPanel({
      setup: (fake) => {
        fake.answers.pages.set(0, ok({ items: [owned("potion-health")], nextOffset: 1 }));
        fake.answers.pages.set(1, err(apiError("timeout")));
      },
    });
    fireEvent.click(region("My items").getByRole("button", { name: "Show more" }));
    await settle();
    const alert = region("My items").getByRole("alert");
    expect(alert.textContent).toContain("More of your items could not be loaded.");
    expect(rows("My items")).toEqual(["Health Potion×1"]);
    expect(document.activeElement).toBe(within(alert).getByRole("button", { name: "Show more" }));
    expect(events.at(-1)).toEqual({
      name: "error",
      payload: expect.objectContaining({ code: "timeout", section: "account", part: "items" }),
    });
    answers.pages.set(1, ok({ items: [owned("sword-ember")], nextOffset: null }));
    fireEvent.click(within(alert).getByRole("button", { name: "Show more" }));
    await settle();
    expect(rows("My items")).toEqual(["Health Potion×1", "Ember Sword×1"]);
  });

  it("fails the items and the balance each on its own, each with its own retry", async () => {
    const { answers, log } = await loadedPanel({
      setup: (fake) => {
        fake.answers.pages.set(0, err(apiError("http", { status: 500 })));
        fake.answers.balance = err(apiError("network"));
      },
    });
    const alerts = region("My items").getAllByRole("alert");
    expect(alerts.map((alert) => alert.querySelector(".gs-error-title")?.textContent)).toEqual([
      "Your balance could not be loaded.",
      "Your items could not be loaded.",
    ]);
    answers.balance = ok([{ sku: null, name: null, amount: 5 }]);
    log.length = 0;
    fireEvent.click(region("My items").getByRole("button", { name: "Reload my balance" }));
    await settle();
    expect(log).toEqual(["balance"]);
    expect(region("My items").getByText("Balance: 5 coins")).toBeTruthy();
    answers.pages.set(0, ok({ items: [owned("potion-health")], nextOffset: null }));
    fireEvent.click(region("My items").getByRole("button", { name: "Reload my items" }));
    await settle();
    expect(rows("My items")).toEqual(["Health Potion×1"]);
    expect(region("My items").queryByRole("alert")).toBeNull();
  });

  it("shows skus when the catalog could not be read, and reads it again next time", async () => {
    const { answers, model, log } = await loadedPanel({
      setup: (fake) => {
        fake.answers.groups = err(apiError("network"));
      },
    });
    expect(rows("My items")).toEqual(["potion-health×2", "bonus-thing×1"]);
    answers.groups = ok([{ id: "1", name: "Potions", description: null, children: [] }]);
    await act(() => model.refresh());
    expect(rows("My items")).toEqual(["Health Potion×2", "bonus-thing×1"]);
    expect(log.filter((call) => call === "groups")).toHaveLength(2);
  });
});

describe("My purchases", () => {
  it("lists the last 90 days with date, what, amount through Intl and the kind in words", async () => {
    const { ranges } = await loadedPanel({
      setup: (fake) => {
        fake.answers.transactions = ok([
          transaction(),
          transaction({
            id: "2",
            kind: "coupon",
            amount: null,
            vcAmount: 100,
            couponCode: "WELCOME100",
          }),
          transaction({
            id: "3",
            kind: "in-game-purchase",
            description: "Ember Sword",
            amount: null,
            vcAmount: -250,
          }),
          transaction({ id: "4", kind: "cancellation", description: "Refund", failed: true }),
        ]);
      },
    });
    expect(rows("My purchases")).toEqual([
      "November 20, 2026500 Gold$4.99Payment",
      "November 20, 2026Coupon WELCOME100100 coinsCoupon",
      "November 20, 2026Ember Sword-250 coinsIn-game purchase",
      "November 20, 2026Refund$4.99Cancellation (failed)",
    ]);
    const range = ranges[0];
    expect(range && (range.to.getTime() - range.from.getTime()) / 86_400_000).toBe(90);
  });

  it("says so when there is nothing in the range", async () => {
    await loadedPanel({
      setup: (fake) => {
        fake.answers.transactions = ok([]);
      },
    });
    expect(region("My purchases").getByText("No purchases in the last 90 days.")).toBeTruthy();
  });

  it("says the history is not available where the backend keeps none, and asks nothing", async () => {
    const { log } = await loadedPanel({ kind: "xsolla", history: false });
    expect(
      region("My purchases").getByText("Your purchase history is not available in this store."),
    ).toBeTruthy();
    expect(log).not.toContain("transactions");
  });

  it("fails on its own and reads again on retry", async () => {
    const { answers } = await loadedPanel({
      setup: (fake) => {
        fake.answers.transactions = err(apiError("http", { status: 503 }));
      },
    });
    expect(region("My purchases").getByRole("alert").textContent).toContain(
      "Your purchases could not be loaded.",
    );
    expect(rows("My items")).toHaveLength(2);
    answers.transactions = ok([transaction()]);
    fireEvent.click(region("My purchases").getByRole("button", { name: "Reload my purchases" }));
    await settle();
    expect(rows("My purchases")).toHaveLength(1);
  });

  it("keeps the rows it shows while they are read again", async () => {
    const { answers, model } = await loadedPanel();
    const later = held<ReturnType<typeof ok<never[]>>>();
    answers.transactions = later.answer;
    const refresh = model.refresh();
    await settle();
    expect(rows("My purchases")).toHaveLength(2);
    later.release(ok([]));
    await act(() => refresh);
    expect(rows("My purchases")).toHaveLength(0);
  });
});

describe("Coupons", () => {
  const field = () => screen.getByRole("textbox", { name: "Coupon code" });
  const submit = () => screen.getByRole("button", { name: "Redeem" });
  const redeemCode = async (code: string) => {
    fireEvent.input(field(), { target: { value: code } });
    fireEvent.click(submit());
    await settle();
  };

  it("checks a code, shows what it gives, then redeems it on the player's word", async () => {
    const { log, events } = await loadedPanel();
    log.length = 0;
    await redeemCode("  WELCOME100 ");
    expect(log).toEqual(["check:WELCOME100"]);
    const offer = document.querySelector(".gs-account-offer") as HTMLElement;
    expect(offer.textContent).toContain("WELCOME100 gives you:");
    expect(offer.textContent).toContain("100 coins");
    expect(
      within(offer)
        .getAllByRole("listitem")
        .map((row) => row.textContent),
    ).toEqual(["Health Potion×1"]);
    const confirm = screen.getByRole("button", { name: "Redeem WELCOME100" });
    expect(document.activeElement).toBe(confirm);

    log.length = 0;
    fireEvent.click(confirm);
    await settle();
    expect(log[0]).toBe("redeem:WELCOME100");
    const status = screen.getAllByRole("status").find((s) => s.textContent?.includes("redeemed"));
    expect(status?.textContent).toContain("WELCOME100 redeemed. You received:");
    expect(status?.textContent).toContain("Health Potion×1");
    expect(document.activeElement).toBe(field());
    expect((field() as HTMLInputElement).value).toBe("");
    expect(events).toContainEqual({
      name: "coupon",
      payload: {
        code: "WELCOME100",
        items: [
          {
            sku: "potion-health",
            name: "Health Potion",
            quantity: 1,
            imageUrl: "https://cdn.example.com/catalog/potion-health.png",
          },
        ],
        virtualCurrency: { amount: 100, sku: null, name: null, imageUrl: null },
      },
    });
    // The redemption had every section read again: items, balance and history.
    expect(log).toEqual(expect.arrayContaining(["items:0", "balance", "transactions"]));
  });

  it("leaves an offer unredeemed on Cancel, with the focus back in the field", async () => {
    const { log } = await loadedPanel();
    await redeemCode("WELCOME100");
    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    await settle();
    expect(document.querySelector(".gs-account-offer")).toBeNull();
    expect(document.activeElement).toBe(field());
    expect(log).not.toContain("redeem:WELCOME100");
  });

  it.each([
    ["expired", "The coupon SPRING has expired."],
    ["used-up", "The coupon SPRING has been used up."],
    ["unknown", "There is no coupon with the code SPRING."],
    ["already-redeemed", "You have already redeemed the coupon SPRING."],
    ["not-signed-in", "Sign in again to redeem a coupon."],
  ] as const)(
    "says a %s code in its own words, in an alert the field points to",
    async (reason, text) => {
      const { events } = await loadedPanel({
        setup: (fake) => {
          fake.answers.check = refused(reason);
        },
      });
      await redeemCode("SPRING");
      const alert = screen.getByRole("alert");
      expect(alert.textContent).toBe(text);
      expect(field().getAttribute("aria-invalid")).toBe("true");
      expect(field().getAttribute("aria-describedby")).toBe(alert.id);
      expect(document.activeElement).toBe(field());
      expect(events).toEqual([]);
    },
  );

  it("says a refusal at redemption too (a code another player used up meanwhile)", async () => {
    await loadedPanel({
      setup: (fake) => {
        fake.answers.redeem = refused("used-up");
      },
    });
    await redeemCode("WELCOME100");
    fireEvent.click(screen.getByRole("button", { name: "Redeem WELCOME100" }));
    await settle();
    expect(screen.getByRole("alert").textContent).toBe("The coupon WELCOME100 has been used up.");
  });

  it("gives other failures the general text and an error event", async () => {
    const { events } = await loadedPanel({
      setup: (fake) => {
        fake.answers.check = err({ ...apiError("http", { status: 500 }), couponReason: null });
      },
    });
    await redeemCode("WELCOME100");
    expect(screen.getByRole("alert").textContent).toBe(
      "The coupon WELCOME100 could not be checked. The store had a problem on its side (error 500).",
    );
    expect(events).toEqual([
      {
        name: "error",
        payload: expect.objectContaining({ code: "http-500", section: "account", part: "coupons" }),
      },
    ]);
  });

  it("sends nothing for an empty field and says what to do", async () => {
    const { log } = await loadedPanel();
    log.length = 0;
    await redeemCode("   ");
    expect(screen.getByRole("alert").textContent).toBe("Enter a coupon code.");
    expect(log).toEqual([]);
  });

  it("shows the coupon's own names and pictures when the answer has them, without the catalog", async () => {
    const { log } = await loadedPanel({
      kind: "xsolla",
      setup: (fake) => {
        fake.answers.pages.set(0, ok({ items: [], nextOffset: null }));
        fake.answers.check = ok({
          ...welcome,
          virtualCurrency: { amount: 100, sku: "gold", name: "Gold", imageUrl: null },
          items: [
            {
              sku: "potion-health",
              name: "Health Potion",
              quantity: 1,
              imageUrl: "https://x/p.png",
            },
          ],
        });
      },
    });
    await redeemCode("WELCOME100");
    expect(document.querySelector(".gs-account-offer")?.textContent).toContain("100 Gold");
    expect(log).not.toContain("groups");
  });

  it("speaks the player's language", async () => {
    await loadedPanel({
      locale: "de",
      setup: (fake) => {
        fake.answers.check = refused("expired");
      },
    });
    expect(screen.getByRole("heading", { level: 3, name: "Meine Gegenstände" })).toBeTruthy();
    fireEvent.input(screen.getByRole("textbox", { name: "Gutscheincode" }), {
      target: { value: "X" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Einlösen" }));
    await settle();
    expect(screen.getByRole("alert").textContent).toBe("Der Gutschein X ist abgelaufen.");
  });
});
