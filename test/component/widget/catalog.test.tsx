import { cleanup, fireEvent, screen, within } from "@testing-library/preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import { err, ok } from "../../../src/core/result";
import { createFakeBackend, item } from "../../helpers/fake-backend";
import { setup } from "../../helpers/render-widget";

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** The product card that shows `name` (getByText throws when none or several do). */
function cardOf(name: string): HTMLElement {
  const card = screen.getByText(name).closest("li");
  if (!card) throw new Error(`"${name}" is not on a product card`);
  return card;
}

describe("the storefront catalog", () => {
  it("shows skeletons while sections load", async () => {
    let open!: () => void;
    const { view } = await setup("en", (fake) => {
      fake.gate = new Promise((resolve) => (open = resolve));
    });
    expect(view.container.querySelectorAll(".gs-skeleton").length).toBeGreaterThan(0);
    expect(screen.getAllByText("Loading…").length).toBeGreaterThan(0);
    open();
    await screen.findByText("Iron Sword");
  });

  it("renders every section once loaded and reports the counts", async () => {
    const { loaded, onLoaded } = await setup();
    await loaded;
    await screen.findByText("Iron Sword");
    // The first group's first child is open in the tree.
    const tree = screen.getByRole("tree", { name: "Item groups" });
    expect(within(tree).getByRole("treeitem", { selected: true }).textContent).toBe("Swords");
    // Each product's details show on its own card (getBy throws when a text is missing).
    const gold = cardOf("500 Gold");
    for (const text of ["+10 bonus", "Bonus: Rabbit ×1", "Most Popular"]) {
      within(gold).getByText(text);
    }
    const silver = cardOf("Silver Status");
    within(silver).getByText("Your plan");
    within(silver).getByText("Next charge on June 28, 2030");
    expect(within(silver).queryByText("7-day free trial")).toBeNull();
    within(cardOf("Gold Status")).getByText("7-day free trial");
    expect(screen.getByRole("heading", { name: "Summer Sale" }).textContent).toBe("Summer Sale");
    expect(screen.getByRole("timer").textContent).toMatch(/^Ends in 1d 01:01:0\d$/);
    expect(onLoaded).toHaveBeenCalledWith({ groups: 4, items: 2, packages: 1, plans: 2 });
  });

  it("strikes through the price before a discount and marks free items", async () => {
    await setup();
    const card = (await screen.findByText("Iron Sword")).closest("li") as HTMLElement;
    expect(card.querySelector("s")?.textContent).toBe("Original price: $4.99");
    within(card).getByText("$4.00");
    const free = cardOf("Starter Kit");
    within(free).getByText("Free");
    within(free).getByText("1 left");
    expect(within(free).queryByText(/\$/)).toBeNull();
  });

  it("shows the value points a purchase earns beside the price, in the widget's language", async () => {
    const star = {
      sku: "star",
      name: "Star Points",
      imageUrl: "https://cdn.example.com/star.png",
      amount: 1500,
      isClan: false,
    };
    await setup("en", (fake) => {
      const first = fake.answers.items["11"];
      if (first?.ok) first.value[0] = { ...first.value[0], ...item({ vpRewards: [star] }) };
    });
    const card = (await screen.findByText("Iron Sword")).closest("li") as HTMLElement;
    const points = within(card).getByText("+1,500 Star Points");
    // The picture is decoration: the words say it all.
    expect(points.querySelector("img")?.getAttribute("alt")).toBe("");
    expect(within(cardOf("Starter Kit")).queryByText(/Star Points/)).toBeNull();
  });

  it("formats money for the widget's locale", async () => {
    await setup("zh");
    const card = (await screen.findByText("Iron Sword")).closest("li") as HTMLElement;
    within(card).getByText("US$4.00");
    expect(within(cardOf("500 Gold")).queryByText("$4.99")).toBeNull();
    screen.getByRole("heading", { name: "虚拟货币" });
  });

  it("keeps the other sections working when one fails, and retries it", async () => {
    const { backend, onError } = await setup("en", (fake) => {
      fake.answers.subscriptions = err({ kind: "http", status: 500, serverMessage: "Boom" });
    });
    await screen.findByText("Iron Sword");
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Couldn't load Subscriptions.");
    expect(alert.textContent).toContain("error 500");
    expect(alert.textContent).toContain("Server said: Boom");
    expect(cardOf("500 Gold").textContent).toContain("+10 bonus");
    expect(onError).toHaveBeenCalledWith("plans", expect.objectContaining({ code: "http-500" }));
    backend.answers.subscriptions = await createFakeBackend().getSubscriptions();
    fireEvent.click(screen.getByRole("button", { name: "Reload Subscriptions" }));
    await screen.findByText("Silver Status");
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("shows an empty state for a group without items", async () => {
    const { catalog } = await setup();
    await screen.findByText("Iron Sword");
    catalog.selectGroup("2");
    await screen.findByText("There is nothing in this group yet.");
  });

  it("fetches a group's items once and reuses them when the player comes back", async () => {
    const { backend, loaded } = await setup();
    await loaded;
    const tree = screen.getByRole("tree");
    fireEvent.click(await within(tree).findByText("Bows"));
    await screen.findByText("Long Bow");
    within(cardOf("Long Bow")).getByText("2 Gold");
    fireEvent.click(within(tree).getByText("Swords"));
    await screen.findByText("Iron Sword");
    expect(backend.calls.filter((c) => c === "items:11")).toHaveLength(1);
    expect(backend.calls.filter((c) => c === "items:12")).toHaveLength(1);
  });

  it("draws a big group's first screen of cards first, then the rest of its first page", async () => {
    const many = Array.from({ length: 75 }, (_, i) =>
      item({ sku: `blade-${i + 1}`, name: `Blade ${i + 1}` }),
    );
    await setup("en", (fake) => {
      fake.answers.items["11"] = ok(many);
    });
    await screen.findByText("Blade 1");
    // The first screen (12 cards) is drawn on its own, without the page's "Show more" yet.
    expect(screen.getByText("Blade 12")).toBeTruthy();
    expect(screen.queryByText("Blade 13")).toBeNull();
    expect(screen.queryByRole("button", { name: /^Show \d+ more items$/ })).toBeNull();
    // Once the browser is idle, the rest of the first page (60) follows, then "Show more".
    await screen.findByText("Blade 60");
    expect(screen.queryByText("Blade 61")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Show 15 more items" }));
    await screen.findByText("Blade 75");
  });

  it("sends the first view's requests in parallel", async () => {
    const { backend } = await setup();
    // Before any answer arrives, everything that does not depend on the groups is already asked for.
    expect(backend.calls).toEqual(
      expect.arrayContaining(["groups", "promotion", "packages", "subscriptions"]),
    );
    await screen.findByText("Iron Sword");
  });

  it("moves through the group tree with the keyboard", async () => {
    const { loaded } = await setup();
    await loaded;
    const tree = screen.getByRole("tree");
    const selected = await within(tree).findByRole("treeitem", { selected: true });
    expect(selected.textContent).toBe("Swords");
    selected.focus();
    fireEvent.keyDown(selected, { key: "ArrowDown" });
    const bows = within(tree).getByRole("treeitem", { name: "Bows" });
    expect(document.activeElement).toBe(bows);
    fireEvent.keyDown(bows, { key: "Enter" });
    await screen.findByText("Long Bow");
    fireEvent.keyDown(bows, { key: "ArrowLeft" });
    // Browsers leave an open branch's child group out of its name; jsdom's name computation
    // (dom-accessibility-api, after the letter of the spec) takes it in: "Weapons Swords Bows".
    const weapons = within(tree).getByRole("treeitem", { name: /^Weapons\b/ });
    expect(document.activeElement).toBe(weapons);
    fireEvent.keyDown(weapons, { key: "ArrowLeft" });
    expect(weapons.getAttribute("aria-expanded")).toBe("false");
    fireEvent.keyDown(weapons, { key: "End" });
    expect(document.activeElement?.textContent).toBe("Armor");
  });

  it("folds the group tree behind a button that names the group, again once one is chosen", async () => {
    const { loaded } = await setup();
    await loaded;
    // Whether the button shows is base.css's call (by the store's width); its state is the tree's.
    const button = screen.getByRole("button", { name: "Groups: Swords" });
    expect(button.getAttribute("aria-expanded")).toBe("false");
    fireEvent.click(button);
    expect(button.getAttribute("aria-expanded")).toBe("true");
    const tree = screen.getByRole("tree");
    // Choosing a branch closes or opens it and leaves the tree unfolded; choosing a group
    // without children folds it.
    fireEvent.click(within(tree).getByText("Weapons"));
    fireEvent.click(within(tree).getByText("Weapons"));
    expect(button.getAttribute("aria-expanded")).toBe("true");
    const weapons = within(tree).getByRole("treeitem", { name: /^Weapons\b/ });
    fireEvent.keyDown(weapons, { key: "ArrowDown" });
    fireEvent.keyDown(weapons, { key: "ArrowDown" });
    expect(document.activeElement?.textContent).toBe("Bows");
    fireEvent.keyDown(weapons, { key: "Enter" });
    await screen.findByText("Long Bow");
    expect(button.getAttribute("aria-expanded")).toBe("false");
    expect(button.textContent).toBe("Groups: Bows›");
    expect(document.activeElement).toBe(button);
  });

  it("shows a clear message when the groups answer cannot be read", async () => {
    await setup("ja", (fake) => {
      fake.answers.groups = err({ kind: "invalid-response" });
    });
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("ストアから読み取れない応答が返されました。");
    expect(cardOf("500 Gold").textContent).toContain("+10");
  });
});
