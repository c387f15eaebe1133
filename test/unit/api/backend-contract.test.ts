import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type {
  BackendConfig,
  BackendKind,
  CatalogBackend,
  Group,
  GroupOutline,
  Item,
  Promotion,
  SubscriptionPlan,
  VcPackage,
} from "../../../src/api";
import { createBackend } from "../../../src/api";
import { readRetry } from "../../../src/core/retry";
import { fakeFetch, type Handler, json, never, text, value } from "./fake-fetch";

/*
 * The same behaviours, asserted the same way, against both adapters. Each fake serves one
 * logical catalog in its own contract's words: Weapons (Swords, Bows) and Potions; in Swords a
 * discounted steel sword, a rabbit sold for gems only and a free starter potion; a 500 Gold
 * package with a bonus; a Silver plan with a trial. Where a contract says more than the other
 * (the Store names the currency of a VC price, the merchant API has labels), `overlap` hides it.
 */

const NOT_FOUND = "Group not found";

const merchantFake: Handler = (url) => {
  const path = url.pathname;
  if (path.endsWith("/virtual_items/groups")) {
    const group = (id: number, name: string, children: object[] = [], description = "") => ({
      id,
      external_id: null,
      name,
      description,
      level: children.length ? 0 : 1,
      children,
    });
    return json({
      groups: [
        group(1, "Weapons", [group(2, "Swords"), group(3, "Bows")], "Swords and bows"),
        group(4, "Potions"),
      ],
    });
  }
  if (path.endsWith("/virtual_items/items") && url.searchParams.get("group_id") === "2") {
    const item = {
      currency: "USD",
      long_description: null,
      bonus_virtual_currency: null,
      bonus_virtual_items: [],
      advertisement_label: null,
      offer_label: "",
    };
    return json({
      items: [
        {
          ...item,
          id: 1,
          sku: "steel_sword",
          name: "Steel sword",
          description: "Sharp.",
          image_url: "//cdn.example.com/sword.png",
          // A game server that proxies reward chains adds the Store API's field.
          vp_rewards: [
            {
              sku: "star_points",
              name: "Star Points",
              image_url: "//cdn.example.com/star.png",
              amount: 50,
            },
          ],
          amount: 4.99,
          amount_without_discount: 9.99,
          vc_amount: 0,
          vc_amount_without_discount: 0,
        },
        {
          ...item,
          id: 2,
          sku: "rabbit",
          name: "Rabbit",
          description: "Fluffy.",
          image_url: "https://cdn.example.com/rabbit.png",
          amount: 0,
          amount_without_discount: 0,
          vc_amount: 150,
          vc_amount_without_discount: 200,
        },
        {
          ...item,
          id: 3,
          sku: "starter_potion",
          name: "Starter potion",
          description: "",
          image_url: "",
          amount: 0,
          amount_without_discount: 0,
          vc_amount: 0,
          vc_amount_without_discount: 0,
          is_free: true,
          limits: { per_user: { total: 1, available: 1 } },
        },
      ],
    });
  }
  if (path.endsWith("/virtual_currency")) {
    return json({
      packages: [
        {
          id: 16913,
          quantity: 500,
          quantity_without_discount: 500,
          bonus_quantity: 50,
          amount: 4,
          amount_without_discount: 4.99,
          currency: "USD",
          image: "//cdn.example.com/gold.png",
          description: "500 Gold",
          bonus_items: [{ name: "Rabbit", quantity: 1 }],
          advertisement_label: { type: null, name: null },
          offer_label: "",
        },
      ],
    });
  }
  if (path.endsWith("/subscriptions")) {
    return json({
      packages: [
        {
          id: "silver_monthly",
          is_active: true,
          charge_amount: 2.99,
          charge_amount_without_discount: 2.99,
          charge_currency: "USD",
          period: 1,
          period_unit: "month",
          name: "Silver Status",
          description: "Double rewards",
          bonus_virtual_currency: null,
          bonus_virtual_items: [],
          offer_label: "",
          is_trial: true,
          period_trial: 7,
        },
      ],
      active_user_package: null,
    });
  }
  if (path.endsWith("/bonus")) return json({ seconds: 3600, name: "Weekend", description: "" });
  return json(
    { http_status_code: 404, message: NOT_FOUND, extended_message: "", request_id: "r-1" },
    404,
  );
};

