import { fireEvent, within } from "@testing-library/preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { InviteCampaign, InvitesBackend } from "../../../src/api";
import { ok } from "../../../src/core/result";
import type { InvitesModelDeps } from "../../../src/invites";
import { mount } from "../../../src/widget";
import type { InvitesChunk } from "../../../src/widget/invites/host";
import { createFakeBackend } from "../../helpers/fake-backend";

const options = {
  backend: "merchant" as const,
  apiBase: "https://game.example.com/game",
  projectId: 44056,
  userId: "p1",
  locale: "en",
  view: "invites" as const,
  invitesUrl: "https://game.example.com/game/invites",
};

const campaign: InviteCampaign = {
  id: "19",
  title: "Invite a friend",
  rewards: [
    { id: "33", description: "Install", type: "action", action: "cpi", cpaCode: null, limit: 2 },
  ],
};

/** Invite-code calls that answer at once and count what was asked. */
function fakeInviteCalls(signedIn = true) {
  const calls: string[] = [];
  /** Notes the call, then answers. */
  const counted =
    <T,>(name: string, answer: T) =>
    async () => {
      calls.push(name);
      return ok(answer);
    };
  const backend: InvitesBackend & { calls: string[] } = {
    calls,
    signedIn,
    getCampaigns: counted("campaigns", [campaign]),
    getInviteCode: counted("code", "ESOJ0TOC"),
    redeemInviteCode: counted("redeem", { matched: true, reason: null }),
    getInviteProgress: counted("progress", []),
  };
  return backend;
}

/** A stand-in for the panel's chunk whose model counts its calls. */
function fakePanel() {
  const model = { load: vi.fn(), refresh: vi.fn(), dispose: vi.fn() };
  const made: InvitesModelDeps[] = [];
  const chunk: InvitesChunk = {
    createInvitesModel: (deps) => {
      made.push(deps);
      model.load.mockImplementation(async () => {
        await deps.backend.getCampaigns();
      });
      return model;
    },
    InvitesPanel: () => <p class="fake-panel">The invites panel</p>,
    invitesStyles: ".fake-panel { color: red; }",
  };
  return { chunk, model, made };
}

function host() {
  const element = document.createElement("div");
  document.body.append(element);
  return element;
}

/** Waits until the fake panel is drawn: its host is a real chunk, slow on a loaded machine. */
const drawn = (element: Element) =>
  vi.waitFor(() => expect(element.shadowRoot?.querySelector(".fake-panel")).not.toBeNull());

afterEach(() => {
  document.body.replaceChildren();
});

