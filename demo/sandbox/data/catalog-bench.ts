/**
 * The benchmark store: one group holding 5,000 generated items, no packages, no plans and no
 * promotion. Prices vary so that every price layout (money, gold, both, free) is rendered.
 */

import { BENCH_PROJECT_ID } from "../shared/config";
import type { Catalog, CatalogItem } from "./catalog-types";

export const BENCH_ITEM_COUNT = 5000;

const ADJECTIVES = [
  "Ancient",
  "Blazing",
  "Cosmic",
  "Dread",
  "Echoing",
  "Frozen",
  "Gilded",
  "Hollow",
];
const NOUNS = ["Blade", "Bow", "Helm", "Cloak", "Rifle", "Potion", "Banner", "Relic", "Gauntlet"];

function benchItem(index: number): CatalogItem {
  const number = String(index + 1).padStart(5, "0");
  const adjective = ADJECTIVES[index % ADJECTIVES.length] ?? "Plain";
  const noun = NOUNS[index % NOUNS.length] ?? "Thing";
  const item: CatalogItem = {
    id: 100000 + index,
    sku: `bench-${number}`,
    group: "all-items",
    name: { en: `${adjective} ${noun} #${number}` },
    description: { en: `Generated item ${number} of ${BENCH_ITEM_COUNT}.` },
    art: "tile",
    kind: index % 3 === 0 ? "consumable" : "non_consumable",
  };
  if (index % 97 === 0) item.free = true;
  else if (index % 5 === 0) item.vc = 50 + (index % 40) * 10;
  else {
    item.usd = 0.99 + (index % 20);
    if (index % 4 === 0) item.vc = 100 + (index % 30) * 10;
  }
  return item;
}

export function createBenchCatalog(): Catalog {
  return {
    projectId: BENCH_PROJECT_ID,
    currency: { sku: "gold", name: { en: "Gold" }, description: { en: "Benchmark gold." } },
    groups: [
      {
        id: 1,
        externalId: "all-items",
        name: { en: "All items" },
        description: { en: "Every generated item." },
        children: [],
      },
    ],
    items: Array.from({ length: BENCH_ITEM_COUNT }, (_, index) => benchItem(index)),
    packages: [],
    plans: [],
    promotion: null,
    activePlan: null,
    valuePoints: [],
    rewardChains: [],
    clan: null,
  };
}
