// The demo page's own script. It runs before the widget's script (both are deferred, in
// document order), so the data-* attributes it sets are what the widget's auto-mount reads.
// Query parameters: backend, locale, currency, layout, theme, project, user (empty: signed
// out), faults (a /faults/{spec} prefix for the API bases), instances=2, hostile=max.

const EVENT_PREFIX = "game-storefront:";
// Every event the widget dispatches on its element (they bubble to document). Add new names here.
const EVENT_NAMES = ["init", "catalog-load", "error"];
// The Store API prices by country, not currency: the country that pays in each currency.
const COUNTRY_FOR_CURRENCY = { USD: "US", EUR: "DE", GBP: "GB", JPY: "JP", CNY: "CN", KRW: "KR" };
const DEFAULT_USER = "demo-player-1";
const LOG_LIMIT = 200;

const params = new URLSearchParams(location.search);

/** A query parameter if it matches `pattern`, else the fallback. */
function param(name, pattern, fallback) {
  const value = params.get(name);
  return value !== null && pattern.test(value) ? value : fallback;
}

const settings = {
  backend: param("backend", /^(merchant|xsolla)$/, "merchant"),
  locale: param("locale", /^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$/, "en"),
  currency: param("currency", /^[A-Za-z]{3}$/, "USD").toUpperCase(),
  layout: param("layout", /^(grid|list)$/, "grid"),
  theme: param("theme", /^(auto|light|dark)$/, "auto"),
  project: param("project", /^\d{1,10}$/, "44056"),
  // `user=` (present but empty) means signed out.
  user: params.has("user") ? param("user", /^[\w.-]*$/, DEFAULT_USER) : DEFAULT_USER,
  faults: param("faults", /^[\w=,]+$/, ""),
  instances: params.get("instances") === "2" ? 2 : 1,
};

function setData(element, name, value) {
  if (value) element.dataset[name] = value;
  else delete element.dataset[name];
}

/** Points a widget element at the chosen backend, with the chosen options. */
function configure(element, options) {
  const prefix = options.faults ? `/faults/${options.faults}` : "";
  const xsolla = options.backend === "xsolla";
  setData(element, "backend", options.backend);
  setData(element, "projectId", options.project);
  setData(element, "currency", options.currency);
  setData(element, "locale", options.locale);
  setData(element, "layout", options.layout);
  setData(element, "theme", options.theme);
  setData(element, "apiBase", `${prefix}${xsolla ? "/store/api" : "/game"}`);
  setData(element, "subscriptionsApiBase", xsolla ? `${prefix}/subscriptions/api` : "");
  setData(element, "country", xsolla ? COUNTRY_FOR_CURRENCY[options.currency] : "");
  setData(element, "userId", xsolla ? "" : options.user);
  setData(element, "userToken", xsolla && options.user ? `${options.user}-token` : "");
}

function setUpWidgets() {
  const first = document.getElementById("storefront-1");
  if (!first) return;
  configure(first, settings);
  if (settings.instances === 2) {
    // A second, independent widget in another currency and language.
    const second = document.createElement("div");
    second.id = "storefront-2";
    second.setAttribute("data-game-storefront", "");
    first.after(second);
    configure(second, {
      ...settings,
      currency: settings.currency === "EUR" ? "USD" : "EUR",
      locale: settings.locale === "ja" ? "en" : "ja",
    });
  }
}

function addHostileMax() {
  if (params.get("hostile") !== "max") return;
  const link = document.createElement("link");
  link.rel = "stylesheet";
  link.href = "/demo/hostile-max.css";
  document.head.append(link);
}

/** Shows the current settings in the form; a value the form lacks is added as an option. */
function fillControls(form) {
  form.elements.namedItem("backend").value = settings.backend;
  for (const name of ["locale", "currency", "layout", "theme", "user"]) {
    const select = form.elements.namedItem(name);
    const value = settings[name];
    if (![...select.options].some((option) => option.value === value)) {
      select.add(new Option(value, value));
    }
    select.value = value;
  }
}

/** Reloads with the form's values, keeping the parameters the form does not show. */
function applyControls(form) {
  const next = new URLSearchParams(location.search);
  for (const [name, value] of new FormData(form)) next.set(name, String(value));
  location.assign(`${location.pathname}?${next}`);
}

function setUpControls() {
  const form = document.getElementById("controls");
  if (!(form instanceof HTMLFormElement)) return;
  fillControls(form);
  form.addEventListener("change", () => applyControls(form));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    applyControls(form);
  });
}

function formatDetail(detail) {
  try {
    return JSON.stringify(detail) ?? "";
  } catch {
    return String(detail);
  }
}

function setUpEventLog() {
  const log = document.getElementById("event-log");
  if (!log) return;
  for (const name of EVENT_NAMES) {
    const type = `${EVENT_PREFIX}${name}`;
    document.addEventListener(type, (event) => {
      const entry = document.createElement("li");
      entry.textContent = `${type} ${formatDetail(event.detail)}`;
      log.append(entry);
      while (log.children.length > LOG_LIMIT) log.firstElementChild?.remove();
    });
  }
}

addHostileMax();
setUpWidgets();
setUpControls();
setUpEventLog();
