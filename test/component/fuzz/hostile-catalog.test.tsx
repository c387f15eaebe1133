import { cleanup } from "@testing-library/preact";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { ok } from "../../../src/core/result";
import { groups, item, vcPackage } from "../../helpers/fake-backend";
import { setup } from "../../helpers/render-widget";
import { HOSTILE_STRINGS } from "../../unit/fuzz/mutate";

/*
 * The storefront drawn over catalogs that are valid for the domain but full of hostile text:
 * whatever a server names its products, the widget shows it as text and never as markup.
 */

afterEach(() => cleanup());

const text = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_STRINGS).map((s) => s.repeat(50)) },
);

const catalog = fc.record({
  name: text,
  description: fc.option(text),
  offerLabel: fc.option(text),
  adLabel: text,
  bonus: text,
  group: text,
  packageName: text,
  currencyName: text,
  planName: text,
  promotion: text,
});

type Catalog = typeof catalog extends fc.Arbitrary<infer T> ? T : never;

/** Markup a hostile string would have made, had it reached the DOM as HTML. */
function markupProblem(root: Element): string | null {
  for (const element of root.querySelectorAll("*")) {
    const tag = element.localName;
    if (["script", "iframe", "object", "embed", "frame"].includes(tag)) return `a <${tag}>`;
    for (const { name, value } of element.attributes) {
      if (name.startsWith("on")) return `<${tag} ${name}>`;
      if (/^\s*(javascript|data):/i.test(value) && ["href", "src", "action"].includes(name))
        return `<${tag} ${name}="${value}">`;
    }
  }
  return null;
}

function prepare(data: Catalog) {
  return setup("en", (fake) => {
    fake.answers.groups = ok([
      { ...(groups[0] as (typeof groups)[number]), name: data.group },
      ...groups.slice(1),
    ]);
    fake.answers.items["11"] = ok([
      item({
        name: data.name,
        description: data.description,
        offerLabel: data.offerLabel,
        adLabel: { kind: "special_offer", text: data.adLabel },
        bonusItems: [{ name: data.bonus, quantity: 1 }],
      }),
    ]);
    fake.answers.packages = ok([
      vcPackage({
        name: data.packageName,
        currency: { sku: "gold", name: data.currencyName, imageUrl: null },
      }),
    ]);
    fake.answers.promotion = ok({
      name: data.promotion,
      description: data.promotion,
      endsAt: new Date(Date.now() + 3_600_000),
    });
    fake.answers.subscriptions = ok({
      plans: [
        {
          id: "gold",
          name: data.planName,
          description: data.planName,
          price: { current: { amount: 4.99, currency: "USD" }, beforeDiscount: null },
          period: { value: 1, unit: "month" },
          trialDays: null,
          bonusVc: null,
          bonusItems: [],
          offerLabel: data.planName,
        },
      ],
      active: null,
    });
  });
}

describe("the storefront over hostile product text", () => {
  it("shows every server string as text and runs none of it", async () => {
    await fc.assert(
      fc.asyncProperty(catalog, async (data) => {
        const { loaded, view, store } = await prepare(data);
        try {
          await loaded;
          const root = view.container;
          const problem = markupProblem(document.body);
          if (problem) throw new Error(`hostile text became markup: ${problem}`);
          if ((window as { __pwned?: unknown }).__pwned !== undefined) throw new Error("pwned");
          // The product's name is on its card, character for character, as text.
          const shown = root.textContent ?? "";
          if (data.name.trim() && !shown.includes(data.name.trim()))
            throw new Error(`the name ${JSON.stringify(data.name)} is not shown as text`);
        } finally {
          store.dispose();
          cleanup();
        }
      }),
      { numRuns: 200 },
    );
    expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();
  }, 60_000);
});
