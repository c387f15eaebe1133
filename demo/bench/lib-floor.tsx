// The bench's second floor: floor.js with the store's three runtime libraries doing their part.
// It makes the same requests in the same order, and draws the same elements into a shadow root
// with the same stylesheet, but each answer is checked with the store's own wire schemas (zod),
// the answers are kept in signals, and Preact draws them. Between the two floors lies what the
// libraries cost; between this one and the widget, what the widget's own code costs.
// scripts/bench.mjs builds it into lib-floor.build.js beside this file. Query as floor.js's.
import { effect, type Signal, signal } from "@preact/signals-core";
import { render } from "preact";
import {
  MerchantBonusSchema,
  MerchantGroupsSchema,
  MerchantItemsSchema,
  MerchantSubscriptionsSchema,
  MerchantVcPackagesSchema,
  MerchantWalletUserSchema,
} from "../../src/api/merchant/schemas";
import type { LocalizedText } from "../../src/api/shared-schemas";
import {
  XsollaBalanceSchema,
  XsollaGroupsSchema,
  XsollaItemsPageSchema,
  XsollaOwnSubscriptionsSchema,
  XsollaPlansPageSchema,
  XsollaVcPackagesPageSchema,
} from "../../src/api/xsolla/schemas";
import type { z } from "../../src/core/zod";

const params = new URLSearchParams(location.search);
const backend = params.get("backend") === "xsolla" ? "xsolla" : "merchant";
const project = /^\d+$/.test(params.get("project") ?? "") ? params.get("project") : "44056";
// floor.js's player, currency, language and page sizes: copies, which must stay the same.
const USER_ID = "demo-player-1";
const USER_TOKEN = "demo-player-1-token";
const CURRENCY = "USD";
const LANGUAGE = "en";
const COUNTRY = "US";
const SHOWN = 60;
const PAGE = 50;

interface Product {
  image?: string | null | undefined;
  name: string;
  description?: string | null | undefined;
  price: string;
}
interface GroupNode {
  id: string;
  name: string;
  children: GroupNode[];
}

const groups = signal<GroupNode[]>([]);
const items = signal<Product[]>([]);
const packages = signal<Product[]>([]);
const plans = signal<Product[]>([]);
const promotion = signal("");
const balance = signal("");

let moneyFormat: Intl.NumberFormat | null = null;
const money = (amount: number | string | null | undefined) => {
  if (!amount) return "Free";
  moneyFormat ??= new Intl.NumberFormat(LANGUAGE, { style: "currency", currency: CURRENCY });
  return moneyFormat.format(Number(amount));
};
const text = (value: LocalizedText | string | null | undefined) =>
  typeof value === "string" ? value : (Object.values(value ?? {})[0] ?? "");

/** Fetches JSON and checks it with `schema`, as the widget's clients do. */
async function getChecked<S extends z.ZodMiniType>(
  schema: S,
  url: string,
  headers: Record<string, string> = {},
): Promise<z.infer<S>> {
  const response = await fetch(url, { headers: { Accept: "application/json", ...headers } });
  const checked = schema.safeParse(await response.json());
  if (!checked.success) throw new Error(`lib-floor: ${url} answered an unexpected shape`);
  return checked.data;
}
const query = (values: Record<string, string | number>) =>
  new URLSearchParams(values as Record<string, string>).toString();
const firstLeaf = (list: GroupNode[]): GroupNode | undefined => {
  for (const group of list) {
    if (group.children.length === 0) return group;
    const leaf = firstLeaf(group.children);
    if (leaf) return leaf;
  }
  return undefined;
};
const shown = (list: Product[], into: Signal<Product[]>) => {
  into.value = list.slice(0, SHOWN);
};

function merchant() {
  const base = `/game/merchant/v2/projects/${project}`;
  const common = { user_id: USER_ID, currency: CURRENCY, language: LANGUAGE };
  const read = <S extends z.ZodMiniType>(schema: S, path: string, extra = {}) =>
    getChecked(schema, `${base}/storefront${path}?${query({ ...extra, ...common })}`);
  type Group = z.infer<typeof MerchantGroupsSchema>["groups"][number];
  const node = (group: Group): GroupNode => ({
    id: String(group.id),
    name: group.name ?? "",
    children: (group.children ?? []).map(node),
  });
  read(MerchantGroupsSchema, "/virtual_items/groups").then((answer) => {
    const tree = answer.groups.map(node);
    const first = firstLeaf(tree);
    if (first) {
      read(MerchantItemsSchema, "/virtual_items/items", { group_id: first.id }).then((answer) =>
        shown(
          answer.items.map((item) => ({
            image: item.image_url,
            name: item.name ?? "",
            description: item.description,
            price: money(item.amount),
          })),
          items,
        ),
      );
    }
    groups.value = tree;
  });
  read(MerchantBonusSchema, "/bonus").then((bonus) => {
    promotion.value = "name" in bonus ? (bonus.name ?? "") : "";
  });
  read(MerchantVcPackagesSchema, "/virtual_currency").then((answer) =>
    shown(
      answer.packages.map((p) => ({
        image: p.image,
        name: p.description ?? "",
        price: money(p.amount),
      })),
      packages,
    ),
  );
  read(MerchantSubscriptionsSchema, "/subscriptions").then((answer) =>
    shown(
      answer.packages.map((p) => ({
        name: p.name ?? "",
        description: p.description,
        price: money(p.charge_amount),
      })),
      plans,
    ),
  );
  getChecked(MerchantWalletUserSchema, `${base}/users/${USER_ID}`).then((user) => {
    balance.value = `${user.balance}`;
  });
}

