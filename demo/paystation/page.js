// The sandbox's Pay Station page (an ES module, so that nothing here shadows a window global): it shows what its token stands for, takes a test card and
// walks the payment statuses, speaking Pay Station's message protocol to the page that opened
// it (its parent when framed, its opener when a popup). Every message is a JSON string
// `{"command": NAME, "data": {...}}` posted with the target origin "*", as the real page does:
// the embedding page is the one that must check who sent what.
//
// Query: access_token (/paystation2/) or token (/paystation4/); test hooks: step_ms (delay
// between status steps), navigate (a URL to go to after the first dimensions message), grow
// (pixels to add to the content after loading, so a second dimensions message follows).

const SIZES = {
  small: { width: 620, height: 630 },
  medium: { width: 740, height: 760 },
  large: { width: 820, height: 840 },
};
const TOKEN_INVALID = { code: "0004-0001", message: "Token expired or invalid" };
const UNREACHABLE = { code: "network", message: "Pay Station could not be reached" };
const STATUS_TEXT = {
  invoice: "Invoice created. Waiting for the payment to go through…",
  delivering: "Payment received. Delivering your purchase…",
  done: "Payment complete. Your purchase has been delivered.",
  troubled: "Payment failed.",
};

const params = new URLSearchParams(location.search);
const token = params.get("access_token") ?? params.get("token") ?? "";
const framed = window.parent !== window;
/** Whom the page talks to: the embedding page, the opener of a popup, or nobody. */
const peer = framed ? window.parent : window.opener;

const state = {
  nominal: SIZES.medium,
  stepMs: 300,
  lastDimensions: null,
  paying: false,
};

const byId = (id) => document.getElementById(id);
const show = (id, visible = true) => {
  byId(id).hidden = !visible;
};
const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function send(command, data) {
  if (!peer) return;
  const message = data === undefined ? { command } : { command, data };
  peer.postMessage(JSON.stringify(message), "*");
}

/** A non-negative integer query parameter, or null. */
function intParam(name) {
  const raw = params.get(name);
  return raw !== null && /^\d{1,5}$/.test(raw) ? Number(raw) : null;
}

// --- Size --------------------------------------------------------------------------------

function measure() {
  const content = Math.ceil(byId("ps-root").getBoundingClientRect().height);
  return { width: state.nominal.width, height: Math.max(state.nominal.height, content) };
}

/** Posts `dimensions` when the size differs from the last one posted (the first means loaded). */
function postDimensions() {
  const size = measure();
  const last = state.lastDimensions;
  if (last && last.width === size.width && last.height === size.height) return;
  state.lastDimensions = size;
  send("dimensions", { dimensions: size });
}

// --- Messages from the embedding page ------------------------------------------------------

window.addEventListener("message", (event) => {
  if (!peer || event.source !== peer || typeof event.data !== "string") return;
  let message;
  try {
    message = JSON.parse(event.data);
  } catch {
    return;
  }
  if (!message || typeof message !== "object" || message.command !== "widget-detected") return;
  const version = message.data && typeof message.data === "object" ? message.data.version : null;
  const note = byId("ps-detected");
  note.textContent = `Opened by ${version ? String(version) : "an unknown embedder"}`;
  note.hidden = false;
});

// --- Rendering -----------------------------------------------------------------------------

function money(amount, currency, language) {
  try {
    return new Intl.NumberFormat(language, { style: "currency", currency }).format(amount);
  } catch {
    return `${amount} ${currency}`;
  }
}

function renderPurchase(info) {
  const { purchase, language } = info;
  byId("ps-description").textContent = purchase.description;
  const list = byId("ps-items");
  list.replaceChildren();
  for (const line of purchase.items) {
    const entry = document.createElement("li");
    const name = document.createElement("span");
    const showQuantity = line.type === "virtual_item" && line.quantity > 1;
    name.textContent = showQuantity ? `${line.name} × ${line.quantity}` : line.name;
    const price = document.createElement("span");
    price.className = "ps-price";
    price.textContent = money(line.amount, purchase.currency, language);
    entry.append(name, price);
    list.append(entry);
  }
  const total = money(purchase.amount, purchase.currency, language);
  byId("ps-total").textContent = total;
  byId("ps-pay").textContent = `Pay ${total}`;
  if (info.gift) {
    const [friend] = info.gift.friends;
    const who = info.gift.friends.length === 1 && friend ? (friend.name ?? friend.id) : "friends";
    byId("ps-gift").textContent = `A gift for ${who}`;
    show("ps-gift");
  }
  show("ps-sandbox", info.sandbox);
  show("ps-loading", false);
  show("ps-summary");
  show("ps-form");
}

function showFatal(error) {
  byId("ps-error-message").textContent = error.message;
  byId("ps-error-code").textContent = error.code;
  for (const id of ["ps-loading", "ps-summary", "ps-form", "ps-3ds", "ps-status"]) show(id, false);
  show("ps-error");
}

const FIELDS = ["number", "expiry", "cvv"];
const INPUT_IDS = { number: "ps-card-number", expiry: "ps-card-expiry", cvv: "ps-card-cvv" };

function setFieldError(field, message) {
  const error = byId(`ps-${field}-error`);
  const input = byId(INPUT_IDS[field]);
  error.textContent = message ?? "";
  error.hidden = !message;
  if (message) input.setAttribute("aria-invalid", "true");
  else input.removeAttribute("aria-invalid");
}

