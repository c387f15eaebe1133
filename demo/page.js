// The demo page's own script. It runs before the widget's script (both are deferred, in
// document order). It takes the widget element out of the page until it knows who is signed
// in to the game server (GET or POST /game/session), sets its data-* attributes and puts it
// back, where the widget's auto-mount finds it.
// Query parameters: backend, locale, currency, layout, theme, project, user (a demo player
// id to sign in as; empty: signed out; absent: keep the game server's session), faults (a
// /faults/{spec} prefix for the API bases), instances=2, hostile=max, paystation (auto,
// lightbox or window: how purchases open Pay Station), gifting=off (no Gift buttons),
// rewards=off (hides the reward-chain panel, #rewards-1, below the store), invites=off (hides
// the invite-code panel, #invites-1, below it), timeout (the widget's read time limit in ms).

const EVENT_PREFIX = "game-storefront:";
// Every event the widget dispatches on its element (they bubble to document). Add new names here.
const EVENT_NAMES = [
  "init",
  "catalog-load",
  "error",
  "login-required",
  "claim",
  "purchase",
  "gift",
  "coupon",
  "reward-claim",
  "invite-code",
  "invite-copy",
  "invite-redeem",
  "subscription",
  "payment-method-remove",
  "open",
  "load",
  "close",
  "status",
  "status-invoice",
  "status-delivering",
  "status-done",
  "status-troubled",
];
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
  // `user=` (present but empty) means signed out; absent means "whoever the session has".
  user: params.has("user") ? param("user", /^[\w.-]*$/, DEFAULT_USER) : null,
  faults: param("faults", /^[\w=,]+$/, ""),
  timeout: param("timeout", /^\d{1,6}$/, ""),
  instances: params.get("instances") === "2" ? 2 : 1,
  // How purchases open Pay Station: auto (default), lightbox or window.
  paystationMode: param("paystation", /^(auto|lightbox|window)$/, ""),
  // Gifts are on unless `gifting=off`.
  gifting: params.get("gifting") !== "off",
  // The reward-chain panel shows below the store unless `rewards=off`.
  rewards: params.get("rewards") !== "off",
  // The invite-code panel shows below the rewards unless `invites=off`.
  invites: params.get("invites") !== "off",
};

function setData(element, name, value) {
  if (value) element.dataset[name] = value;
  else delete element.dataset[name];
}

const SESSION_URL = "/game/session";
/** The signed-in player's items, from the game server (the Merchant API's user items). */
const itemsUrl = () => `/game/merchant/v2/projects/${settings.project}/users/me/virtual_items`;
/** Widget events after which the player may own something new. */
const ITEM_EVENTS = ["purchase", "claim", "gift", "coupon", "status-done", "reward-claim"];
/** The sandbox's test hook that gives a player value points (testing/value-points-hook.ts). */
const VALUE_POINTS_URL = "/__sandbox/value-points";
const STAR_POINTS = { sku: "star-points", name: "Star Points", amount: 50 };
/** The sandbox's invite-code hooks (testing/invites-hook.ts). */
const INVITES_CODE_URL = "/__sandbox/invites/code";
const INVITES_EVENT_URL = "/__sandbox/invites/event";
const WEBHOOK_LOG_URL = "/game/webhooks/log";
const WEBHOOK_LOG_LIMIT = 50;

/** The game server's answer about the session: `{player: {id, name, email} | null, players}`. */
async function readSession(response) {
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
  const body = await response.json();
  return { player: body.player ?? null, players: Array.isArray(body.players) ? body.players : [] };
}

/** Asks the game server to sign the session in as a demo player, or out with null. */
function postSession(playerId) {
  return fetch(SESSION_URL, {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify({ playerId }),
  });
}

/**
 * Who is signed in: the `user` query parameter signs the session in first; without one the
 * session stays as it is. Falls back to the query parameter alone when the game server does
 * not answer (an older sandbox).
 */
async function resolveSession() {
  try {
    if (settings.user !== null) {
      const response = await postSession(settings.user || null);
      // 422: not a demo player; the session stays as it was.
      if (response.status !== 422) return await readSession(response);
      showSessionNote(`There is no demo player "${settings.user}"; the session is unchanged.`);
    }
    return await readSession(await fetch(SESSION_URL, { headers: { Accept: "application/json" } }));
  } catch {
    const id = settings.user ?? DEFAULT_USER;
    return { player: id ? { id, name: id } : null, players: [] };
  }
}

