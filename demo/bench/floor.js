// The bench's floor: what the widget's first view costs at the least. It makes exactly the
// requests the widget makes for its first view on the same backend, in the same order and with
// the same parallelism and headers, and draws the same products into a shadow root with plain
// DOM calls: no framework, no schema checks, no translations. scripts/bench.mjs times the
// widget against it; the widget's markup is not copied, only its amount of work (a card per
// product with an image, a name, a description, a formatted price and a buy button).
// demo/bench/lib-floor.tsx is this page again with the store's libraries doing their part: it
// keeps these constants, requests and stylesheet as copies (this file loads as written, with no
// build to share a module through), so a change here goes there too.
// Query: backend (merchant or xsolla), project (44056 or 5000).

(() => {
  const params = new URLSearchParams(location.search);
  const backend = params.get("backend") === "xsolla" ? "xsolla" : "merchant";
  const project = /^\d+$/.test(params.get("project") ?? "") ? params.get("project") : "44056";
  // The same player, currency and language as the widget pages in this folder.
  const USER_ID = "demo-player-1";
  const USER_TOKEN = "demo-player-1-token";
  const CURRENCY = "USD";
  const LANGUAGE = "en";
  const COUNTRY = "US";
  // The widget draws a group's items 60 at a time, and reads Store API pages of 50.
  const SHOWN = 60;
  const PAGE = 50;

  const host = document.getElementById("store");
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

  const el = (tag, text, attributes = {}) => {
    const node = document.createElement(tag);
    if (text) node.textContent = text;
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    return node;
  };
  const section = (name) => {
    const node = el("section", null, { "data-section": name });
    root.append(node);
    return node;
  };
  // In the widget's order: balance, promotion, items (with the group tree), packages, plans.
  const balanceSection = section("balance");
  const promotionSection = section("promotion");
  const itemsSection = section("items");
  const packagesSection = section("packages");
  const plansSection = section("plans");
  const groupList = el("ul");
  const itemList = el("ul");
  itemsSection.append(groupList, itemList);

  // Made on first use, once the requests are out: a cold Intl formatter costs tens of ms.
  let moneyFormat = null;
  const card = ({ image, name, description, price }) => {
    const li = el("li", null, { class: "gs-card" });
    if (image) {
      li.append(
        el("img", null, {
          src: image,
          alt: "",
          loading: "lazy",
          decoding: "async",
          width: "160",
          height: "160",
        }),
      );
    }
    li.append(el("h3", name));
    if (description) li.append(el("p", description));
    li.append(el("p", price), el("button", "Buy", { type: "button", "aria-label": `Buy ${name}` }));
    return li;
  };
  const drawCards = (list, products) => {
    list.replaceChildren(...products.slice(0, SHOWN).map(card));
  };
  const money = (amount) => {
    if (!amount) return "Free";
    moneyFormat ??= new Intl.NumberFormat(LANGUAGE, { style: "currency", currency: CURRENCY });
    return moneyFormat.format(Number(amount));
  };

  const getJson = async (url, headers = {}) => {
    const response = await fetch(url, { headers: { Accept: "application/json", ...headers } });
    return response.json();
  };
  const query = (values) => new URLSearchParams(values).toString();
  const firstLeaf = (groups) => {
    for (const group of groups) {
      if (group.children.length === 0) return group;
      const leaf = firstLeaf(group.children);
      if (leaf) return leaf;
    }
    return undefined;
  };
  const drawGroups = (groups) => {
    const flat = [];
    const walk = (list) => {
      for (const group of list) {
        flat.push(group);
        walk(group.children);
      }
    };
    walk(groups);
    groupList.replaceChildren(
      ...flat.map((group) => {
        const li = el("li");
        li.append(el("button", group.name, { type: "button" }));
        return li;
      }),
    );
  };

  function merchant() {
    const base = `/game/merchant/v2/projects/${project}`;
    const common = { user_id: USER_ID, currency: CURRENCY, language: LANGUAGE };
    const read = (path, extra = {}) =>
      getJson(`${base}/storefront${path}?${query({ ...extra, ...common })}`);
    const asItem = (item) => ({
      image: item.image_url,
      name: item.name,
      description: item.description,
      price: money(item.amount),
    });
    read("/virtual_items/groups").then(({ groups }) => {
      const first = firstLeaf(groups);
      if (first) {
        read("/virtual_items/items", { group_id: first.id }).then(({ items }) =>
          drawCards(itemList, items.map(asItem)),
        );
      }
      drawGroups(groups);
    });
    read("/bonus").then((bonus) => promotionSection.append(el("p", bonus.name)));
    read("/virtual_currency").then(({ packages }) =>
      drawCards(
        packagesSection.appendChild(el("ul")),
        packages.map((p) => ({ image: p.image, name: p.description, price: money(p.amount) })),
      ),
    );
    read("/subscriptions").then(({ packages }) =>
      drawCards(
        plansSection.appendChild(el("ul")),
        packages.map((p) => ({
          name: p.name,
          description: p.description,
          price: money(p.charge_amount),
        })),
      ),
    );
    getJson(`${base}/users/${USER_ID}`).then((user) =>
      balanceSection.append(el("p", `${user.balance}`)),
    );
  }

  function xsolla() {
    const base = `/store/api/v2/project/${project}`;
    const auth = { Authorization: `Bearer ${USER_TOKEN}` };
    const common = { locale: LANGUAGE, country: COUNTRY };
    const asProduct = (item) => ({
      image: item.image_url,
      name: item.name,
      description: item.description,
      price: money(item.price?.amount),
    });
    // Pages one after another, drawing what has come so far after each.
    const pages = async (url, headers, draw, all = []) => {
      const page = await getJson(
        `${url}?${query({ limit: PAGE, offset: all.length, ...common })}`,
        headers,
      );
      all.push(...page.items);
      draw(all);
      if (page.has_more && page.items.length > 0) return pages(url, headers, draw, all);
      return all;
    };
    // The store's order: the groups, the packages, the plans, the player's subscriptions and
    // the balance (its first view's requests, seen in the browser's resource timings).
    getJson(`${base}/items/groups?${query(common)}`, auth).then(({ groups }) => {
      const first = firstLeaf(groups);
      if (first) {
        pages(
          `${base}/items/virtual_items/group/${encodeURIComponent(first.external_id)}`,
          auth,
          (items) => drawCards(itemList, items.map(asProduct)),
        );
      }
      drawGroups(groups);
    });
    const packagesList = packagesSection.appendChild(el("ul"));
    pages(`${base}/items/virtual_currency/package`, auth, (packages) =>
      drawCards(packagesList, packages.map(asProduct)),
    );
    // Then the plans and the player's own subscriptions, which say which plan is theirs.
    const plansList = plansSection.appendChild(el("ul"));
    const plans = pages(
      `/subscriptions/api/public/v1/projects/${project}/user_plans`,
      {},
      () => {},
    );
    const own = getJson(
      `/subscriptions/api/user/v1/projects/${project}/subscriptions?${query({ limit: PAGE, offset: 0, ...common })}`,
      auth,
    ).then(({ items }) => new Set(items.map((s) => s.status !== "pause" && s.plan_external_id)));
    // Drawn, as the widget draws them, once every page and the player's list are in.
    Promise.all([plans, own]).then(([all, mine]) =>
      drawCards(
        plansList,
        all.map((p) => ({
          name: p.plan_name,
          description: p.plan_description,
          price: mine.has(p.plan_external_id) ? "Subscribed" : money(p.charge.amount),
        })),
      ),
    );
    getJson(`${base}/user/virtual_currency_balance?${query({ locale: LANGUAGE })}`, auth).then(
      ({ items }) =>
        balanceSection.append(el("p", items.map((vc) => `${vc.amount} ${vc.name}`).join(", "))),
    );
  }

  if (backend === "xsolla") xsolla();
  else merchant();
})();
