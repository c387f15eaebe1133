import { afterEach, describe, expect, it, vi } from "vitest";
import { err } from "../../../src/core/result";
import { mount } from "../../../src/widget";
import { createFakeBackend } from "../../helpers/fake-backend";

const options = {
  backend: "merchant" as const,
  apiBase: "https://game.example.com",
  projectId: 44056,
  locale: "en",
};

function host() {
  const element = document.createElement("div");
  document.body.append(element);
  return element;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe("mount()", () => {
  it("renders into an open shadow root and tells the page through events and DOM events", async () => {
    const element = host();
    const domEvents: string[] = [];
    for (const name of ["init", "catalog-load"]) {
      document.addEventListener(`game-storefront:${name}`, (event) => domEvents.push(event.type));
    }
    const handle = mount(element, options, { backend: createFakeBackend() });
    const init = vi.fn();
    handle.on("init", init);
    const loaded = new Promise((resolve) => handle.on("catalog-load", resolve));
    expect(await loaded).toEqual({ groups: 4, items: 2, packages: 1, plans: 2 });
    expect(init).toHaveBeenCalledWith({
      backend: "merchant",
      projectId: "44056",
      locale: "en",
      view: "store",
    });
    expect(domEvents).toEqual(["game-storefront:init", "game-storefront:catalog-load"]);
    expect(element.shadowRoot?.querySelector(".gs-root")).not.toBeNull();
    expect(element.shadowRoot?.textContent).toContain("Iron Sword");
  });

  it("lets a late subscriber learn that init happened through ready", async () => {
    const element = host();
    const inits: unknown[] = [];
    element.addEventListener("game-storefront:init", (event) =>
      inits.push((event as CustomEvent).detail),
    );
    const handle = mount(element, options, { backend: createFakeBackend() });
    await new Promise((resolve) => setTimeout(resolve, 10));
    // Subscribed too late for the event itself...
    const late = vi.fn();
    handle.on("init", late);
    // ...but ready says it happened, and it happened once, with the widget's options.
    await expect(handle.ready).resolves.toBeUndefined();
    expect(late).not.toHaveBeenCalled();
    expect(inits).toEqual([
      { backend: "merchant", projectId: "44056", locale: "en", view: "store" },
    ]);
  });

  it("reports a failing section as an error event with a stable code", async () => {
    const backend = createFakeBackend();
    backend.answers.subscriptions = err({
      kind: "http",
      status: 500,
      code: "500",
      serverMessage: "Boom",
    });
    const handle = mount(host(), options, { backend });
    const error = await new Promise((resolve) => handle.on("error", resolve));
    expect(error).toEqual({ code: "http-500", message: "Boom", section: "plans" });
  });

  it("removes everything on destroy and stays silent afterwards", async () => {
    const element = host();
    const backend = createFakeBackend();
    let open!: () => void;
    backend.gate = new Promise((resolve) => (open = resolve));
    const handle = mount(element, options, { backend });
    const events = vi.fn();
    handle.on("catalog-load", events);
    element.addEventListener("game-storefront:catalog-load", events);
    await handle.ready;
    handle.destroy();
    open();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(element.shadowRoot?.childNodes.length).toBe(0);
    expect(events).not.toHaveBeenCalled();
    handle.destroy();
  });

  it("replaces an earlier store when mounted again on the same element", async () => {
    const element = host();
    const first = mount(element, options, { backend: createFakeBackend() });
    const stale = vi.fn();
    first.on("catalog-load", stale);
    const second = mount(
      element,
      { ...options, locale: "en-GB" },
      { backend: createFakeBackend() },
    );
    await new Promise((resolve) => second.on("catalog-load", resolve));
    expect(stale).not.toHaveBeenCalled();
    expect(element.shadowRoot?.querySelectorAll(".gs-root").length).toBe(1);
  });

  it("throws one clear error for a bad option and renders nothing", () => {
    const element = host();
    expect(() => mount(element, { ...options, layout: "tiles" as "grid" })).toThrow(
      'game-storefront: option "layout" must be one of list, grid (got "tiles").',
    );
    expect(element.shadowRoot).toBeNull();
  });
});
