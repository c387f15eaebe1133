import { fireEvent, within } from "@testing-library/preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { RewardChain, RewardChainsBackend } from "../../../src/api";
import { ok } from "../../../src/core/result";
import type { RewardsModelDeps } from "../../../src/rewards";
import { mount, optionsFromDataset } from "../../../src/widget";
import type { RewardsChunk } from "../../../src/widget/rewards/host";
import { createFakeBackend } from "../../helpers/fake-backend";

const options = {
  backend: "merchant" as const,
  apiBase: "https://game.example.com/game",
  projectId: 44056,
  userId: "p1",
  locale: "en",
};

const chain: RewardChain = {
  id: 10,
  name: "Weekly quest",
  description: null,
  imageUrl: null,
  startsAt: null,
  endsAt: null,
  resetsAt: null,
  valuePoint: { sku: "star", name: "Star Points", imageUrl: null },
  clanType: null,
  topContributors: [],
  steps: [],
};

/** Reward-chain calls that answer at once and count what was asked. */
function fakeRewardCalls() {
  const calls: string[] = [];
  /** Notes the call, then answers. */
  const counted =
    <T,>(name: string, answer: T) =>
    async () => {
      calls.push(name);
      return ok(answer);
    };
  const backend: RewardChainsBackend & { calls: string[] } = {
    calls,
    signedIn: true,
    getRewardChains: counted("chains", [chain]),
    getRewardChainBalance: counted("balance", { ...chain.valuePoint, amount: 0, isClan: false }),
    claimRewardStep: counted("claim", undefined),
    getClanContributors: counted("contributors", []),
  };
  return backend;
}

/** A stand-in for the panel's chunk whose model counts its calls. */
function fakePanel() {
  const model = { load: vi.fn(), refresh: vi.fn(), dispose: vi.fn() };
  const made: RewardsModelDeps[] = [];
  const chunk: RewardsChunk = {
    createRewardsModel: (deps) => {
      made.push(deps);
      model.load.mockImplementation(async () => {
        await deps.backend.getRewardChains();
      });
      return model;
    },
    RewardsPanel: () => <p class="fake-panel">The panel</p>,
    rewardsStyles: ".fake-panel { color: red; }",
  };
  return { chunk, model, made };
}

