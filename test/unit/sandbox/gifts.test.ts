import { describe, expect, it } from "vitest";
import { PROJECT_SECRET_KEY, PROJECT_WEBHOOK_URL } from "../../../demo/sandbox/shared/config";
import {
  parametersSignatureMatches,
  signParameters,
} from "../../../demo/sandbox/shared/friends-list-signature";
import {
  createFriendsListClient,
  friendsListUrl,
} from "../../../demo/sandbox/vendor/friends-list-client";
import { browserOf, payWithCard, sandbox, tokenRecord } from "./helpers";

const wallet = "/game/merchant/v2/projects/44056/users/me";
const sword = { virtual_items: { items: [{ sku: "sword-ember", amount: 1 }] } };

/** Seed 004's friend list request, without its (made-up) sign. */
const SEED_PARAMETERS = {
  notification_type: "friends_list",
  user: "user_id",
  query: "frien",
  offset: "10",
  limit: "20",
};

type Friend = { id: string; name: string; email: string; image_url: string | null };
type Page = [{ friends: Friend[]; total: number }];

async function webhookLog(app: ReturnType<typeof sandbox>) {
  return (await app.request("/game/webhooks/log")).json();
}

describe("friends_list signature", () => {
  it("is the SHA-1 of the values sorted by parameter name, then the secret key", () => {
    // limit, notification_type, offset, query, user: checked with
    // `printf '%s' '20friends_list10frienuser_idmy-secret-key' | sha1sum`.
    expect(signParameters(SEED_PARAMETERS, "my-secret-key")).toBe(
      "a77728d999c5f4c157a2a182807e8aab1c5c7c08",
    );
  });

  it("leaves sign out, and does not depend on the parameters' order", () => {
    const shuffled = new URLSearchParams([
      ["user", "user_id"],
      ["sign", "anything"],
      ["limit", "20"],
      ["query", "frien"],
      ["offset", "10"],
      ["notification_type", "friends_list"],
    ]);
    expect(signParameters(shuffled, "my-secret-key")).toBe(
      "a77728d999c5f4c157a2a182807e8aab1c5c7c08",
    );
  });

  it("matches only the parameters and key it was made with", () => {
    const signed = new URLSearchParams({ ...SEED_PARAMETERS });
    signed.set("sign", signParameters(SEED_PARAMETERS, "key"));
    expect(parametersSignatureMatches(signed, "key")).toBe(true);
    expect(parametersSignatureMatches(signed, "key2")).toBe(false);
    signed.set("user", "someone-else");
    expect(parametersSignatureMatches(signed, "key")).toBe(false);
    expect(parametersSignatureMatches(new URLSearchParams(SEED_PARAMETERS), "key")).toBe(false);
  });
});

describe("the game server's friend list for the widget", () => {
  it("lists the session's friends in the seed's shape, pictures served by the sandbox or null", async () => {
    const app = sandbox();
    const browser = browserOf(app);
    // Whatever user the browser names, the list is the session's player's (Aria's).
    const { status, body, response } = await browser.get("/game/friends?user=demo-player-3");
    expect(status).toBe(200);
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    const [page] = body as Page;
    expect(page.total).toBe(6);
    expect(page.friends.map((friend) => friend.name)).toEqual([
      "Bram",
      "Chen",
      "John Carter",
      "John Smith",
      "Mei Lin",
      "Ivan Ivanov",
    ]);
    const carter = page.friends.find((friend) => friend.id === "friend-john-carter");
    expect(carter).toEqual({
      id: "friend-john-carter",
      name: "John Carter",
      email: "carter@aetherfall.example",
      image_url: "http://localhost/images/friend/friend-john-carter.svg",
    });
    expect(page.friends.find((friend) => friend.name === "John Smith")?.image_url).toBeNull();
    const picture = await app.request("/images/friend/friend-john-carter.svg");
    expect(picture.headers.get("Content-Type")).toBe("image/svg+xml");
    expect((await app.request("/images/friend/friend-john-smith.svg")).status).toBe(404);
  });

  it("searches names without regard to case, total counting every match", async () => {
    const browser = browserOf(sandbox());
    const [page] = (await browser.get("/game/friends?query=JOHN&limit=1")).body as Page;
    expect(page.total).toBe(2);
    expect(page.friends.map((friend) => friend.name)).toEqual(["John Carter"]);
    const [second] = (await browser.get("/game/friends?query=john&offset=1&limit=1")).body as Page;
    expect(second.friends.map((friend) => friend.name)).toEqual(["John Smith"]);
  });

  it("gives each test player friends of their own, 130 for test-many- players", async () => {
    const browser = browserOf(sandbox());
    await browser.signIn("test-abc");
    const [few] = (await browser.get("/game/friends")).body as Page;
    expect(few.total).toBe(8);
    expect(few.friends[0]).toEqual({
      id: "test-abc-f1",
      name: "John Carter",
      email: "test-abc-f1@test.example",
      image_url: "http://localhost/images/friend/test-abc-f1.svg",
    });
    expect(few.friends[2]?.image_url).toBeNull();

    await browser.signIn("test-many-xyz");
    const [first] = (await browser.get("/game/friends?limit=50")).body as Page;
    const [third] = (await browser.get("/game/friends?offset=100&limit=50")).body as Page;
    expect(first.total).toBe(130);
    expect(first.friends).toHaveLength(50);
    expect(third.friends).toHaveLength(30);
    expect(third.friends.at(-1)?.id).toBe("test-many-xyz-f130");
    const names = new Set([...first.friends, ...third.friends].map((friend) => friend.name));
    expect(names.size).toBe(80);

    // A friend can sign in, under the name the list gives them.
    const friend = await browser.signIn("test-many-xyz-f2");
    expect(friend.player.name).toBe("John Smith");
  });

  it("refuses bad paging with the Merchant API's 422 and a signed-out session with 401", async () => {
    const browser = browserOf(sandbox());
    const bad = await browser.get("/game/friends?offset=-1&limit=51");
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.extended_message.property_errors).sort()).toEqual([
      "limit",
      "offset",
    ]);
    await browser.signIn(null);
    const out = await browser.get("/game/friends");
    expect(out.status).toBe(401);
    expect(out.body).toMatchObject({ http_status_code: 401, request_id: expect.any(String) });
  });

  it("answers behind a fault prefix for the same session, and takes the friends faults", async () => {
    const browser = browserOf(sandbox());
    const signed = await browser.post("/game/session", { playerId: "test-fault" });
    expect(signed.response.headers.getSetCookie().join("\n")).toContain("Path=/faults");
    const plain = await browser.get("/faults/plans=500/game/friends");
    expect((plain.body as Page)[0].friends[0]?.id).toBe("test-fault-f1");
    const empty = await browser.get("/faults/friends=empty/game/friends");
    expect(empty.body).toEqual([{ friends: [], total: 0 }]);
    expect((await browser.get("/faults/friends=500/game/friends")).status).toBe(500);
    const malformed = await browser.request("/faults/friends=malformed/game/friends");
    await expect(malformed.json()).rejects.toThrow();
    // `all` is the catalog's: it leaves the friend list alone.
    expect((await browser.get("/faults/all=500/game/friends")).status).toBe(200);
  });
});