function showSessionNote(text) {
  const note = document.getElementById("session-note");
  if (note) note.textContent = text;
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
  setData(element, "timeout", options.timeout);
  setData(element, "apiBase", `${prefix}${xsolla ? "/store/api" : "/game"}`);
  setData(element, "subscriptionsApiBase", xsolla ? `${prefix}/subscriptions/api` : "");
  setData(element, "country", xsolla ? COUNTRY_FOR_CURRENCY[options.currency] : "");
  setData(element, "userId", xsolla ? "" : options.user);
  setData(element, "userToken", xsolla && options.user ? `${options.user}-token` : "");
  // The game server's token endpoint: every purchase on merchant, gifts on both backends (the
  // Store API has no gift). The sandbox's Pay Station lives at another origin (localhost
  // rather than 127.0.0.1), as the real one does.
  setData(element, "tokenUrl", `${prefix}/game/token`);
  // Gifts: the game server's friend list for the picker (CONTRACTS.md section 4).
  setData(element, "gifting", options.gifting ? "true" : "");
  setData(element, "friendsUrl", `${prefix}/game/friends`);
  setData(element, "paystationUrl", payStationPage(xsolla));
  setData(element, "paystationMode", options.paystationMode);
  setData(element, "sandbox", "true");
  // Invite codes: the game server's Hive calls, whichever backend sells (CONTRACTS.md section 5).
  setData(element, "invitesUrl", options.view === "invites" ? `${prefix}/game/invites` : "");
  setData(element, "view", options.view ?? "");
}

/** The sandbox's Pay Station page for the backend's tokens. */
function payStationPage(xsolla) {
  const port = location.port ? `:${location.port}` : "";
  return `${location.protocol}//localhost${port}/paystation${xsolla ? 4 : 2}/`;
}

/**
 * Takes the widget element out of the page before the widget's script runs, so that it mounts
 * only once it is configured for the session's player. Answers a function that puts it back.
 */
function holdWidget() {
  const first = document.getElementById("storefront-1");
  const parent = first?.parentNode;
  if (!first || !parent) return () => null;
  const next = first.nextSibling;
  first.remove();
  return () => {
    parent.insertBefore(first, next);
    return first;
  };
}

/**
 * Takes the reward-chain panel's element out of the page before the widget's script runs: for
 * good with `rewards=off`, else until it is configured. Answers a function that puts it back.
 */
function holdRewards() {
  return holdPanel("rewards-panel", "rewards-1", settings.rewards);
}

/** The same for the invite-code panel, left out with `invites=off`. */
function holdInvites() {
  return holdPanel("invites-panel", "invites-1", settings.invites);
}

function holdPanel(wrapperId, elementId, shown) {
  const wrapper = document.getElementById(wrapperId);
  const element = document.getElementById(elementId);
  if (!wrapper || !element) return () => null;
  if (!shown) {
    wrapper.remove();
    return () => null;
  }
  element.remove();
  return () => {
    wrapper.append(element);
    return element;
  };
}

