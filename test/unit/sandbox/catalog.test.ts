import { describe, expect, it } from "vitest";
import { getCatalog, itemsInGroup, placeGroups } from "../../../demo/sandbox/data/catalog";
import { BENCH_PROJECT_ID, DEMO_PROJECT_ID } from "../../../demo/sandbox/shared/config";
import { pricingFor } from "../../../demo/sandbox/vendor/money";

const demo = getCatalog(DEMO_PROJECT_ID);
if (!demo) throw new Error("the demo catalog is missing");

describe("demo catalog", () => {
  const placed = placeGroups(demo);

  it("has 30+ items in 3+ top-level groups, nested two levels deep", () => {
    expect(demo.items.length).toBeGreaterThanOrEqual(30);
    expect(demo.groups.length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...placed.map((p) => p.level))).toBeGreaterThanOrEqual(2);
  });

  it("files every item under a known group and shows items in every group", () => {
    const ids = new Set(placed.map((p) => p.group.externalId));
    for (const item of demo.items) expect(ids, item.sku).toContain(item.group);
    for (const { group } of placed)
      expect(itemsInGroup(demo, group).length, group.externalId).toBeGreaterThan(0);
  });

  it("has unique SKUs and ids", () => {
    expect(new Set(demo.items.map((i) => i.sku)).size).toBe(demo.items.length);
    expect(new Set(demo.items.map((i) => i.id)).size).toBe(demo.items.length);
    expect(new Set(placed.map((p) => p.group.id)).size).toBe(placed.length);
  });

  it("covers every kind of price and offer", () => {
    const { items } = demo;
    expect(items.some((i) => i.free && i.perUser === 1)).toBe(true);
    expect(items.some((i) => i.free && i.perUser === undefined)).toBe(true);
    expect(items.some((i) => i.usd === undefined && i.vc !== undefined && !i.free)).toBe(true);
    expect(items.some((i) => i.usd !== undefined && i.vc !== undefined)).toBe(true);
    expect(
      items.some((i) => i.usdBefore !== undefined && i.usd !== undefined && i.usdBefore > i.usd),
    ).toBe(true);
    for (const type of ["recommended", "best_deal", "special_offer"]) {
      expect(items.some((i) => i.label?.type === type)).toBe(true);
    }
    expect(items.some((i) => i.bonusVc)).toBe(true);
    expect(items.some((i) => i.bonusItems?.length)).toBe(true);
    expect(items.some((i) => i.art === "missing")).toBe(true);
    // Free items have no price at all.
    for (const item of items.filter((i) => i.free))
      expect([item.usd, item.vc]).toEqual([undefined, undefined]);
  });

  it("has 4 packages with bonuses, one discounted, and 3 plans, one with a trial and one active", () => {
    expect(demo.packages).toHaveLength(4);
    expect(demo.packages.every((p) => p.bonusQuantity > 0)).toBe(true);
    expect(demo.packages.some((p) => p.bonusItems.length > 0)).toBe(true);
    expect(demo.packages.filter((p) => p.usdBefore !== undefined)).toHaveLength(1);
    expect(demo.plans).toHaveLength(3);
    expect(demo.plans.some((p) => p.trialDays > 0)).toBe(true);
    expect(demo.plans.map((p) => p.merchantId)).toContain(demo.activePlan?.merchantId);
    expect(demo.promotion).not.toBeNull();
  });
});

describe("bench catalog", () => {
  it("has one group of 5,000 items and nothing else", () => {
    const bench = getCatalog(BENCH_PROJECT_ID);
    expect(bench?.groups).toHaveLength(1);
    expect(bench?.items).toHaveLength(5000);
    expect([bench?.packages, bench?.plans, bench?.promotion]).toEqual([[], [], null]);
  });
});

describe("pricing", () => {
  it("converts at fixed rates to each currency's price points", () => {
    expect(pricingFor("USD").format(4.99)).toBe("4.99");
    expect(pricingFor("EUR").convert(4.99)).toBe(4.59);
    expect(pricingFor("JPY").format(4.99)).toBe("750");
    expect(pricingFor("KRW").convert(0.99)).toBe(1300);
    expect(pricingFor("JPY").convert(0)).toBe(0);
  });

  it("answers in USD for a currency the store does not sell in", () => {
    expect(pricingFor("BRL")).toMatchObject({ currency: "USD" });
  });
});