function showStatus(paymentInfo) {
  const reason = paymentInfo.status === "troubled" ? paymentInfo.errorReason : null;
  const text = byId("ps-status-text");
  text.textContent = reason
    ? `${STATUS_TEXT.troubled} ${reason}.`
    : STATUS_TEXT[paymentInfo.status];
  byId("ps-status").dataset.status = paymentInfo.status;
  byId("ps-invoice").textContent = `Invoice ${paymentInfo.invoice}`;
  show("ps-retry", paymentInfo.status === "troubled");
  show("ps-status");
}

// --- Paying --------------------------------------------------------------------------------

async function pay(event) {
  event.preventDefault();
  if (state.paying) return;
  for (const field of FIELDS) setFieldError(field, null);
  const card = {
    number: byId("ps-card-number").value.trim(),
    expiry: byId("ps-card-expiry").value.trim(),
    cvv: byId("ps-card-cvv").value.trim(),
  };
  if (card.number === "") {
    setFieldError("number", "Enter a card number.");
    byId("ps-card-number").focus();
    return;
  }
  state.paying = true;
  byId("ps-pay").disabled = true;
  try {
    const response = await fetch("/paystation/api/pay", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ token, card }),
    });
    const body = await response.json();
    if (response.status === 401) {
      fail(body.error ?? TOKEN_INVALID);
      return;
    }
    if (!response.ok) {
      const field = FIELDS.includes(body.error?.field) ? body.error.field : "number";
      setFieldError(field, body.error?.message ?? "The payment could not be started.");
      byId(INPUT_IDS[field]).focus();
      return;
    }
    await walk(body);
  } catch {
    setFieldError("number", "Pay Station could not be reached. Try again.");
  } finally {
    state.paying = false;
    byId("ps-pay").disabled = false;
  }
}

/** Shows the 3-D Secure step when the card has one, then each status, posting each. */
async function walk(result) {
  show("ps-form", false);
  show("ps-status", false);
  if (result.three_d_secure) {
    show("ps-3ds");
    await delay(state.stepMs);
    show("ps-3ds", false);
  }
  for (const [index, step] of result.steps.entries()) {
    if (index > 0) await delay(state.stepMs);
    showStatus(step.paymentInfo);
    send("status", step);
  }
  if (byId("ps-status").dataset.status === "troubled") byId("ps-retry").focus();
}

function retry() {
  show("ps-status", false);
  show("ps-form");
  byId("ps-card-number").focus();
}

function closePayStation() {
  send("close");
  // A popup closes itself; a frame is removed by the page that embeds it.
  if (!framed) window.close();
}

// --- Test hooks ----------------------------------------------------------------------------

/** Origins the `navigate` hook may go to: the sandbox's own, and the tests' evil one. */
function navigationAllowed(url) {
  const port = location.port;
  const allowed = [
    location.origin,
    `http://127.0.0.1:${port}`,
    `http://localhost:${port}`,
    "https://evil.example",
  ];
  return allowed.includes(url.origin);
}

function runHooks() {
  const grow = intParam("grow");
  if (grow) {
    setTimeout(() => {
      const spacer = document.createElement("div");
      spacer.className = "ps-spacer";
      // Makes the content exactly `grow` pixels taller than the nominal height.
      const now = byId("ps-root").getBoundingClientRect().height;
      spacer.style.height = `${Math.max(0, state.nominal.height + grow - now)}px`;
      byId("ps-root").append(spacer);
    }, state.stepMs);
  }
  const target = params.get("navigate");
  if (target) {
    let url;
    try {
      url = new URL(target, location.href);
    } catch {
      url = null;
    }
    if (url && navigationAllowed(url)) location.href = url.href;
    else console.warn(`Pay Station: not navigating to ${target}: not an allowed origin`);
  }
}

// --- Start ---------------------------------------------------------------------------------

function ready(info) {
  postDimensions();
  if (info) send("user-country", { user_country: info.user.country });
  new ResizeObserver(postDimensions).observe(byId("ps-root"));
  runHooks();
}

function fail(error) {
  showFatal(error);
  send("error", { code: error.code, message: error.message });
}

/** What the token stands for, or the error to show. */
async function load() {
  if (!token) return { error: TOKEN_INVALID };
  try {
    const response = await fetch(`/paystation/api/token?token=${encodeURIComponent(token)}`, {
      cache: "no-store",
    });
    const body = await response.json();
    if (response.ok) return { info: body };
    return { error: response.status === 401 ? TOKEN_INVALID : (body.error ?? UNREACHABLE) };
  } catch {
    return { error: UNREACHABLE };
  }
}

async function start() {
  send("widget-detection");
  byId("ps-close").addEventListener("click", closePayStation);
  byId("ps-form").addEventListener("submit", pay);
  byId("ps-retry").addEventListener("click", retry);
  const { info, error } = await load();
  if (error) {
    showFatal(error);
    ready(null);
    send("error", { code: error.code, message: error.message });
    return;
  }
  state.nominal = SIZES[info.size?.name] ?? SIZES.medium;
  state.stepMs = intParam("step_ms") ?? info.step_ms ?? 300;
  renderPurchase(info);
  ready(info);
}

start();
