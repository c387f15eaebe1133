import { afterEach, describe, expect, it, vi } from "vitest";
import { mount } from "../../../src/widget";
import { createFakeBackend } from "../../helpers/fake-backend";

const options = {
  backend: "merchant" as const,
  apiBase: "https://game.example.com/game",
  projectId: 44056,
  userId: "p1",
  locale: "en",
};

function host() {
  const element = document.createElement("div");
  document.body.append(element);
  return element;
}

/** What an account view's subscriptions section says when the player changed a plan. */
const changed = (from: Element) =>
  from.dispatchEvent(
    new CustomEvent("game-storefront:subscription", {
      detail: { id: "11", planId: "gold-pass", status: "canceled" },
      bubbles: true,
      composed: true,
    }),
  );

afterEach(() => {
  document.body.replaceChildren();
});

describe("a store on a page where a subscription changes", () => {
  it("reads only its plans again, for a widget of its own project and backend, until destroyed", async () => {
    const backend = createFakeBackend();
    const store = mount(host(), options, { backend });
    await new Promise((resolve) => store.on("catalog-load", resolve));
    // The account view of the same project; any mounted widget stands in for it here.
    const sameProject = host();
    mount(sameProject, options, { backend: createFakeBackend() });
    const otherProject = host();
    mount(otherProject, { ...options, projectId: 777 }, { backend: createFakeBackend() });
    const otherBackend = host();
    mount(
      otherBackend,
      { ...options, backend: "xsolla", userToken: "jwt" },
      { backend: createFakeBackend() },
    );
    const before = backend.calls.length;

    changed(sameProject);
    await vi.waitFor(() => expect(backend.calls.slice(before)).toEqual(["subscriptions"]));
    changed(otherProject);
    changed(otherBackend);
    // A page's own event from an element no widget is mounted on is no widget's word.
    changed(document.body);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(backend.calls.slice(before)).toEqual(["subscriptions"]);

    store.destroy();
    changed(sameProject);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(backend.calls.slice(before)).toEqual(["subscriptions"]);
  });
});
