import { describe, expect, it } from "vitest";
import { basicAuth, demoQuery, expectSeedShape, fixture, NOW, sandbox } from "./helpers";

const app = sandbox();
const vendor = "/vendor/merchant/v2/projects/44056/storefront";
const game = "/game/merchant/v2/projects/44056/storefront";

async function vendorGet(path: string, headers: Record<string, string> = basicAuth) {
  const response = await app.request(`${vendor}${path}`, { headers });
  return { status: response.status, body: await response.json() };
}

function expectMerchantError(body: unknown, status: number) {
  expectSeedShape(body, fixture("merchant/error-401.json"));
  const error = body as { http_status_code: number; request_id: string };
  expect(error.http_status_code).toBe(status);
  expect(error.request_id).toMatch(/^[0-9a-f]{32}$/);
}

describe("emulated Merchant API storefront", () => {
  it("answers groups as a tree in the seed's shape", async () => {
    const { status, body } = await vendorGet(`/virtual_items/groups?${demoQuery}`);
    expect(status).toBe(200);
    expectSeedShape(body, fixture("merchant/groups.json"));
    const weapons = body.groups[0];
    expect(weapons).toMatchObject({ id: 101, external_id: "weapons", level: 0 });
    expect(weapons.children[0]).toMatchObject({ name: "Swords", level: 1, external_id: null });
  });

  it("answers the items of a group, its subgroups' included, in the seed's shape", async () => {
    const { status, body } = await vendorGet(`/virtual_items/items?${demoQuery}&group_id=101`);
    expect(status).toBe(200);
    // The seed's shape, plus the newer answers' is_free and limits, and the value points.
    const seedFields = body.items.map(
      ({
        is_free,
        limits,
        vp_rewards,
        ...rest
      }: {
        is_free: boolean;
        limits: unknown;
        vp_rewards: unknown;
      }) => {
        expect(typeof is_free).toBe("boolean");
        expect(limits === null || typeof limits === "object").toBe(true);
        expect(Array.isArray(vp_rewards)).toBe(true);
        return rest;
      },
    );
    expectSeedShape({ items: seedFields }, fixture("merchant/items.json"));
    const skus = body.items.map((item: { sku: string }) => item.sku);
    expect(skus).toEqual(expect.arrayContaining(["sword-ember", "bow-hunter", "blaster-ion"]));
  });

  it("prices a gold-only item like the seed's Rabbit: amount 0 with a vc_amount", async () => {
    const { body } = await vendorGet(`/virtual_items/items?${demoQuery}&group_id=103`);
    const bow = body.items.find((item: { sku: string }) => item.sku === "bow-hunter");
    expect(bow).toMatchObject({ amount: 0, amount_without_discount: 0, vc_amount: 250 });
  });

  it("converts prices and localizes names on request", async () => {
    const { body } = await vendorGet(
      "/virtual_items/items?user_id=demo-player-1&currency=JPY&language=ja&group_id=102",
    );
    const ember = body.items.find((item: { sku: string }) => item.sku === "sword-ember");
    expect(ember).toMatchObject({ name: "エンバーファングの剣", currency: "JPY", amount: 750 });
  });

  it("answers packages, subscriptions and the promotion in the seed's shapes", async () => {
    const packages = await vendorGet(`/virtual_currency?${demoQuery}`);
    type Pack = { advertisement_label: { type: string | null }; vp_rewards?: unknown };
    // The seed's shape, plus the value points (vp_rewards), as on items.
    const seedPackages = packages.body.packages.map(({ vp_rewards, ...rest }: Pack) => {
      expect(Array.isArray(vp_rewards)).toBe(true);
      return rest;
    });
    const [labelled, plain] = [true, false].map((hasLabel) =>
      seedPackages.filter((p: Pack) => (p.advertisement_label.type !== null) === hasLabel),
    );
    expectSeedShape({ packages: labelled }, fixture("merchant/virtual-currency.json"));
    // The seed: a package's label type "can be recommended, best_deal, special_offer or empty".
    expect(plain.map((p: Pack) => p.advertisement_label)).toEqual([{ type: null, name: "" }]);
    expect(packages.body.packages).toHaveLength(4);

    const plans = await vendorGet(`/subscriptions?${demoQuery}`);
    expectSeedShape(plans.body, fixture("merchant/subscriptions.json"));
    expect(plans.body.active_user_package.id).toBe("9.99_1_months");
    expect(Date.parse(plans.body.active_user_package.date_next_charge)).toBeGreaterThan(NOW);

    const bonus = await vendorGet(`/bonus?${demoQuery}`);
    expectSeedShape(bonus.body, fixture("merchant/bonus.json"));
    expect(bonus.body.seconds).toBeGreaterThan(3 * 24 * 3600);
  });

  it("gives other players no active subscription", async () => {
    const { body } = await vendorGet("/subscriptions?user_id=someone&currency=USD&language=en");
    expect(body.active_user_package).toBeNull();
  });

  it("answers 400 in the seed's error JSON when user_id is missing", async () => {
    const { status, body } = await vendorGet("/bonus?currency=USD&language=en");
    expect(status).toBe(400);
    expectMerchantError(body, 400);
    expect(body.message).toContain("user_id");
  });

  it.each([
    ["currency=usd&language=en", "currency"],
    ["currency=USD&language=EN", "language"],
    ["currency=USD", "language"],
  ])("answers 400 for the query %s", async (query, parameter) => {
    const { status, body } = await vendorGet(`/bonus?user_id=p&${query}`);
    expect(status).toBe(400);
    expect(body.message).toContain(parameter);
  });

  it("answers 404 for an unknown project or group", async () => {
    const project = await app.request(
      `/vendor/merchant/v2/projects/1/storefront/bonus?${demoQuery}`,
      {
        headers: basicAuth,
      },
    );
    expect(project.status).toBe(404);
    expectMerchantError(await project.json(), 404);
    const group = await vendorGet(`/virtual_items/items?${demoQuery}&group_id=999`);
    expect(group.status).toBe(404);
  });

  it("requires HTTP Basic auth with the merchant's credentials", async () => {
    const none = await vendorGet(`/bonus?${demoQuery}`, {});
    expect(none.status).toBe(401);
    expectMerchantError(none.body, 401);
    const wrong = await vendorGet(`/bonus?${demoQuery}`, {
      Authorization: `Basic ${Buffer.from("60210:wrong").toString("base64")}`,
    });
    expect(wrong.status).toBe(401);
  });

  it("serves the bench project: 5,000 items in one group, no packages, no promotion", async () => {
    const bench = "/vendor/merchant/v2/projects/5000/storefront";
    const groups = await (
      await app.request(`${bench}/virtual_items/groups?${demoQuery}`, { headers: basicAuth })
    ).json();
    expect(groups.groups).toHaveLength(1);
    const items = await (
      await app.request(
        `${bench}/virtual_items/items?${demoQuery}&group_id=${groups.groups[0].id}`,
        { headers: basicAuth },
      )
    ).json();
    expect(items.items).toHaveLength(5000);
    const packages = await (
      await app.request(`${bench}/virtual_currency?${demoQuery}`, { headers: basicAuth })
    ).json();
    expect(packages).toEqual({ packages: [] });
    const bonus = await (
      await app.request(`${bench}/bonus?${demoQuery}`, { headers: basicAuth })
    ).json();
    expect(bonus).toEqual([]);
  });
});

describe("game server", () => {
  it("proxies storefront reads to the vendor with its own credentials", async () => {
    const direct = await vendorGet(`/virtual_items/groups?${demoQuery}`);
    const proxied = await app.request(`${game}/virtual_items/groups?${demoQuery}`);
    expect(proxied.status).toBe(200);
    expect(proxied.headers.get("Content-Type")).toContain("application/json");
    expect(await proxied.json()).toEqual(direct.body);
  });

  it("passes the vendor's errors through unchanged", async () => {
    const response = await app.request(`${game}/virtual_items/items?${demoQuery}`);
    expect(response.status).toBe(400);
    expectMerchantError(await response.json(), 400);
  });

  it("answers other paths with a 404 in the merchant error shape", async () => {
    const response = await app.request("/game/nothing/here");
    expect(response.status).toBe(404);
    expectMerchantError(await response.json(), 404);
  });
});
