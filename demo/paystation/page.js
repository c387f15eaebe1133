// The sandbox's Pay Station page (an ES module, so that nothing here shadows a window global):
// it shows what its token stands for, takes a test card (or, for items sold only for virtual
// currency, takes the price from the player's balance) and walks the payment statuses,
// speaking Pay Station's message protocol to the page that opened it (its parent when framed,
// its opener when a popup). Every message is a JSON string
// `{"command": NAME, "data": {...}}` posted with the target origin "*", as the real page does:
// the embedding page is the one that must check who sent what.
//
// A gift to several friends asks which friend receives it; the choice travels with the payment.
//
// A purchase paid with money may be paid by card or with PayPal, a stand-in here: an e-mail
// address names the account, nothing is asked of PayPal, and "Save this PayPal account" saves
// it for one-click buying as "Save this card" saves a card.
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
  /** Whether the token's price is taken from the virtual currency balance instead of a card. */
  fromBalance: false,
  /** How a purchase paid with money is paid: "card" or "paypal". */
  method: "card",
  /** The price as the pay buttons show it ("$4.99", "300 Gold"). */
  total: "",
  /** The token's gift (null for a purchase for oneself), and the friend chosen to receive it. */
  gift: null,
  receiver: null,
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

/** A virtual currency price as the player reads it: "1,000 Gold". */
function virtualAmount(price, language) {
  let amount;
  try {
    amount = new Intl.NumberFormat(language).format(price.amount);
  } catch {
    amount = String(price.amount);
  }
  return `${amount} ${price.name}`;
}

/** Offers to pay from the balance in place of the card form. */
function renderBalancePayment(price, total) {
  byId("ps-balance-title").textContent = `Pay with ${price.name}`;
  byId("ps-balance-help").textContent =
    `${total} is taken from your ${price.name} balance. Sandbox: no money is charged.`;
  byId("ps-retry").textContent = "Try again";
}

const friendName = (friend) => friend.name || friend.id;

/** Whether the giver must choose who receives the gift: it has other than one friend. */
const needsReceiver = () => state.gift !== null && state.gift.friends.length !== 1;

/**
 * The pay buttons say what paying does: with a gift to several friends, for whom, or that a
 * friend must be chosen first.
 */
function renderPayLabels() {
  let label = `Pay ${state.total}`;
  if (needsReceiver()) {
    label += state.receiver
      ? ` for a gift to ${friendName(state.receiver)}`
      : " (choose who receives the gift first)";
  }
  byId("ps-pay").textContent = label;
  byId("ps-paypal-pay").textContent = label;
  byId("ps-balance-pay").textContent = label;
}

/** The gift line of the summary: for whom, once that is known. */
function renderGiftLine(gift) {
  const friends = gift.friends;
  const receiver = friends.length === 1 ? friends[0] : state.receiver;
  byId("ps-gift").textContent = receiver
    ? `A gift for ${friendName(receiver)}`
    : friends.length > 1
      ? `A gift for one of ${friends.length} friends`
      : "A gift for a friend";
  show("ps-gift");
}

/** Bad news about the receiver, shown in their group. */
function setReceiverError(message) {
  const error = byId("ps-receiver-error");
  error.textContent = message ?? "";
  error.hidden = !message;
}

/**
 * A gift to several friends goes to one of them (seed 004: with one friend, that friend is the
 * receiver): the page asks which, with one radio button per friend and none chosen at first,
 * so that nobody receives a gift the giver did not pick.
 */
function renderReceiverChoice(gift) {
  state.gift = gift;
  if (gift.friends.length < 2) return;
  const options = byId("ps-receiver-options");
  options.replaceChildren();
  for (const [index, friend] of gift.friends.entries()) {
    const row = document.createElement("div");
    row.className = "ps-receiver-option";
    const input = document.createElement("input");
    input.type = "radio";
    input.name = "receiver";
    input.id = `ps-receiver-${index}`;
    input.value = friend.id;
    input.addEventListener("change", () => {
      state.receiver = friend;
      setReceiverError(null);
      renderPayLabels();
      renderGiftLine(gift);
    });
    const label = document.createElement("label");
    label.htmlFor = input.id;
    label.textContent = friendName(friend);
    row.append(input, label);
    options.append(row);
  }
  show("ps-receiver");
}