function setUpWidgets(restore, restorePanels, player) {
  settings.user = player ? player.id : "";
  const [rewards, invites] = restorePanels.map((restorePanel) => restorePanel());
  // The same backend, player, language and theme as the store beside it.
  if (rewards) configure(rewards, { ...settings, view: "rewards" });
  if (invites) configure(invites, { ...settings, view: "invites" });
  const first = restore();
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

/** Lists the session's players in the Player select, keeping "Signed out" last. */
function fillPlayers(select, players) {
  if (players.length === 0) return;
  for (const option of [...select.options]) if (option.value) option.remove();
  const signedOut = select.options[0] ?? null;
  for (const player of players) {
    select.add(new Option(`${player.name} (${player.id})`, player.id), signedOut);
  }
}

/** Shows the current settings in the form; a value the form lacks is added as an option. */
function fillControls(form, players) {
  form.elements.namedItem("backend").value = settings.backend;
  fillPlayers(form.elements.namedItem("user"), players);
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

function setUpControls(players) {
  const form = document.getElementById("controls");
  if (!(form instanceof HTMLFormElement)) return;
  fillControls(form, players);
  form.addEventListener("change", async (event) => {
    // The player is the game server's session: switch it, then reload as for any control.
    if (event.target === form.elements.namedItem("user")) {
      try {
        await readSession(await postSession(event.target.value || null));
      } catch {
        showSessionNote("The game server did not switch the player; try again.");
        return;
      }
    }
    applyControls(form);
  });
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

/** A gift in the log: `gift to friend-john-carter from demo-player-1, anonymous, message "GG WP"`. */
function describeGift(entry) {
  let text = `gift to ${entry.gift_to}`;
  if (entry.gift_from) text += ` from ${entry.gift_from}`;
  if (entry.gift_anonymous !== undefined)
    text += entry.gift_anonymous ? ", anonymous" : ", giver shown";
  if (entry.gift_message) text += `, message ${JSON.stringify(entry.gift_message)}`;
  return text;
}

/** One line per webhook the game server received: when, what, for whom, and what it held. */
function describeWebhook(entry) {
  const parts = [entry.at, entry.notification_type ?? "(no type)"];
  parts.push(entry.valid ? "signed" : "BAD SIGNATURE");
  if (entry.user) parts.push(`user ${entry.user}`);
  if (entry.order_id !== undefined) parts.push(`order ${entry.order_id}`);
  if (entry.transaction_id !== undefined) parts.push(`transaction ${entry.transaction_id}`);
  if (Array.isArray(entry.items) && entry.items.length > 0) {
    parts.push(entry.items.map((item) => `${item.sku} × ${item.quantity}`).join(", "));
  }
  if (entry.amount !== undefined) parts.push(`${entry.amount} ${entry.currency ?? ""}`.trim());
  if (entry.gift_to) parts.push(describeGift(entry));
  return parts.join(" · ");
}

async function refreshWebhookLog() {
  const log = document.getElementById("webhook-log");
  const status = document.getElementById("webhook-status");
  if (!log || !status) return;
  status.textContent = "Loading…";
  try {
    const response = await fetch(WEBHOOK_LOG_URL, { headers: { Accept: "application/json" } });
    if (!response.ok) throw new Error(String(response.status));
    const entries = await response.json();
    const shown = Array.isArray(entries) ? entries.slice(0, WEBHOOK_LOG_LIMIT) : [];
    log.replaceChildren(
      ...shown.map((entry) => {
        const item = document.createElement("li");
        item.textContent = describeWebhook(entry);
        return item;
      }),
    );
    status.textContent =
      shown.length === 0 ? "No webhooks yet." : `${shown.length} received, newest first.`;
  } catch {
    status.textContent = "The game server's webhook log could not be read.";
  }
}

/**
 * The "Your items" panel: what the signed-in player owns, as the game server reads it from
 * the vendor (`[{id, sku, quantity}]`, listed by SKU). Signed out, there is nothing to read.
 */
async function refreshItems(player) {
  const list = document.getElementById("items-list");
  const status = document.getElementById("items-status");
  if (!list || !status) return;
  if (!player) {
    list.replaceChildren();
    status.textContent = "Sign in to see your items.";
    return;
  }
  status.textContent = "Loading…";
  try {
    const response = await fetch(itemsUrl(), {
      headers: { Accept: "application/json" },
      cache: "no-store",
    });
    if (!response.ok) throw new Error(String(response.status));
    const items = await response.json();
    const owned = Array.isArray(items) ? items : [];
    list.replaceChildren(
      ...owned.map((item) => {
        const entry = document.createElement("li");
        entry.dataset.sku = String(item.sku);
        entry.textContent = `${item.sku} × ${item.quantity}`;
        return entry;
      }),
    );
    const who = `${player.name} (${player.id})`;
    status.textContent =
      owned.length === 0
        ? `${who} owns no items yet.`
        : `${who} owns ${owned.length} ${owned.length === 1 ? "kind of item" : "kinds of items"}.`;
  } catch {
    status.textContent = "The game server could not read your items.";
  }
}

function setUpItems(player) {
  const refresh = () => refreshItems(player);
  document.getElementById("items-refresh")?.addEventListener("click", refresh);
  for (const name of ITEM_EVENTS) document.addEventListener(`${EVENT_PREFIX}${name}`, refresh);
  refresh();
}

/** The reward-chain panel's handle, to read its balance and steps again after adding points. */
function rewardsHandle() {
  const element = document.getElementById("rewards-1");
  return element ? window.GameStorefront?.get?.(element) : undefined;
}

/** "Add 50 Star Points": the sandbox's test hook for the signed-in player. */
function setUpPoints(player) {
  const button = document.getElementById("points-add");
  const status = document.getElementById("points-status");
  if (!button || !status) return;
  button.addEventListener("click", async () => {
    if (!player) {
      status.textContent = "Sign in to add Star Points.";
      return;
    }
    status.textContent = "Adding…";
    try {
      const response = await fetch(VALUE_POINTS_URL, {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify({ user: player.id, sku: STAR_POINTS.sku, amount: STAR_POINTS.amount }),
      });
      if (!response.ok) throw new Error(String(response.status));
      const { amount } = await response.json();
      status.textContent = `${player.name} (${player.id}) has ${amount} ${STAR_POINTS.name}.`;
      await rewardsHandle()?.refresh?.();
    } catch {
      status.textContent = "The sandbox did not add the points; try again.";
    }
  });
}

/** The invite-code panel's handle, to read progress again after a sandbox event. */
function invitesHandle() {
  const element = document.getElementById("invites-1");
  return element ? window.GameStorefront?.get?.(element) : undefined;
}

async function postJson(url, body) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(String(response.status));
  return response.json();
}

/** A code's progress in one line, reward by reward. */
function describeProgress(list) {
  if (!Array.isArray(list) || list.length === 0) return "no rewards yet";
  return list
    .map((entry) => {
      let text = `reward ${entry.reward_id} (${entry.reward_type} ${entry.action_type}) ${entry.count} of ${entry.max_reward}`;
      if (entry.reward_type === "goal") {
        const times = entry.goal_achieved === 1 ? "once" : `${entry.goal_achieved} times`;
        text += `, ${entry.goal_progress} of ${entry.goal} toward the goal, reached ${times}`;
      }
      return text;
    })
    .join("; ");
}

/**
 * "Invites (sandbox)": what the signed-in player's invited friends do, through the sandbox's
 * hook, for the player's code in the chosen campaign; then the invite panel reads it again.
 */
function setUpInvites(player) {
  const status = document.getElementById("invites-status");
  const campaign = document.getElementById("invites-campaign");
  if (!status || !(campaign instanceof HTMLSelectElement)) return;
  const who = player ? `${player.name} (${player.id})` : "";
  for (const button of document.querySelectorAll(".invite-controls button[data-kind]")) {
    button.addEventListener("click", async () => {
      if (!player) {
        status.textContent = "Sign in to invite friends.";
        return;
      }
      const kind = button.dataset.kind;
      status.textContent = "Asking the sandbox…";
      try {
        if (kind === "code") {
          const query = new URLSearchParams({ user: player.id, campaign: campaign.value });
          const response = await fetch(`${INVITES_CODE_URL}?${query}`);
          if (!response.ok) throw new Error(String(response.status));
          const { invite_code: code } = await response.json();
          status.textContent = `${who}'s code in campaign ${campaign.value}: ${code}.`;
          return;
        }
        const answer = await postJson(INVITES_EVENT_URL, {
          inviter: player.id,
          campaign_id: Number(campaign.value),
          kind,
        });
        status.textContent = `${who}'s code ${answer.invite_code}: ${describeProgress(answer.progress_list)}.`;
        await invitesHandle()?.refresh?.();
      } catch {
        status.textContent = "The sandbox did not count it; try again.";
      }
    });
  }
}

function setUpWebhookLog() {
  document.getElementById("webhook-refresh")?.addEventListener("click", refreshWebhookLog);
  // What changes the player's items also brings the game server a webhook.
  for (const name of ITEM_EVENTS) {
    document.addEventListener(`${EVENT_PREFIX}${name}`, refreshWebhookLog);
  }
  refreshWebhookLog();
}

async function start() {
  const restore = holdWidget();
  const restorePanels = [holdRewards(), holdInvites()];
  const { player, players } = await resolveSession();
  setUpWidgets(restore, restorePanels, player);
  setUpControls(players);
  setUpItems(player);
  setUpPoints(player);
  setUpInvites(player);
  setUpWebhookLog();
}

addHostileMax();
setUpEventLog();
start();