describe("the vendor's signed friends_list request", () => {
  it("is answered for the named user when signed, refused with 400 unsigned and 403 mis-signed", async () => {
    const app = sandbox();
    const url = friendsListUrl(PROJECT_WEBHOOK_URL, PROJECT_SECRET_KEY, {
      user: "demo-player-2",
      query: "",
      offset: 0,
      limit: 20,
    });
    const signed = await app.request(url);
    expect(signed.status).toBe(200);
    const [page] = (await signed.json()) as Page;
    expect(page.friends.map((friend) => friend.name)).toEqual(["Aria", "Chen", "John Carter"]);

    url.searchParams.set("user", "demo-player-3");
    const forged = await app.request(url);
    expect(forged.status).toBe(403);
    expect(await forged.json()).toMatchObject({ http_status_code: 403 });
    url.searchParams.delete("sign");
    expect((await app.request(url)).status).toBe(400);
  });

  it("is what the vendor's client asks and reads", async () => {
    const app = sandbox();
    const client = createFriendsListClient({
      target: app,
      url: PROJECT_WEBHOOK_URL,
      secret: PROJECT_SECRET_KEY,
    });
    const answer = await client({ user: "test-abc", query: "mei", limit: 5 });
    expect(answer).toEqual({
      ok: true,
      total: 1,
      friends: [
        {
          id: "test-abc-f3",
          name: "Mei Lin",
          email: "test-abc-f3@test.example",
          image_url: null,
        },
      ],
    });
    const wrongKey = createFriendsListClient({
      target: app,
      url: PROJECT_WEBHOOK_URL,
      secret: "x",
    });
    expect(await wrongKey({ user: "test-abc" })).toMatchObject({ ok: false, status: 403 });
  });
});

describe("gifts through the game server's token endpoint", () => {
  it("refuses a friend who is not the player's, naming the friend's place", async () => {
    const browser = browserOf(sandbox());
    const { status, body } = await browser.post("/game/token", {
      purchase: {
        ...sword,
        gift: { friends: [{ id: "demo-player-2" }, { id: "demo-player-2" }, { id: "stranger" }] },
      },
    });
    expect(status).toBe(422);
    expect(body.extended_message.property_errors).toEqual({
      "purchase.gift.friends[2].id": ['"stranger" is not a friend of the signed-in player'],
    });
  });

  it("refuses a 101st friend", async () => {
    const browser = browserOf(sandbox());
    await browser.signIn("test-many-a");
    const friends = Array.from({ length: 101 }, (_, i) => ({ id: `test-many-a-f${i + 1}` }));
    const { status, body } = await browser.post("/game/token", {
      purchase: { ...sword, gift: { friends } },
    });
    expect(status).toBe(422);
    expect(Object.keys(body.extended_message.property_errors)).toEqual(["purchase.gift.friends"]);
  });

  it("takes names and e-mail addresses from its own list, and the giver from the session", async () => {
    const app = sandbox();
    const browser = browserOf(app);
    const { status, body } = await browser.post("/game/token", {
      purchase: {
        ...sword,
        gift: {
          giver_id: "someone-else",
          message: "GG WP",
          hide_giver_from_receiver: false,
          friends: [{ id: "friend-john-carter", name: "Mallory", email: "mallory@evil.example" }],
        },
      },
    });
    expect(status).toBe(200);
    const record = await tokenRecord(app, body.token);
    expect(record.gift).toEqual({
      giverId: "demo-player-1",
      message: "GG WP",
      hideGiverFromReceiver: false,
      friends: [
        { id: "friend-john-carter", name: "John Carter", email: "carter@aetherfall.example" },
      ],
      receiverId: "friend-john-carter",
    });
  });

  it("answers the token=422 fault with property_errors", async () => {
    const browser = browserOf(sandbox());
    const { status, body } = await browser.post("/faults/token=422/game/token", {
      purchase: sword,
    });
    expect(status).toBe(422);
    expect(body.extended_message.property_errors["purchase.gift.friends[0].id"]).toHaveLength(1);
  });
});