/**
 * A gift whose token names no friends: Pay Station asks the game for the giver's friends (the
 * vendor's signed friend list request) and offers them.
 */
async function loadGiverFriends(gift) {
  try {
    const response = await fetch(`/paystation/api/friends?token=${encodeURIComponent(token)}`, {
      cache: "no-store",
    });
    const body = await response.json();
    if (!response.ok || !Array.isArray(body.friends)) throw new Error(String(response.status));
    const withFriends = { ...gift, friends: body.friends };
    renderReceiverChoice(withFriends);
    renderGiftLine(withFriends);
    renderPayLabels();
  } catch {
    show("ps-receiver");
    setReceiverError("Your friend list could not be loaded. Close Pay Station and try again.");
  }
}

/** True when the payment may start; otherwise asks for the receiver and moves focus there. */
function receiverReady() {
  if (!needsReceiver() || state.receiver) return true;
  setReceiverError("Choose who receives the gift.");
  byId("ps-receiver-0")?.focus();
  return false;
}

function renderPurchase(info) {
  const { purchase, language } = info;
  state.fromBalance = Boolean(purchase.virtual_price);
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
    price.textContent = line.virtual_price
      ? virtualAmount(line.virtual_price, language)
      : money(line.amount, purchase.currency, language);
    entry.append(name, price);
    list.append(entry);
  }
  const total = state.fromBalance
    ? virtualAmount(purchase.virtual_price, language)
    : money(purchase.amount, purchase.currency, language);
  byId("ps-total").textContent = total;
  state.total = total;
  if (state.fromBalance) renderBalancePayment(purchase.virtual_price, total);
  if (info.gift) {
    state.gift = info.gift;
    renderGiftLine(info.gift);
    if (info.gift.friends.length === 0) loadGiverFriends(info.gift);
    else renderReceiverChoice(info.gift);
  }
  renderPayLabels();
  // The player's address, as a real PayPal sign-in would know it; the player may change it.
  byId("ps-paypal-email").value = info.user.email ?? "";
  show("ps-sandbox", info.sandbox);
  show("ps-loading", false);
  show("ps-summary");
  showPaymentForm();
}

/**
 * Shows how this token is paid: the choice of card or PayPal and the chosen one's form, or the
 * button that pays from the balance.
 */
function showPaymentForm() {
  show("ps-method", !state.fromBalance);
  show("ps-form", !state.fromBalance && state.method === "card");
  show("ps-paypal", !state.fromBalance && state.method === "paypal");
  show("ps-balance", state.fromBalance);
}

/** The player chose card or PayPal: the other's form goes, the focus stays on the choice. */
function chooseMethod(event) {
  state.method = event.target.value;
  showPaymentForm();
}

function showFatal(error) {
  byId("ps-error-message").textContent = error.message;
  byId("ps-error-code").textContent = error.code;
  const parts = ["ps-loading", "ps-summary", "ps-receiver", "ps-method", "ps-form", "ps-paypal"];
  parts.push("ps-balance", "ps-3ds");
  for (const id of [...parts, "ps-status"]) show(id, false);
  show("ps-error");
}

const FIELDS = ["number", "expiry", "cvv"];
const INPUT_IDS = {
  number: "ps-card-number",
  expiry: "ps-card-expiry",
  cvv: "ps-card-cvv",
  email: "ps-paypal-email",
};

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
  if (!receiverReady()) return;
  if (card.number === "") {
    setFieldError("number", "Enter a card number.");
    byId("ps-card-number").focus();
    return;
  }
  const saveCard = byId("ps-save-card").checked;
  const problem = await submitPayment("ps-pay", { card, ...(saveCard ? { save_card: true } : {}) });
  if (!problem) return;
  if (problem.refused && problem.field === "receiver") {
    setReceiverError(problem.message);
    byId("ps-receiver-0")?.focus();
    return;
  }
  const field = problem.refused && FIELDS.includes(problem.field) ? problem.field : "number";
  setFieldError(field, problem.message);
  if (problem.refused) byId(INPUT_IDS[field]).focus();
}

