import { describe, expect, it } from "vitest";
import { OptionsError } from "../../../src/core/errors";
import { cacheId } from "../../../src/widget/catalog-cache";
import {
  ATTRIBUTES,
  optionsFromAttributes,
  optionsFromDataset,
} from "../../../src/widget/data-options";
import { resolveOptions } from "../../../src/widget/options";

/** A host element as far as reading options goes: its attributes by name. */
function withAttributes(attributes: Record<string, string>) {
  return { getAttribute: (name: string) => attributes[name] ?? null } as unknown as HTMLElement;
}

const minimal = { backend: "merchant", apiBase: "https://game.example.com/api/", projectId: 44056 };

describe("mount options", () => {
  it("fills defaults and normalizes what a studio wrote", () => {
    const resolved = resolveOptions({
      ...minimal,
      currency: "eur",
      locale: "zh_CN",
      country: "de",
    });
    expect(resolved).toMatchObject({
      backend: "merchant",
      layout: "grid",
      theme: "auto",
      sandbox: false,
      locale: "zh-CN",
    });
    expect(resolved.backendConfig).toMatchObject({
      apiBase: "https://game.example.com/api",
      projectId: "44056",
      currency: "EUR",
      country: "DE",
    });
  });

  it("gives the Store API backend its public defaults", () => {
    const resolved = resolveOptions({ backend: "xsolla", projectId: "44056", userToken: "jwt" });
    expect(resolved.backendConfig.apiBase).toBe("https://store.xsolla.com/api");
    expect(resolved.backendConfig.subscriptionsApiBase).toBe(
      "https://subscriptions.xsolla.com/api",
    );
    expect(resolved.backendConfig.userToken).toBe("jwt");
  });

  it.each([
    [
      { ...minimal, backend: "shopify" },
      'option "backend" must be one of merchant, xsolla (got "shopify")',
    ],
    [
      { apiBase: "/x", projectId: 1 },
      'option "backend" must be one of merchant, xsolla (got undefined)',
    ],
    [
      { backend: "merchant", apiBase: "/x" },
      'option "projectId" must be a project id (got undefined)',
    ],
    [{ ...minimal, layout: "tiles" }, 'option "layout" must be one of list, grid (got "tiles")'],
    [{ ...minimal, theme: "neon" }, 'option "theme" must be one of light, dark, auto (got "neon")'],
    [
      { ...minimal, currency: "dollars" },
      'option "currency" must be an ISO 4217 code such as USD (got "dollars")',
    ],
    [{ ...minimal, locale: "english please" }, 'option "locale" must be a BCP 47 locale'],
    [{ ...minimal, sandbox: "yes" }, 'option "sandbox" must be true or false (got "yes")'],
    [
      { ...minimal, userToken: 42 },
      'option "userToken" must be a string or a function returning one (got 42)',
    ],
    [{ backend: "merchant", projectId: 1 }, 'option "apiBase" is required (got undefined)'],
    [{ ...minimal, timeout: 0 }, 'option "timeout" must be a number of milliseconds (got 0)'],
    [{ ...minimal, timeout: "5s" }, 'option "timeout" must be a number of milliseconds'],
    [{ ...minimal, timeout: 1.5 }, 'option "timeout" must be a number of milliseconds'],
  ])("rejects %j with one error naming the option", (options, message) => {
    expect(() => resolveOptions(options)).toThrow(OptionsError);
    expect(() => resolveOptions(options)).toThrow(message);
  });

  it("rejects something that is not an object", () => {
    expect(() => resolveOptions("merchant")).toThrow('option "options" must be an object');
  });

  describe("gifting", () => {
    const gifting = {
      ...minimal,
      gifting: true,
      tokenUrl: "https://game.example.com/game/token",
      friendsUrl: "https://game.example.com/game/friends/?region=eu",
    };

    it("is off unless asked for", () => {
      expect(resolveOptions(minimal).gifting).toBe(false);
    });

    it("keeps the friend list's URL as written, like the token endpoint's", () => {
      const resolved = resolveOptions(gifting);
      expect(resolved.gifting).toBe(true);
      expect(resolved.backendConfig.friendsUrl).toBe(
        "https://game.example.com/game/friends/?region=eu",
      );
    });

    it.each([
      [{ ...gifting, gifting: "yes" }, 'option "gifting" must be true or false (got "yes")'],
      [
        { ...gifting, friendsUrl: undefined },
        'option "friendsUrl" is required when gifting is on (got undefined)',
      ],
      [{ ...gifting, tokenUrl: "" }, 'option "tokenUrl" is required when gifting is on (got "")'],
      [{ ...gifting, friendsUrl: "http://[" }, 'option "friendsUrl" must be a URL'],
    ])("rejects %j with one error naming the option", (options, message) => {
      expect(() => resolveOptions(options)).toThrow(OptionsError);
      expect(() => resolveOptions(options)).toThrow(message);
    });

    it("reads data-gifting and data-friends-url", () => {
      const attributes = { "data-gifting": "true", "data-friends-url": "/game/friends" };
      const element = withAttributes(attributes);
      expect(optionsFromDataset(element)).toMatchObject({
        gifting: true,
        friendsUrl: "/game/friends",
      });
      attributes["data-gifting"] = "false";
      expect(optionsFromDataset(element)).toMatchObject({ gifting: false });
    });
  });

  describe("the cached catalog", () => {
    it("is on unless cache is false, and refuses anything but a boolean", () => {
      expect(resolveOptions(minimal).cache).toBe(true);
      expect(resolveOptions({ ...minimal, cache: false }).cache).toBe(false);
      expect(() => resolveOptions({ ...minimal, cache: "no" })).toThrow(
        'option "cache" must be true or false (got "no")',
      );
    });

    it('reads data-cache="false"', () => {
      expect(optionsFromDataset(withAttributes({ "data-cache": "false" }))).toMatchObject({
        cache: false,
      });
      expect(optionsFromDataset(withAttributes({ "data-cache": "" }))).toMatchObject({
        cache: true,
      });
    });

    it("names a store's entry by its catalog and player, never by the player's token", () => {
      const jwt = (sub: string, exp: number) =>
        `h.${btoa(JSON.stringify({ sub, exp })).replace(/=+$/, "")}.sig`;
      const store = (options: Record<string, unknown>) =>
        cacheId(resolveOptions({ ...minimal, backend: "xsolla", ...options }));
      const first = store({ userToken: jwt("player-1", 1) });
      expect(first).not.toContain(jwt("player-1", 1));
      expect(store({ userToken: jwt("player-1", 2) })).toBe(first);
      expect(store({ userToken: jwt("player-2", 1) })).not.toBe(first);
      expect(store({ userToken: "opaque-token" })).not.toContain("opaque-token");
      expect(store({ userToken: "opaque-token", locale: "ja" })).not.toBe(
        store({ userToken: "opaque-token" }),
      );
      expect(store({ userToken: "opaque-token", currency: "EUR" })).not.toBe(
        store({ userToken: "opaque-token" }),
      );
    });
  });

  describe("the invites view", () => {
    const invites = {
      ...minimal,
      view: "invites",
      invitesUrl: "https://game.example.com/game/invites/",
    };

    it("keeps invitesUrl as a base, without its trailing slash", () => {
      const resolved = resolveOptions(invites);
      expect(resolved.view).toBe("invites");
      expect(resolved.backendConfig.invitesUrl).toBe("https://game.example.com/game/invites");
    });

    it.each([
      [{ ...invites, invitesUrl: undefined }, 'option "invitesUrl" is required (got undefined)'],
      [{ ...invites, invitesUrl: "" }, 'option "invitesUrl" is required (got undefined)'],
      [{ ...invites, invitesUrl: "http://[" }, 'option "invitesUrl" must be a URL'],
    ])("rejects %j with one error naming invitesUrl", (options, message) => {
      expect(() => resolveOptions(options)).toThrow(OptionsError);
      expect(() => resolveOptions(options)).toThrow(message);
    });

    it("leaves invitesUrl to the invites view", () => {
      expect(
        resolveOptions({ ...invites, view: "store" }).backendConfig.invitesUrl,
      ).toBeUndefined();
    });

    it("reads data-view and data-invites-url", () => {
      const element = withAttributes({
        "data-view": "invites",
        "data-invites-url": "/game/invites",
      });
      expect(optionsFromDataset(element)).toMatchObject({
        view: "invites",
        invitesUrl: "/game/invites",
      });
    });
  });

  describe("the read time limit", () => {
    it("is the reads' default unless given, in milliseconds, also as data-timeout", () => {
      expect(resolveOptions(minimal).backendConfig.timeoutMs).toBeUndefined();
      expect(resolveOptions({ ...minimal, timeout: 800 }).backendConfig.timeoutMs).toBe(800);
      const element = withAttributes({ "data-timeout": "2500" });
      const fromData = { ...minimal, ...optionsFromDataset(element) };
      expect(resolveOptions(fromData).backendConfig.timeoutMs).toBe(2500);
    });
  });

  describe("attributes", () => {
    it("names every data attribute without data- for the custom element", () => {
      expect(ATTRIBUTES).toEqual([
        "backend",
        "api-base",
        "project-id",
        "user-id",
        "user-token",
        "currency",
        "locale",
        "country",
        "layout",
        "theme",
        "subscriptions-api-base",
        "token-url",
        "friends-url",
        "invites-url",
        "view",
        "timeout",
        "sandbox",
        "gifting",
        "cache",
        "paystation-url",
        "paystation-mode",
      ]);
    });

    it("reads the same options from attributes without a prefix", () => {
      const element = withAttributes({
        backend: "merchant",
        "api-base": "/game",
        "project-id": "44056",
        sandbox: "",
        "paystation-mode": "window",
        "data-locale": "ja",
      });
      expect(optionsFromAttributes(element, "")).toEqual({
        backend: "merchant",
        apiBase: "/game",
        projectId: "44056",
        sandbox: true,
        paystation: { url: undefined, mode: "window" },
      });
    });
  });
});