const xsollaFake: Handler = (url) => {
  const path = url.pathname;
  const page = (items: object[]) => json({ has_more: false, items });
  if (path.endsWith("/items/groups")) {
    const group = (id: string, name: object, parent: string | null, children: object[] = []) => ({
      external_id: id,
      name,
      description: null,
      image_url: null,
      order: Number(id),
      level: parent ? 2 : 1,
      parent_external_id: parent,
      children,
    });
    return json({
      groups: [
        {
          ...group("1", { en: "Weapons" }, null, [
            group("2", { en: "Swords" }, "1"),
            group("3", { en: "Bows" }, "1"),
          ]),
          description: { en: "Swords and bows" },
        },
        group("4", { en: "Potions" }, null),
      ],
    });
  }
  if (path.endsWith("/items/virtual_items/group/2")) {
    const item = { type: "virtual_good", is_free: false, virtual_prices: [], promotions: [] };
    return page([
      {
        ...item,
        sku: "steel_sword",
        name: { en: "Steel sword" },
        description: { en: "Sharp." },
        image_url: "https://cdn.example.com/sword.png",
        price: { amount: "4.99", amount_without_discount: "9.99", currency: "USD" },
        vp_rewards: [
          {
            item_id: 175232,
            sku: "star_points",
            name: { en: "Star Points" },
            image_url: "https://cdn.example.com/star.png",
            amount: "50",
            is_clan: false,
          },
        ],
        limits: null,
      },
      {
        ...item,
        sku: "rabbit",
        name: "Rabbit",
        description: "Fluffy.",
        image_url: "https://cdn.example.com/rabbit.png",
        price: null,
        virtual_prices: [
          {
            sku: "gems",
            name: "Gems",
            amount: 150,
            amount_without_discount: "200",
            is_default: true,
          },
        ],
      },
      {
        ...item,
        sku: "starter_potion",
        name: "Starter potion",
        description: null,
        image_url: null,
        is_free: true,
        price: null,
        limits: { per_user: { total: 1, available: 1, recurrent_schedule: null } },
      },
    ]);
  }
  if (path.endsWith("/items/virtual_currency/package")) {
    return page([
      {
        sku: "16913",
        type: "bundle",
        bundle_type: "virtual_currency_package",
        name: "500 Gold",
        description: null,
        image_url: "https://cdn.example.com/gold.png",
        is_free: false,
        price: { amount: "4.00", amount_without_discount: "4.99", currency: "USD" },
        virtual_prices: [],
        promotions: [
          {
            name: "Launch bonus",
            date_end: null,
            bonus: [
              { sku: "gold", name: "Gold", type: "virtual_currency", quantity: 50 },
              { sku: "rabbit", name: "Rabbit", type: "virtual_good", quantity: 1 },
            ],
          },
        ],
        limits: null,
        content: [{ sku: "gold", name: "Gold", type: "virtual_currency", quantity: 500 }],
      },
    ]);
  }
  if (path.endsWith("/user_plans")) {
    return page([
      {
        plan_id: 1,
        plan_external_id: "silver_monthly",
        plan_name: "Silver Status",
        plan_description: "Double rewards",
        trial_period: 7,
        period: { value: 1, unit: "month" },
        charge: { amount: 2.99, currency: "USD", setup_fee: null },
        promotion: null,
      },
    ]);
  }
  return json({ statusCode: 404, errorCode: 4403, errorMessage: NOT_FOUND }, 404);
};

const FAKES: Record<BackendKind, Handler> = { merchant: merchantFake, xsolla: xsollaFake };

