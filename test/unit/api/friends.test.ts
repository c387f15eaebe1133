import { describe, expect, it } from "vitest";
import type { BackendConfig } from "../../../src/api/backend";
import { friendsClient } from "../../../src/api/friends";
import { FriendsListSchema } from "../../../src/api/friends-schemas";
import { createMerchantBackend } from "../../../src/api/merchant";
import { createXsollaBackend } from "../../../src/api/xsolla";
import { fakeFetch, fixture, type Handler, json, value } from "./fake-fetch";

const FRIENDS_URL = "https://game.example.com/game/friends";

function setup(handler: Handler, overrides: Partial<BackendConfig> = {}) {
  const fetchImpl = fakeFetch(handler);
  const config: BackendConfig = {
    apiBase: "https://game.example.com/game",
    projectId: "44056",
    userId: "demo-player-1",
    currency: "USD",
    locale: "en",
    friendsUrl: FRIENDS_URL,
    fetchImpl,
    ...overrides,
  };
  const listFriends = friendsClient(config);
  if (!listFriends) throw new Error("expected a friend list client");
  return { listFriends, fetchImpl };
}

describe("the friend list client", () => {
  it("asks the game server for one page with the search text, offset and limit", async () => {
    const { listFriends, fetchImpl } = setup(() => json(fixture("gifting/friends-list.json")));
    await listFriends("frien", 10, 20);
    const [request] = fetchImpl.seen;
    expect(request?.method).toBe("GET");
    expect(`${request?.url.origin}${request?.url.pathname}`).toBe(FRIENDS_URL);
    expect(Object.fromEntries(request?.url.searchParams ?? [])).toEqual({
      query: "frien",
      offset: "10",
      limit: "20",
    });
  });

  it("sends an empty search as an empty query, never the player's id", async () => {
    const { listFriends, fetchImpl } = setup(() => json(fixture("gifting/friends-list.json")));
    await listFriends("", 0, 20);
    const url = fetchImpl.seen[0]?.url;
    expect(url?.search).toBe("?query=&offset=0&limit=20");
    expect(url?.href).not.toContain("demo-player-1");
  });

  it("reads the seed's friends_list answer as a page of friends", async () => {
    const { listFriends } = setup(() => json(fixture("gifting/friends-list.json")));
    expect(await value(listFriends("", 0, 20))).toEqual({
      friends: [
        {
          id: "1",
          name: "John Carter",
          email: "carter@xsolla.com",
          imageUrl: "https://partner/link/doctor.jpg",
        },
        {
          id: "2",
          name: "John Smith",
          email: "smith@xsolla.com",
          imageUrl: "https://partner/link/cook.jpg",
        },
      ],
      total: 10,
    });
  });

  it("accepts numeric ids, missing or null emails and pictures, and protocol-relative pictures", async () => {
    const { listFriends } = setup(() =>
      json([
        {
          friends: [
            { id: 7, name: "Ada" },
            { id: "8", name: "Grace", email: null, image_url: null },
            { id: "9", name: "Linus", email: "", image_url: "//cdn.example.com/linus.png" },
          ],
          total: 3,
        },
      ]),
    );
    expect(await value(listFriends("", 0, 20))).toEqual({
      friends: [
        { id: "7", name: "Ada", email: null, imageUrl: null },
        { id: "8", name: "Grace", email: null, imageUrl: null },
        { id: "9", name: "Linus", email: null, imageUrl: "https://cdn.example.com/linus.png" },
      ],
      total: 3,
    });
  });

  it("reads an empty array as nobody", async () => {
    const { listFriends } = setup(() => json([]));
    expect(await value(listFriends("zz", 0, 20))).toEqual({ friends: [], total: 0 });
  });

  it.each([
    ["an object instead of the array", { friends: [], total: 0 }],
    ["a page without friends", [{ total: 2 }]],
    ["a friend without a name", [{ friends: [{ id: "1" }], total: 1 }]],
    ["a friend with an object id", [{ friends: [{ id: {}, name: "X" }], total: 1 }]],
    ["a total that is not a number", [{ friends: [], total: "many" }]],
  ])("treats %s as an invalid answer", async (_name, body) => {
    const { listFriends } = setup(() => json(body));
    expect(await listFriends("", 0, 20)).toEqual({
      ok: false,
      error: { kind: "invalid-response" },
    });
  });

  it("reads a refusal in the Merchant error shape", async () => {
    const { listFriends } = setup(() =>
      json({ http_status_code: 401, message: "Not signed in", request_id: "r-1" }, 401),
    );
    expect(await listFriends("", 0, 20)).toEqual({
      ok: false,
      error: {
        kind: "http",
        status: 401,
        code: "401",
        serverMessage: "Not signed in",
        requestId: "r-1",
      },
    });
  });

  it("is absent without a friendsUrl, on both backends", () => {
    const base = { apiBase: "https://game.example.com", projectId: "1", currency: "USD" };
    expect(friendsClient({ ...base, locale: "en" })).toBeNull();
    expect(createMerchantBackend({ ...base, locale: "en" }).listFriends).toBeNull();
    expect(createXsollaBackend({ ...base, locale: "en" }).listFriends).toBeNull();
    expect(
      createXsollaBackend({ ...base, locale: "en", friendsUrl: FRIENDS_URL }).listFriends,
    ).toBeTypeOf("function");
  });

  it("parses the seed's example with the schema as it is", () => {
    expect(FriendsListSchema.safeParse(fixture("gifting/friends-list.json")).success).toBe(true);
  });
});