function xsolla() {
  const base = `/store/api/v2/project/${project}`;
  const auth = { Authorization: `Bearer ${USER_TOKEN}` };
  const common = { locale: LANGUAGE, country: COUNTRY };
  // Pages one after another, as floor.js reads them, drawing what has come so far after each.
  const pages = async <T,>(
    schema: z.ZodMiniType<{ has_more?: boolean | null | undefined; items: T[] }>,
    url: string,
    headers: Record<string, string>,
    draw: (all: T[]) => void,
    all: T[] = [],
  ): Promise<T[]> => {
    const page = await getChecked(
      schema,
      `${url}?${query({ limit: PAGE, offset: all.length, ...common })}`,
      headers,
    );
    all.push(...page.items);
    draw(all);
    if (page.has_more && page.items.length > 0) return pages(schema, url, headers, draw, all);
    return all;
  };
  type Item = z.infer<typeof XsollaItemsPageSchema>["items"][number];
  const asProduct = (item: Item): Product => ({
    image: item.image_url,
    name: text(item.name),
    description: text(item.description),
    price: money(item.price?.amount),
  });
  type Group = z.infer<typeof XsollaGroupsSchema>["groups"][number];
  const node = (group: Group): GroupNode => ({
    id: group.external_id,
    name: text(group.name),
    children: (group.children ?? []).map(node),
  });
  // floor.js's order, which is the store's: groups, packages, plans, subscriptions, balance.
  getChecked(XsollaGroupsSchema, `${base}/items/groups?${query(common)}`, auth).then((answer) => {
    const tree = answer.groups.map(node);
    const first = firstLeaf(tree);
    if (first) {
      pages(
        XsollaItemsPageSchema,
        `${base}/items/virtual_items/group/${encodeURIComponent(first.id)}`,
        auth,
        (all) => shown(all.map(asProduct), items),
      );
    }
    groups.value = tree;
  });
  pages(XsollaVcPackagesPageSchema, `${base}/items/virtual_currency/package`, auth, (all) =>
    shown(all.map(asProduct), packages),
  );
  const planList = pages(
    XsollaPlansPageSchema,
    `/subscriptions/api/public/v1/projects/${project}/user_plans`,
    {},
    () => {},
  );
  const own = getChecked(
    XsollaOwnSubscriptionsSchema,
    `/subscriptions/api/user/v1/projects/${project}/subscriptions?${query({ limit: PAGE, offset: 0, ...common })}`,
    auth,
  ).then(({ items }) => new Set(items.map((s) => s.status !== "pause" && s.plan_external_id)));
  Promise.all([planList, own]).then(([all, mine]) =>
    shown(
      all.map((p) => ({
        name: text(p.plan_name),
        description: text(p.plan_description),
        price: mine.has(p.plan_external_id) ? "Subscribed" : money(p.charge.amount),
      })),
      plans,
    ),
  );
  getChecked(
    XsollaBalanceSchema,
    `${base}/user/virtual_currency_balance?${query({ locale: LANGUAGE })}`,
    auth,
  ).then(({ items }) => {
    balance.value = items.map((vc) => `${vc.amount} ${text(vc.name)}`).join(", ");
  });
}

const Cards = ({ list }: { list: Product[] }) =>
  list.length > 0 ? (
    <ul>
      {list.map((product, index) => (
        <li class="gs-card" key={index}>
          {product.image ? (
            <img
              src={product.image}
              alt=""
              loading="lazy"
              decoding="async"
              width="160"
              height="160"
            />
          ) : null}
          <h3>{product.name}</h3>
          {product.description ? <p>{product.description}</p> : null}
          <p>{product.price}</p>
          <button type="button" aria-label={`Buy ${product.name}`}>
            Buy
          </button>
        </li>
      ))}
    </ul>
  ) : null;

const flat = (list: GroupNode[]): GroupNode[] => list.flatMap((g) => [g, ...flat(g.children)]);

/** floor.js's sections, in its order. */
const Floor = () => (
  <>
    <section data-section="balance">{balance.value ? <p>{balance.value}</p> : null}</section>
    <section data-section="promotion">{promotion.value ? <p>{promotion.value}</p> : null}</section>
    <section data-section="items">
      <ul>
        {flat(groups.value).map((group) => (
          <li key={group.id}>
            <button type="button">{group.name}</button>
          </li>
        ))}
      </ul>
      <Cards list={items.value} />
    </section>
    <section data-section="packages">
      <Cards list={packages.value} />
    </section>
    <section data-section="plans">
      <Cards list={plans.value} />
    </section>
  </>
);

const host = document.getElementById("store");
if (host) {
  const root = host.attachShadow({ mode: "open" });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(
    `:host{display:block;font:15px system-ui,sans-serif}
    ul{display:grid;grid-template-columns:repeat(auto-fill,minmax(190px,1fr));gap:12px;padding:0;list-style:none}
    li{display:flex;flex-direction:column;gap:6px;padding:12px;border-radius:10px;background:#f4f5f8}
    img{width:100%;height:auto;aspect-ratio:1}
    h3{margin:0;font-size:1em}`,
  );
  root.adoptedStyleSheets = [sheet];
  if (backend === "xsolla") xsolla();
  else merchant();
  // Each change of a signal draws again, as the widget's components follow theirs.
  effect(() => render(<Floor />, root));
}