/** What both contracts can say about a product: the named currency and promotions are Store-only. */
function overlap<T extends Item | VcPackage>(product: T) {
  const { promotions: _promotions, ...rest } = product;
  if ("vcPrice" in rest && rest.vcPrice)
    return { ...rest, vcPrice: { ...rest.vcPrice, currency: null } };
  if ("currency" in rest) return { ...rest, currency: null };
  return rest;
}

const GROUPS: Group[] = [
  {
    id: "1",
    name: "Weapons",
    description: "Swords and bows",
    children: [
      { id: "2", name: "Swords", description: null, children: [] },
      { id: "3", name: "Bows", description: null, children: [] },
    ],
  },
  { id: "4", name: "Potions", description: null, children: [] },
];

const PRODUCT = {
  description: null,
  imageUrl: null,
  price: null,
  isFree: false,
  bonusVc: null,
  bonusItems: [],
  adLabel: null,
  offerLabel: null,
  limit: null,
};
const ITEM = { ...PRODUCT, longDescription: null, vcPrice: null, vpRewards: [] };

const ITEMS = [
  {
    ...ITEM,
    sku: "steel_sword",
    name: "Steel sword",
    description: "Sharp.",
    imageUrl: "https://cdn.example.com/sword.png",
    price: {
      current: { amount: 4.99, currency: "USD" },
      beforeDiscount: { amount: 9.99, currency: "USD" },
    },
    vpRewards: [
      {
        sku: "star_points",
        name: "Star Points",
        imageUrl: "https://cdn.example.com/star.png",
        amount: 50,
        isClan: false,
      },
    ],
  },
  {
    ...ITEM,
    sku: "rabbit",
    name: "Rabbit",
    description: "Fluffy.",
    imageUrl: "https://cdn.example.com/rabbit.png",
    vcPrice: { amount: 150, beforeDiscount: 200, currency: null },
  },
  {
    ...ITEM,
    sku: "starter_potion",
    name: "Starter potion",
    isFree: true,
    limit: { total: 1, available: 1 },
  },
];

const PACKAGES = [
  {
    ...PRODUCT,
    sku: "16913",
    name: "500 Gold",
    imageUrl: "https://cdn.example.com/gold.png",
    price: {
      current: { amount: 4, currency: "USD" },
      beforeDiscount: { amount: 4.99, currency: "USD" },
    },
    quantity: 500,
    quantityBeforeDiscount: null,
    currency: null,
    bonusVc: 50,
    bonusItems: [{ name: "Rabbit", quantity: 1 }],
  },
];

const PLANS: SubscriptionPlan[] = [
  {
    id: "silver_monthly",
    name: "Silver Status",
    description: "Double rewards",
    price: { current: { amount: 2.99, currency: "USD" }, beforeDiscount: null },
    period: { value: 1, unit: "month" },
    trialDays: 7,
    bonusVc: null,
    bonusItems: [],
    offerLabel: null,
  },
];

/** The clock when the promotion's answer arrives, which fixes its end. */
const NOW = new Date("2030-06-01T12:00:00Z");

/**
 * The merchant fake runs a "Weekend" bonus with an hour left (its empty description reads as
 * none); the Store API has no store-wide promotion call, so its backend answers none.
 */
const PROMOTIONS: Record<BackendKind, Promotion | null> = {
  merchant: { name: "Weekend", description: null, endsAt: new Date(NOW.getTime() + 3600 * 1000) },
  xsolla: null,
};

function backendFor(kind: BackendKind, handler: Handler): CatalogBackend {
  const config: BackendConfig = {
    apiBase: kind === "merchant" ? "https://game.example.com" : "https://store.xsolla.com/api",
    projectId: "77",
    userId: "u-1",
    currency: "USD",
    locale: "en",
    fetchImpl: fakeFetch(handler),
  };
  return createBackend(kind, config);
}