/** Pays with the stand-in PayPal account the e-mail address names, saving it when ticked. */
async function payWithPaypal(event) {
  event.preventDefault();
  if (state.paying) return;
  setFieldError("email", null);
  if (!receiverReady()) return;
  const email = byId("ps-paypal-email").value.trim();
  if (email === "") {
    setFieldError("email", "Enter the e-mail address of your PayPal account.");
    byId("ps-paypal-email").focus();
    return;
  }
  const save = byId("ps-save-paypal").checked;
  const problem = await submitPayment("ps-paypal-pay", {
    paypal: { email },
    ...(save ? { save_paypal: true } : {}),
  });
  if (!problem) return;
  if (problem.refused && problem.field === "receiver") {
    setReceiverError(problem.message);
    byId("ps-receiver-0")?.focus();
    return;
  }
  setFieldError("email", problem.message);
  if (problem.refused) byId("ps-paypal-email").focus();
}

/** Bad news about paying from the balance, shown beside its button. */
function setBalanceError(message) {
  const error = byId("ps-balance-error");
  error.textContent = message ?? "";
  error.hidden = !message;
}

/**
 * Pays from the virtual currency balance: no card to send, the token says what to take. Not
 * enough currency is not an error here but a payment that ends troubled, as a declined card.
 */
async function payFromBalance() {
  if (state.paying || !receiverReady()) return;
  setBalanceError(null);
  const problem = await submitPayment("ps-balance-pay", {});
  if (problem) setBalanceError(problem.message);
}

/**
 * Sends a payment of the token and walks its statuses, its pay button disabled meanwhile.
 * Answers what to tell the player when the payment did not start: the server's refusal
 * (`refused`, with the card field it is about) or an unreachable server; null otherwise.
 */
async function submitPayment(buttonId, payment) {
  state.paying = true;
  byId(buttonId).disabled = true;
  try {
    const response = await fetch("/paystation/api/pay", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        token,
        ...payment,
        ...(state.receiver ? { receiver: state.receiver.id } : {}),
      }),
    });
    const body = await response.json();
    if (response.status === 401) {
      fail(body.error ?? TOKEN_INVALID);
      return null;
    }
    if (!response.ok) {
      const message = body.error?.message ?? "The payment could not be started.";
      return { refused: true, field: body.error?.field, message };
    }
    await walk(body);
    return null;
  } catch {
    return { refused: false, message: "Pay Station could not be reached. Try again." };
  } finally {
    state.paying = false;
    byId(buttonId).disabled = false;
  }
}

/** Shows the 3-D Secure step when the card has one, then each status, posting each. */
async function walk(result) {
  for (const id of ["ps-receiver", "ps-method", "ps-form", "ps-paypal", "ps-balance"]) {
    show(id, false);
  }
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
  show("ps-receiver", needsReceiver());
  showPaymentForm();
  const first = { card: "ps-card-number", paypal: "ps-paypal-email" }[state.method];
  byId(state.fromBalance ? "ps-balance-pay" : first).focus();
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
  if (info) {
    send("user-country", { user_country: info.user.country });
    // The real page reports its first contentful paint; the vendor's script passes the data on
    // as the `fcp` event's detail. Here: when the form first shows, in ms since navigation.
    send("fcp", { fcp: Math.round(performance.now()) });
  }
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
  byId("ps-paypal").addEventListener("submit", payWithPaypal);
  for (const id of ["ps-method-card", "ps-method-paypal"]) {
    byId(id).addEventListener("change", chooseMethod);
  }
  byId("ps-balance-pay").addEventListener("click", payFromBalance);
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