describe("Pay Station's receiver of a gift to several friends", () => {
  const gift = {
    message: "Happy birthday",
    hide_giver_from_receiver: true,
    friends: [{ id: "test-g-f1" }, { id: "test-g-f2" }, { id: "test-g-f3" }],
  };

  it("must be chosen, and is the one the webhook names and the inventory shows", async () => {
    const app = sandbox();
    const browser = browserOf(app);
    await browser.signIn("test-g");
    const { body } = await browser.post("/game/token", { purchase: { ...sword, gift } });

    const unchosen = await payWithCard(app, body.token);
    expect(unchosen.status).toBe(422);
    expect(unchosen.body.error).toMatchObject({ field: "receiver" });
    const stranger = await app.request("/paystation/api/pay", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ token: body.token, receiver: "test-x-f1", card: {} }),
    });
    expect(stranger.status).toBe(422);

    const paid = await app.request("/paystation/api/pay", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        token: body.token,
        receiver: "test-g-f2",
        card: { number: "4111111111111111", expiry: "12/20", cvv: "123" },
      }),
    });
    expect(paid.status).toBe(200);
    const [entry] = await webhookLog(app);
    expect(entry).toMatchObject({
      user: "test-g",
      gift_to: "test-g-f2",
      gift_from: "test-g",
      gift_message: "Happy birthday",
      gift_anonymous: true,
    });
    expect(entry.body.purchase.gift).toEqual({
      giver_ID: "test-g",
      receiver_ID: "test-g-f2",
      receiver_email: "test-g-f2@test.example",
      message: "Happy birthday",
      hide_giver_from_receiver: true,
    });

    expect((await browser.get(`${wallet}/virtual_items`)).body).toEqual([]);
    await browser.signIn("test-g-f2");
    const owned = (await browser.get(`${wallet}/virtual_items`)).body;
    expect(owned).toEqual([expect.objectContaining({ sku: "sword-ember", quantity: 1 })]);
  });

  it("gets an item priced in gold paid from the giver's balance", async () => {
    const app = sandbox();
    const browser = browserOf(app);
    const before = (await browser.get(wallet)).body.balance;
    const { body } = await browser.post("/game/token", {
      purchase: {
        virtual_items: { items: [{ sku: "bow-hunter", amount: 1 }] },
        gift: { friends: [{ id: "friend-mei-lin" }, { id: "friend-ivan-ivanov" }] },
      },
    });
    const paid = await app.request("/paystation/api/pay", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ token: body.token, receiver: "friend-mei-lin" }),
    });
    expect((await paid.json()).result).toBe("success");
    expect((await browser.get(wallet)).body.balance).toBe(before - 250);
    await browser.signIn("friend-mei-lin");
    const owned = (await browser.get(`${wallet}/virtual_items`)).body;
    expect(owned.map((item: { sku: string }) => item.sku)).toEqual(["bow-hunter"]);
    await browser.signIn("friend-ivan-ivanov");
    expect((await browser.get(`${wallet}/virtual_items`)).body).toEqual([]);
  });

  it("comes from the giver's friend list, asked by signed request, when the token names none", async () => {
    const app = sandbox();
    const minted = await app.request("/__sandbox/paystation/tokens", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        user: { id: "demo-player-2" },
        purchase: { ...sword, gift: { giver_id: "demo-player-2", message: "" } },
      }),
    });
    const { token } = await minted.json();
    const friends = await app.request(`/paystation/api/friends?token=${token}`);
    expect((await friends.json()).friends.map((friend: { id: string }) => friend.id)).toEqual([
      "demo-player-1",
      "demo-player-3",
      "friend-john-carter",
    ]);
    const paid = await app.request("/paystation/api/pay", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        token,
        receiver: "friend-john-carter",
        card: { number: "4111111111111111" },
      }),
    });
    expect(paid.status).toBe(200);
    const [entry] = await webhookLog(app);
    expect(entry.body.purchase.gift).toMatchObject({
      receiver_ID: "friend-john-carter",
      receiver_email: "carter@aetherfall.example",
    });
  });
});