function host() {
  const element = document.createElement("div");
  document.body.append(element);
  return element;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

/** Waits until the fake panel is drawn: its host is a real chunk, slow on a loaded machine. */
const drawn = (element: Element) =>
  vi.waitFor(() => expect(element.shadowRoot?.querySelector(".fake-panel")).not.toBeNull());

afterEach(() => {
  document.body.replaceChildren();
});

describe("the rewards view", () => {
  it("mounts the panel alone in the shadow root, without any of the store's calls", async () => {
    const element = host();
    const store = createFakeBackend();
    const rewards = fakeRewardCalls();
    const { chunk, model } = fakePanel();
    const handle = mount(
      element,
      { ...options, view: "rewards" },
      { backend: store, rewardsBackend: rewards, loadPanel: async () => chunk },
    );
    const init = vi.fn();
    handle.on("init", init);
    await drawn(element);
    expect(init).toHaveBeenCalledWith({
      backend: "merchant",
      projectId: "44056",
      locale: "en",
      view: "rewards",
    });
    const root = element.shadowRoot as ShadowRoot;
    expect(root.querySelector(".gs-root .fake-panel")?.textContent).toBe("The panel");
    expect(root.querySelector(".gs-card, .gs-section")).toBeNull();
    expect(store.calls).toEqual([]);
    expect(model.load).toHaveBeenCalledTimes(1);
    // The chain list went out before the panel was there, and the panel's first read took it.
    expect(rewards.calls).toEqual(["chains"]);
  });

  it("mounts the placeholder panel from src/rewards when given no chunk", async () => {
    const element = host();
    mount(element, { ...options, view: "rewards" }, { rewardsBackend: fakeRewardCalls() });
    await vi.waitFor(() => expect(element.shadowRoot?.textContent).toContain("Weekly quest"));
  });

  it("passes the panel's events on through the handle and as DOM events", async () => {
    const element = host();
    const { chunk, made } = fakePanel();
    const handle = mount(
      element,
      { ...options, view: "rewards" },
      { rewardsBackend: fakeRewardCalls(), loadPanel: async () => chunk },
    );
    await drawn(element);
    const claims = vi.fn();
    const dom = vi.fn();
    handle.on("reward-claim", claims);
    document.addEventListener("game-storefront:reward-claim", (event) =>
      dom((event as CustomEvent).detail),
    );
    made[0]?.emit("reward-claim", { chainId: 10, stepId: 2 });
    made[0]?.emit("login-required", { chainId: 10, stepId: 3 });
    expect(claims).toHaveBeenCalledWith({ chainId: 10, stepId: 2 });
    expect(dom).toHaveBeenCalledWith({ chainId: 10, stepId: 2 });
    expect(made[0]?.english.locale).toBe("en");
    handle.destroy();
  });

  it("refreshes after a purchase or claim in a store of the same project, and no other", async () => {
    const sameStore = host();
    const otherStore = host();
    const panelHost = host();
    mount(sameStore, options, { backend: createFakeBackend() });
    mount(otherStore, { ...options, projectId: 777 }, { backend: createFakeBackend() });
    const { chunk, model } = fakePanel();
    const handle = mount(
      panelHost,
      { ...options, view: "rewards" },
      { rewardsBackend: fakeRewardCalls(), loadPanel: async () => chunk },
    );
    await drawn(panelHost);
    const fire = (target: Element, name: string) =>
      target.dispatchEvent(
        new CustomEvent(`game-storefront:${name}`, { detail: { sku: "a" }, bubbles: true }),
      );
    fire(sameStore, "purchase");
    fire(sameStore, "claim");
    expect(model.refresh).toHaveBeenCalledTimes(2);
    fire(otherStore, "purchase");
    fire(sameStore, "gift");
    fire(document.body, "purchase");
    expect(model.refresh).toHaveBeenCalledTimes(2);
    await handle.refresh();
    expect(model.refresh).toHaveBeenCalledTimes(3);

    handle.destroy();
    fire(sameStore, "purchase");
    expect(model.refresh).toHaveBeenCalledTimes(3);
  });

  it("removes its nodes, listeners, styles and model on destroy, even while loading", async () => {
    const element = host();
    const { chunk, model } = fakePanel();
    const handle = mount(
      element,
      { ...options, view: "rewards" },
      { rewardsBackend: fakeRewardCalls(), loadPanel: async () => chunk },
    );
    await drawn(element);
    const root = element.shadowRoot as ShadowRoot;
    expect(root.childNodes.length).toBeGreaterThan(0);
    handle.destroy();
    expect(root.childNodes.length).toBe(0);
    expect(root.adoptedStyleSheets ?? []).toEqual([]);
    expect(model.dispose).toHaveBeenCalledTimes(1);

    // Destroyed before its chunks arrive: the model is made and thrown away, nothing drawn.
    let arrive!: (chunk: RewardsChunk) => void;
    const late = fakePanel();
    const early = mount(
      element,
      { ...options, view: "rewards" },
      {
        rewardsBackend: fakeRewardCalls(),
        loadPanel: () => new Promise((resolve) => (arrive = resolve)),
      },
    );
    early.destroy();
    arrive(late.chunk);
    await settle();
    expect(root.childNodes.length).toBe(0);
    expect(late.model.dispose.mock.calls.length).toBe(late.model.load.mock.calls.length);
  });

  it("says so with a retry when its panel does not load, and loads it on the retry", async () => {
    const element = host();
    const { chunk } = fakePanel();
    const loads = vi
      .fn<() => Promise<RewardsChunk>>()
      .mockRejectedValueOnce(new Error("offline"))
      .mockResolvedValue(chunk);
    const handle = mount(
      element,
      { ...options, view: "rewards" },
      { rewardsBackend: fakeRewardCalls(), loadPanel: loads },
    );
    const errors = vi.fn();
    handle.on("error", errors);
    await vi.waitFor(() =>
      expect(errors).toHaveBeenCalledWith({
        code: "chunk-load",
        message: "The rewards panel did not load",
        section: "reward-chains",
      }),
    );
    const root = element.shadowRoot as unknown as HTMLElement;
    within(root).getByRole("alert");
    within(root).getByText("Couldn't load Rewards.");
    fireEvent.click(within(root).getByRole("button", { name: "Reload Rewards" }));
    await vi.waitFor(() => within(root).getByText("The panel"));
    expect(within(root).queryByRole("alert")).toBeNull();
  });

  it("speaks the widget's language in its failure message", async () => {
    const element = host();
    mount(
      element,
      { ...options, locale: "ja", view: "rewards" },
      { rewardsBackend: fakeRewardCalls(), loadPanel: () => Promise.reject(new Error("x")) },
    );
    await vi.waitFor(() => expect(element.shadowRoot?.textContent).toContain("報酬"));
  });
});

describe("the view option", () => {
  it("accepts store, rewards, invites and account, and names itself for anything else", () => {
    expect(() => mount(host(), { ...options, view: "shop" as "store" })).toThrow(
      'game-storefront: option "view" must be one of store, rewards, invites, account (got "shop").',
    );
  });

  it("is read from data-view", () => {
    const element = host();
    element.dataset.view = "rewards";
    element.dataset.backend = "xsolla";
    expect(optionsFromDataset(element)).toMatchObject({ view: "rewards", backend: "xsolla" });
  });
});
