import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import * as npm from "../../../src/index";
import { defineGameStorefront, GameStorefrontElement, getMounted } from "../../../src/widget";

const NAME = "game-storefront-test";

/** Requests the stores send: each waits until it is aborted, so nothing answers or logs. */
let requests: string[];

beforeEach(() => {
  requests = [];
  vi.stubGlobal("fetch", (url: string, init?: RequestInit) => {
    requests.push(String(url));
    return new Promise((_resolve, reject) => {
      init?.signal?.addEventListener("abort", () => reject(init.signal?.reason));
    });
  });
  defineGameStorefront(NAME);
});

afterEach(() => {
  document.body.replaceChildren();
});

/** Lets the element's queued mount and the store's `init` run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Counts the stores mounted on `element` by their `init` DOM events, with their details. */
function recordInits(element: Element) {
  const inits: unknown[] = [];
  element.addEventListener("game-storefront:init", (event) =>
    inits.push((event as CustomEvent).detail),
  );
  return inits;
}

function create(attributes: Record<string, string>) {
  const element = document.createElement(NAME);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

const ATTRIBUTES = {
  backend: "merchant",
  "api-base": "/game",
  "project-id": "44056",
  locale: "en",
};

describe("the <game-storefront> element", () => {
  it("mounts once when connected with all its attributes, reading them like data-*", async () => {
    const element = create(ATTRIBUTES);
    const inits = recordInits(element);
    document.body.append(element);
    expect(element).toBeInstanceOf(GameStorefrontElement);
    await settle();
    expect(inits).toEqual([
      { backend: "merchant", projectId: "44056", locale: "en", view: "store" },
    ]);
    // The first draw waits for the first answer, or a tenth of a second (mount.tsx).
    await vi.waitFor(() => expect(element.shadowRoot?.querySelector(".gs-root")).not.toBeNull());
    expect(requests.some((url) => url.includes("/game/"))).toBe(true);
  });

  it("remounts once when several attributes change in one task", async () => {
    const element = create(ATTRIBUTES);
    document.body.append(element);
    await settle();
    const first = getMounted(element);
    const inits = recordInits(element);
    element.setAttribute("project-id", "77");
    element.setAttribute("locale", "en-GB");
    element.setAttribute("layout", "list");
    element.setAttribute("view", "store");
    await settle();
    expect(inits).toEqual([
      { backend: "merchant", projectId: "77", locale: "en-GB", view: "store" },
    ]);
    expect(getMounted(element)).not.toBe(first);
  });

  it("destroys its store when removed, and mounts again when put back", async () => {
    const element = create(ATTRIBUTES);
    document.body.append(element);
    await settle();
    element.remove();
    expect(getMounted(element)).toBeUndefined();
    expect(element.shadowRoot?.childNodes.length).toBe(0);
    // A change while it is out of the page mounts nothing.
    element.setAttribute("locale", "en-GB");
    await settle();
    expect(getMounted(element)).toBeUndefined();

    const inits = recordInits(element);
    document.body.append(element);
    await settle();
    expect(inits).toHaveLength(1);
    await vi.waitFor(() => expect(element.shadowRoot?.querySelector(".gs-root")).not.toBeNull());
  });

  it("moved within the page, ends with one store", async () => {
    const element = create(ATTRIBUTES);
    const inits = recordInits(element);
    const other = document.createElement("section");
    document.body.append(element, other);
    await settle();
    const first = getMounted(element);
    other.append(element);
    await settle();
    expect(inits).toHaveLength(2);
    expect(getMounted(element)).not.toBe(first);
    await vi.waitFor(() =>
      expect(element.shadowRoot?.querySelectorAll(".gs-root")).toHaveLength(1),
    );
  });

  it("reports a bad attribute on the console and stays empty, then mounts once it is mended", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const element = create(ATTRIBUTES);
    document.body.append(element);
    await settle();
    element.setAttribute("layout", "tiles");
    await settle();
    expect(errors).toHaveBeenCalledWith(
      'game-storefront: option "layout" must be one of list, grid (got "tiles").',
    );
    expect(getMounted(element)).toBeUndefined();
    expect(element.shadowRoot?.childNodes.length).toBe(0);

    element.setAttribute("layout", "grid");
    await settle();
    expect(getMounted(element)).toBeDefined();
  });

  it("keeps an element already registered under the name", () => {
    class Theirs extends HTMLElement {}
    customElements.define("game-storefront-theirs", Theirs);
    expect(() => defineGameStorefront("game-storefront-theirs")).not.toThrow();
    expect(customElements.get("game-storefront-theirs")).toBe(Theirs);
    // And defining ours twice is harmless too.
    expect(defineGameStorefront(NAME)).toBe(customElements.get(NAME));
  });

  it("is exported by the npm entry, which defines nothing on import", () => {
    expect(npm.GameStorefrontElement).toBe(GameStorefrontElement);
    expect(customElements.get("game-storefront")).toBeUndefined();
  });
});