describe("the invites view", () => {
  it("mounts the panel alone in the shadow root, the campaign list asked for meanwhile", async () => {
    const element = host();
    const store = createFakeBackend();
    const invites = fakeInviteCalls();
    const { chunk, model } = fakePanel();
    const handle = mount(element, options, {
      backend: store,
      invitesBackend: invites,
      loadPanel: async () => chunk,
    });
    const init = vi.fn();
    handle.on("init", init);
    await drawn(element);
    expect(init).toHaveBeenCalledWith({
      backend: "merchant",
      projectId: "44056",
      locale: "en",
      view: "invites",
    });
    const root = element.shadowRoot as ShadowRoot;
    expect(root.querySelector(".gs-root .fake-panel")?.textContent).toBe("The invites panel");
    expect(root.querySelector(".gs-card, .gs-section")).toBeNull();
    expect(store.calls).toEqual([]);
    expect(model.load).toHaveBeenCalledTimes(1);
    // The list went out before the panel was there, and the panel's first read took it.
    expect(invites.calls).toEqual(["campaigns"]);
  });

  it("asks nothing for a signed-out player before the panel does", async () => {
    const element = host();
    const invites = fakeInviteCalls(false);
    const { chunk } = fakePanel();
    // A panel that asks nothing either, as a signed-out player's does.
    const quiet = {
      ...chunk,
      createInvitesModel: () => ({ load: vi.fn(), refresh: vi.fn(), dispose: vi.fn() }),
    };
    mount(element, options, { invitesBackend: invites, loadPanel: async () => quiet });
    await drawn(element);
    expect(invites.calls).toEqual([]);
  });

  it("mounts the panel from src/invites when given no chunk", async () => {
    const element = host();
    mount(element, options, { invitesBackend: fakeInviteCalls() });
    await vi.waitFor(() =>
      within(element.shadowRoot as unknown as HTMLElement).getByRole("heading", {
        name: "Invite a friend",
        level: 3,
      }),
    );
  });

  it("passes the panel's events on through the handle and as DOM events", async () => {
    const element = host();
    const { chunk, made } = fakePanel();
    const handle = mount(element, options, {
      invitesBackend: fakeInviteCalls(),
      loadPanel: async () => chunk,
    });
    await drawn(element);
    const heard: unknown[] = [];
    const dom: unknown[] = [];
    for (const name of ["invite-code", "invite-copy", "invite-redeem", "error"] as const) {
      handle.on(name, (payload) => heard.push([name, payload]));
      element.addEventListener(`game-storefront:${name}`, (event) =>
        dom.push([name, (event as CustomEvent).detail]),
      );
    }
    const emitted = [
      ["invite-code", { campaignId: "19", code: "ESOJ0TOC" }],
      ["invite-copy", { campaignId: "19", code: "ESOJ0TOC" }],
      ["invite-redeem", { campaignId: "19", matched: false }],
      ["error", { code: "http-200-500", message: "x", section: "invites", campaignId: "19" }],
    ] as const;
    const emit = made[0]?.emit as (name: string, payload: unknown) => void;
    for (const [name, payload] of emitted) emit(name, payload);
    expect(heard).toEqual(emitted);
    expect(dom).toEqual(emitted);
    expect(made[0]?.english.locale).toBe("en");
    handle.destroy();
    emit("invite-copy", { campaignId: "19", code: "ESOJ0TOC" });
    expect(dom).toHaveLength(emitted.length);
  });

  it("refreshes the panel through the handle", async () => {
    const element = host();
    const { chunk, model } = fakePanel();
    const handle = mount(element, options, {
      invitesBackend: fakeInviteCalls(),
      loadPanel: async () => chunk,
    });
    await drawn(element);
    await handle.refresh();
    expect(model.refresh).toHaveBeenCalledTimes(1);
  });

  it("removes its nodes, styles and model on destroy, even while loading", async () => {
    const element = host();
    const { chunk, model } = fakePanel();
    const handle = mount(element, options, {
      invitesBackend: fakeInviteCalls(),
      loadPanel: async () => chunk,
    });
    await drawn(element);
    const root = element.shadowRoot as ShadowRoot;
    handle.destroy();
    expect(root.childNodes.length).toBe(0);
    expect(root.adoptedStyleSheets ?? []).toEqual([]);
    expect(model.dispose).toHaveBeenCalledTimes(1);

    // Destroyed before its chunks arrive: the model is made and thrown away, nothing drawn.
    let arrive!: (chunk: InvitesChunk) => void;
    const late = fakePanel();
    const early = mount(element, options, {
      invitesBackend: fakeInviteCalls(),
      loadPanel: () => new Promise((resolve) => (arrive = resolve)),
    });
    early.destroy();
    arrive(late.chunk);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(root.childNodes.length).toBe(0);
    expect(late.model.dispose.mock.calls.length).toBe(late.model.load.mock.calls.length);
  });

  it("gives way to a store mounted on the same element, and the store to it", async () => {
    const element = host();
    const { chunk, model } = fakePanel();
    mount(element, options, { invitesBackend: fakeInviteCalls(), loadPanel: async () => chunk });
    await drawn(element);
    const store = createFakeBackend();
    mount(element, { ...options, view: "store" }, { backend: store });
    expect(model.dispose).toHaveBeenCalledTimes(1);
    const root = element.shadowRoot as ShadowRoot;
    await vi.waitFor(() => expect(root.querySelector(".gs-section")).not.toBeNull());
    expect(root.querySelector(".fake-panel")).toBeNull();

    const again = fakePanel();
    mount(element, options, {
      invitesBackend: fakeInviteCalls(),
      loadPanel: async () => again.chunk,
    });
    await drawn(element);
    expect(root.querySelector(".gs-section")).toBeNull();
  });

  it("says so with a retry when its panel does not load, and loads it on the retry", async () => {
    const element = host();
    const { chunk } = fakePanel();
    const loads = vi
      .fn<() => Promise<InvitesChunk>>()
      .mockRejectedValueOnce(new Error("offline"))
      .mockResolvedValue(chunk);
    const handle = mount(element, options, { invitesBackend: fakeInviteCalls(), loadPanel: loads });
    const errors = vi.fn();
    handle.on("error", errors);
    await vi.waitFor(() =>
      expect(errors).toHaveBeenCalledWith({
        code: "chunk-load",
        message: "The invites panel did not load",
        section: "invites",
      }),
    );
    const root = element.shadowRoot as unknown as HTMLElement;
    within(root).getByRole("alert");
    within(root).getByText("Couldn't load Invites.");
    fireEvent.click(within(root).getByRole("button", { name: "Reload Invites" }));
    await vi.waitFor(() => within(root).getByText("The invites panel"));
    expect(within(root).queryByRole("alert")).toBeNull();
  });

  it.each([
    ["ja", "招待"],
    ["zh", "邀请"],
    ["ko", "초대"],
  ])("names itself in %s in its failure message", async (locale, name) => {
    const element = host();
    mount(
      element,
      { ...options, locale },
      { invitesBackend: fakeInviteCalls(), loadPanel: () => Promise.reject(new Error("x")) },
    );
    await vi.waitFor(() => expect(element.shadowRoot?.textContent).toContain(name));
  });

  it("is refused without invitesUrl, naming it", () => {
    expect(() => mount(host(), { ...options, invitesUrl: undefined })).toThrow(
      'game-storefront: option "invitesUrl" is required (got undefined).',
    );
  });
});
