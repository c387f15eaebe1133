import { describe, expect, it } from "vitest";
import { fixture, NOW, sandbox } from "./helpers";

const app = sandbox();
const store = "/store/api/v2/project/44056";

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await app.request(path, { headers });
  return { response, status: response.status, body: await response.json() };
}

function expectStoreError(body: unknown, status: number, errorCode: number) {
  expect(body).toMatchObject({ statusCode: status, errorCode });
  const error = body as { errorMessage: string; transactionId: string };
  expect(error.errorMessage).toMatch(new RegExp(`^\\[0401-${errorCode}\\]: `));
  expect(error.transactionId).toMatch(/^[0-9a-f]+$/);
}

/** The fields every Store item in the real examples has. */
function expectStoreItemFields(item: Record<string, unknown>) {
  const example =
    (fixture("xsolla/virtual-items.json") as { items: Record<string, unknown>[] }).items[0] ?? {};
  for (const key of Object.keys(example)) expect(item, key).toHaveProperty(key);
}

describe("emulated Store API v2", () => {
  it("answers groups as a tree with external ids, order, level and parent", async () => {
    const { status, body } = await get(`${store}/items/groups`);
    expect(status).toBe(200);
    expect(body.groups.length).toBeGreaterThanOrEqual(3);
    const weapons = body.groups[0];
    expect(weapons).toMatchObject({
      external_id: "weapons",
      name: "Weapons",
      parent_external_id: null,
      order: 1,
    });
    expect(weapons.children[0]).toMatchObject({
      external_id: "swords",
      parent_external_id: "weapons",
    });
  });

  it("answers a group's items in the Store item shape", async () => {
    const { body } = await get(`${store}/items/virtual_items/group/swords`);
    expect(body.has_more).toBe(false);
    for (const item of body.items) expectStoreItemFields(item);
    const frost = body.items.find((item: { sku: string }) => item.sku === "sword-frost");
    expect(frost).toMatchObject({
      type: "virtual_good",
      is_free: false,
      price: { amount: "7.99", amount_without_discount: "9.99", currency: "USD" },
      virtual_prices: [{ sku: "gold", amount: 700, is_default: true }],
    });
    expect(frost.promotions[0]).toMatchObject({
      name: "Starfall Festival",
      discount: { percent: "20.02" },
    });
    const training = body.items.find((item: { sku: string }) => item.sku === "sword-training");
    expect(training).toMatchObject({
      is_free: true,
      price: null,
      limits: { per_user: { total: 1, available: 1 } },
    });
  });

  it("pages with limit and offset and says when there is more", async () => {
    const first = await get(`${store}/items/virtual_items/group/weapons?limit=4&offset=0`);
    const rest = await get(`${store}/items/virtual_items/group/weapons?limit=50&offset=4`);
    expect(first.body.items).toHaveLength(4);
    expect(first.body.has_more).toBe(true);
    expect(rest.body.has_more).toBe(false);
    const all = await get(`${store}/items/virtual_items/group/weapons`);
    expect([...first.body.items, ...rest.body.items]).toEqual(all.body.items);
  });

  it("refuses a limit over 50 with 422", async () => {
    const { status, body } = await get(`${store}/items/virtual_items/group/weapons?limit=51`);
    expect(status).toBe(422);
    expectStoreError(body, 422, 1102);
  });

  it("answers 404 errorCode 4403 for an unknown group", async () => {
    const { status, body } = await get(`${store}/items/virtual_items/group/no-such-group`);
    expect(status).toBe(404);
    expectStoreError(body, 404, 4403);
  });

  it("prices by country and localizes by locale", async () => {
    const { body } = await get(`${store}/items/virtual_items/group/swords?locale=zh&country=DE`);
    expect(body.items[0]).toMatchObject({
      name: "余烬之牙剑",
      price: { amount: "4.59", currency: "EUR" },
    });
  });

  it("shows the signed-in player's remaining limit and refuses a malformed Authorization", async () => {
    const rewards = `${store}/items/virtual_items/group/free-rewards`;
    const ration = (items: { sku: string }[]) =>
      items.find((item) => item.sku === "reward-daily-ration");
    const anonymous = await get(rewards);
    expect(ration(anonymous.body.items)).toMatchObject({
      can_be_bought: true,
      limits: { per_user: { available: 1 } },
    });
    const player = await get(rewards, { Authorization: "Bearer demo-player-1-token" });
    expect(ration(player.body.items)).toMatchObject({
      can_be_bought: false,
      limits: { per_user: { available: 0 } },
    });
    const malformed = await get(rewards, { Authorization: "Bearer" });
    expect(malformed.status).toBe(401);
    expectStoreError(malformed.body, 401, 1501);
  });

  it("answers VC packages as bundles with gold content and the running promotion", async () => {
    const { body } = await get(`${store}/items/virtual_currency/package`);
    expect(body.items).toHaveLength(4);
    for (const pack of body.items) {
      expect(pack).toMatchObject({ type: "bundle", bundle_type: "virtual_currency_package" });
      expect(pack.content[0]).toMatchObject({ sku: "gold", type: "virtual_currency" });
      expect(pack.promotions[0].name).toBe("Starfall Festival");
      expect(Date.parse(pack.promotions[0].date_end)).toBeGreaterThan(NOW + 3 * 86_400_000);
    }
  });

  it("answers CORS preflights and adds CORS headers to answers and errors", async () => {
    const preflight = await app.request(`${store}/items/groups`, {
      method: "OPTIONS",
      headers: {
        Origin: "https://studio.example",
        "Access-Control-Request-Headers": "authorization",
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(preflight.headers.get("Access-Control-Allow-Headers")).toContain("Authorization");
    const error = await get(`${store}/items/virtual_items/group/nope`);
    expect(error.response.headers.get("Access-Control-Allow-Origin")).toBe("*");
  });

  it("serves the bench project in pages of 50", async () => {
    const bench = "/store/api/v2/project/5000";
    const last = await get(`${bench}/items/virtual_items/group/all-items?limit=50&offset=4950`);
    expect(last.body).toMatchObject({ has_more: false });
    expect(last.body.items).toHaveLength(50);
    const packages = await get(`${bench}/items/virtual_currency/package`);
    expect(packages.body).toEqual({ has_more: false, items: [] });
  });
});

describe("emulated subscriptions API", () => {
  const plans = "/subscriptions/api/public/v1/projects/44056/user_plans";

  it("answers the plans in the user-plans shape", async () => {
    const { status, body } = await get(plans);
    expect(status).toBe(200);
    const example =
      (fixture("xsolla/user-plans.json") as { items: Record<string, unknown>[] }).items[0] ?? {};
    expect(body.has_more).toBe(false);
    expect(body.items).toHaveLength(3);
    for (const plan of body.items)
      expect(Object.keys(plan).sort()).toEqual(Object.keys(example).sort());
    expect(body.items[0]).toMatchObject({ plan_external_id: "voyager-pass", trial_period: 7 });
  });

  it("answers the bench project with no plans", async () => {
    const { body } = await get("/subscriptions/api/public/v1/projects/5000/user_plans");
    expect(body).toEqual({ has_more: false, items: [] });
  });
});