describe.each(["merchant", "xsolla"] as const)("the %s backend", (kind) => {
  // Failed reads are retried (src/core/retry.ts); here without waiting between tries.
  const realBaseMs = readRetry.baseMs;
  beforeEach(() => {
    readRetry.baseMs = 0;
  });
  afterEach(() => {
    readRetry.baseMs = realBaseMs;
  });

  const backend = backendFor(kind, FAKES[kind]);

  it("returns the nested group tree", async () => {
    expect(await value(backend.getGroups())).toEqual(GROUPS);
  });

  it("outlines the group tree from the answer before checking it, with the ids it returns", async () => {
    const outlines: GroupOutline[][] = [];
    const groups = await value(backend.getGroups(undefined, (outline) => outlines.push(outline)));
    const ids = (list: Group[] | GroupOutline[]): GroupOutline[] =>
      list.map((group) => ({ id: group.id, children: ids(group.children) }));
    expect(outlines).toEqual([ids(groups)]);
  });

  it("gives no outline of an answer of another shape, and still reports it invalid", async () => {
    const onOutline = vi.fn();
    const broken = backendFor(kind, () => json({ groups: [{ name: "no id", children: 3 }] }));
    expect(await broken.getGroups(undefined, onOutline)).toEqual({
      ok: false,
      error: { kind: "invalid-response" },
    });
    expect(onOutline).not.toHaveBeenCalled();
  });

  it("returns a discounted item, a VC-only item and a free item with its limit", async () => {
    const items = await value(backend.getItems("2"));
    expect(items.map(overlap)).toEqual(ITEMS);
  });

  it("returns the VC package with its price, quantity and bonus", async () => {
    const packages = await value(backend.getVcPackages());
    expect(packages.map(overlap)).toEqual(PACKAGES);
  });

  it("returns the plan under the id used to buy it", async () => {
    const subscriptions = await value(backend.getSubscriptions());
    expect(subscriptions.plans).toEqual(PLANS);
    expect(subscriptions.active).toBeNull();
  });

  it("answers the promotion call with the contract's running promotion, ending when it says", async () => {
    // Only Date is faked: the fake fetch still settles on real promises.
    vi.useFakeTimers({ toFake: ["Date"], now: NOW });
    try {
      expect(await value(backend.getPromotion())).toEqual(PROMOTIONS[kind]);
    } finally {
      vi.useRealTimers();
    }
  });

  it("reports an unknown group as an http error with the server's message", async () => {
    expect(await backend.getItems("999")).toMatchObject({
      ok: false,
      error: { kind: "http", status: 404, serverMessage: NOT_FOUND },
    });
  });

  it("reports malformed and wrong-shape answers as invalid responses on every call", async () => {
    for (const body of ['{"groups": [', '{"unexpected": true}']) {
      const broken = backendFor(kind, () => text(body));
      const results = await Promise.all([
        broken.getGroups(),
        broken.getItems("2"),
        broken.getVcPackages(),
        broken.getSubscriptions(),
      ]);
      for (const result of results) {
        expect(result).toEqual({ ok: false, error: { kind: "invalid-response" } });
      }
    }
  });

  it("tries a GET once more after a 503 and then succeeds", async () => {
    let calls = 0;
    const flaky = backendFor(kind, (url, request) => {
      calls += 1;
      return calls === 1 ? text("", 503) : FAKES[kind](url, request);
    });
    expect(await value(flaky.getGroups())).toEqual(GROUPS);
    expect(calls).toBe(2);
  });

  it("gives up after three retries, four tries in all", async () => {
    let calls = 0;
    const down = backendFor(kind, () => {
      calls += 1;
      return text("", 503);
    });
    expect(await down.getGroups()).toEqual({ ok: false, error: { kind: "http", status: 503 } });
    expect(calls).toBe(4);
  });

  it("reports a request cancelled by the widget as aborted", async () => {
    const controller = new AbortController();
    const pending = backendFor(kind, () => never()).getItems("2", controller.signal);
    controller.abort();
    expect(await pending).toEqual({ ok: false, error: { kind: "aborted" } });
  });

  it("reports a server it cannot reach as a network error", async () => {
    const offline = backendFor(kind, () => Promise.reject(new TypeError("Failed to fetch")));
    expect(await offline.getGroups()).toEqual({ ok: false, error: { kind: "network" } });
  });
});
