import { fireEvent, within } from "@testing-library/preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { AccountModelDeps } from "../../../src/account";
import { mount } from "../../../src/widget";
import type { AccountChunk } from "../../../src/widget/account/host";
import { createFakeBackend } from "../../helpers/fake-backend";
import { fakeAccount } from "../account/fake-account";

const options = {
  backend: "merchant" as const,
  apiBase: "https://game.example.com/game",
  projectId: 44056,
  userId: "p1",
  locale: "en",
};

/** A stand-in for the panel's chunk whose model counts its calls. */
function fakePanel() {
  const model = { load: vi.fn(), refresh: vi.fn(), dispose: vi.fn() };
  const made: AccountModelDeps[] = [];
  const chunk: AccountChunk = {
    createAccountModel: (deps) => {
      made.push(deps);
      model.load.mockImplementation(async () => {
        await deps.calls.listItems(0);
      });
      return model;
    },
    AccountPanel: () => <p class="fake-panel">The panel</p>,
    accountStyles: ".fake-panel { color: red; }",
  };
  return { chunk, model, made };
}

function host() {
  const element = document.createElement("div");
  document.body.append(element);
  return element;
}

const drawn = (element: Element) =>
  vi.waitFor(() => expect(element.shadowRoot?.querySelector(".fake-panel")).not.toBeNull());

afterEach(() => {
  document.body.replaceChildren();
});

describe("the account view", () => {
  it("mounts the panel alone, its first page asked for before the panel is there", async () => {
    const element = host();
    const fake = fakeAccount();
    const { chunk, model, made } = fakePanel();
    let arrive!: (chunk: AccountChunk) => void;
    const handle = mount(
      element,
      { ...options, view: "account" },
      {
        accountCalls: fake.calls,
        accountStore: fake.store,
        loadPanel: () => new Promise((resolve) => (arrive = resolve)),
      },
    );
    await vi.waitFor(() => expect(fake.log).toEqual(["items:0"]));
    arrive(chunk);
    await drawn(element);
    const init = vi.fn();
    handle.on("init", init);
    expect(model.load).toHaveBeenCalledTimes(1);
    // The panel's first read took the page already asked for.
    expect(fake.log).toEqual(["items:0"]);
    expect(made[0]?.kind).toBe("merchant");
    expect(made[0]?.store).toBe(fake.store);
    await handle.ready;
    const root = element.shadowRoot as ShadowRoot;
    expect(root.querySelector(".gs-root .fake-panel")?.textContent).toBe("The panel");
    handle.destroy();
    expect(model.dispose).toHaveBeenCalledTimes(1);
    expect(root.childNodes.length).toBe(0);
  });

  it("asks nothing for a signed-out player", async () => {
    const element = host();
    const fake = fakeAccount({ signedIn: false });
    const { chunk } = fakePanel();
    mount(
      element,
      { ...options, userId: undefined, view: "account" },
      { accountCalls: fake.calls, accountStore: fake.store, loadPanel: async () => chunk },
    );
    await drawn(element);
    expect(fake.log.filter((call) => call !== "items:0")).toEqual([]);
  });

  it("passes the coupon event on through the handle and as a DOM event", async () => {
    const element = host();
    const fake = fakeAccount();
    const { chunk, made } = fakePanel();
    const handle = mount(
      element,
      { ...options, view: "account" },
      { accountCalls: fake.calls, accountStore: fake.store, loadPanel: async () => chunk },
    );
    await drawn(element);
    const coupons = vi.fn();
    const dom = vi.fn();
    handle.on("coupon", coupons);
    element.addEventListener("game-storefront:coupon", (event) =>
      dom((event as CustomEvent).detail),
    );
    const payload = { code: "WELCOME100", items: [], virtualCurrency: null };
    made[0]?.emit("coupon", payload);
    expect(coupons).toHaveBeenCalledWith(payload);
    expect(dom).toHaveBeenCalledWith(payload);
    handle.destroy();
  });

  it("reads the player's holdings again after a purchase, claim, gift or coupon of the same project", async () => {
    const sameStore = host();
    const otherStore = host();
    const otherBackend = host();
    const panelHost = host();
    mount(sameStore, options, { backend: createFakeBackend() });
    mount(otherStore, { ...options, projectId: 777 }, { backend: createFakeBackend() });
    mount(
      otherBackend,
      { ...options, backend: "xsolla", userToken: "t" },
      { backend: createFakeBackend() },
    );
    const fake = fakeAccount();
    const { chunk, model } = fakePanel();
    const handle = mount(
      panelHost,
      { ...options, view: "account" },
      { accountCalls: fake.calls, accountStore: fake.store, loadPanel: async () => chunk },
    );
    await drawn(panelHost);
    const fire = (target: Element, name: string) =>
      target.dispatchEvent(
        new CustomEvent(`game-storefront:${name}`, { detail: {}, bubbles: true }),
      );
    for (const name of ["purchase", "claim", "gift", "coupon"]) fire(sameStore, name);
    expect(model.refresh).toHaveBeenCalledTimes(4);
    fire(otherStore, "purchase");
    fire(otherBackend, "purchase");
    fire(sameStore, "open");
    fire(document.body, "purchase");
    // Its own coupon event: the panel has read again already.
    fire(panelHost, "coupon");
    expect(model.refresh).toHaveBeenCalledTimes(4);

    handle.destroy();
    fire(sameStore, "purchase");
    expect(model.refresh).toHaveBeenCalledTimes(4);
  });

  it("says so with a retry when its panel does not load, and loads it on the retry", async () => {
    const element = host();
    const fake = fakeAccount();
    const { chunk } = fakePanel();
    const loads = vi
      .fn<() => Promise<AccountChunk>>()
      .mockRejectedValueOnce(new Error("offline"))
      .mockResolvedValue(chunk);
    const handle = mount(
      element,
      { ...options, view: "account" },
      { accountCalls: fake.calls, accountStore: fake.store, loadPanel: loads },
    );
    const errors = vi.fn();
    handle.on("error", errors);
    await vi.waitFor(() =>
      expect(errors).toHaveBeenCalledWith({
        code: "chunk-load",
        message: "The account panel did not load",
        section: "account",
      }),
    );
    const root = element.shadowRoot as unknown as HTMLElement;
    within(root).getByText("Couldn't load Account.");
    fireEvent.click(within(root).getByRole("button", { name: "Reload Account" }));
    await vi.waitFor(() => within(root).getByText("The panel"));
  });

  it("mounts the real panel from src/account when given no chunk", async () => {
    const element = host();
    const fake = fakeAccount();
    mount(
      element,
      { ...options, view: "account" },
      { accountCalls: fake.calls, accountStore: fake.store },
    );
    await vi.waitFor(() => expect(element.shadowRoot?.textContent).toContain("Health Potion×2"));
    expect(element.shadowRoot?.textContent).toContain("Coupon WELCOME100");
  });
});
