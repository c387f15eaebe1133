// The launcher demo's own script (an ES module: nothing here becomes a window global). It gets a Pay Station token (the `token` query parameter, or
// a fresh one from the sandbox's test hook), initializes window.XPayStationWidget (set by
// /dist/paystation.js, which runs after this deferred script) and logs every launcher event.
//
// Query: token, version=4 (/paystation4/?token= instead of /paystation2/?access_token=),
// mode (auto|lightbox|window), modal=1, closeByClick=0, closeByKeyboard=0,
// target (_blank|_self|_parent); passed on to the Pay Station page: step_ms, navigate, grow.

const params = new URLSearchParams(location.search);
const version = params.get("version") === "4" ? 4 : 2;
const mode = /^(auto|lightbox|window)$/.test(params.get("mode") ?? "") ? params.get("mode") : null;
const target = /^_(blank|self|parent)$/.test(params.get("target") ?? "")
  ? params.get("target")
  : "_blank";
// The sandbox serves Pay Station from the same port on another host name (another origin).
const payStationOrigin = `http://localhost:${location.port}`;
const PASSED_ON = ["step_ms", "navigate", "grow"];
// The vendor script's events; the launcher's eventTypes may add more.
const KNOWN_EVENTS = [
  "init",
  "open",
  "load",
  "close",
  "status",
  "status-invoice",
  "status-delivering",
  "status-done",
  "status-troubled",
  "open-lightbox",
  "open-window",
  "close-lightbox",
  "close-window",
  "user-country",
  "fcp",
  "error",
];
const LOG_LIMIT = 200;

const byId = (id) => document.getElementById(id);

function setStatus(text) {
  byId("launcher-status").textContent = text;
}

async function mintToken() {
  const body = { kind: version === 4 ? "store" : "merchant" };
  const stepMs = params.get("step_ms");
  if (stepMs !== null && /^\d{1,5}$/.test(stepMs)) body.stepMs = Number(stepMs);
  const response = await fetch("/__sandbox/paystation/tokens", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`the sandbox answered ${response.status}`);
  return (await response.json()).token;
}

function paymentUrl(token) {
  const url = new URL(version === 4 ? "/paystation4/" : "/paystation2/", payStationOrigin);
  url.searchParams.set(version === 4 ? "token" : "access_token", token);
  for (const name of PASSED_ON) {
    const value = params.get(name);
    if (value !== null) url.searchParams.set(name, value);
  }
  return url.href;
}

function launcherOptions(token, chosenMode) {
  return {
    access_token: token,
    sandbox: true,
    payment_url: paymentUrl(token),
    paystationVersion: version,
    lightbox: {
      modal: params.get("modal") === "1",
      closeByClick: params.get("closeByClick") !== "0",
      closeByKeyboard: params.get("closeByKeyboard") !== "0",
    },
    childWindow: { target },
    ...(chosenMode ? { mode: chosenMode } : {}),
  };
}

function formatData(data) {
  try {
    return JSON.stringify(data) ?? "";
  } catch {
    return String(data);
  }
}

function log(name, data) {
  const list = byId("event-log");
  const entry = document.createElement("li");
  entry.dataset.event = name;
  const payload = formatData(data);
  entry.textContent = payload ? `${name} ${payload}` : name;
  list.append(entry);
  while (list.children.length > LOG_LIMIT) list.firstElementChild?.remove();
}

function eventNames(widget) {
  const types = widget.eventTypes;
  const declared = Array.isArray(types) ? types : Object.values(types ?? {});
  return [...new Set([...KNOWN_EVENTS, ...declared.filter((name) => typeof name === "string")])];
}

// One handler per event name, kept so that a re-init can take them off before adding them again.
const handlers = new Map();

function listen(widget) {
  for (const name of eventNames(widget)) {
    if (!handlers.has(name)) handlers.set(name, (_event, data) => log(name, data));
    const handler = handlers.get(name);
    widget.off(name, handler);
    widget.on(name, handler);
  }
}

function init(widget, token, chosenMode) {
  listen(widget);
  widget.init(launcherOptions(token, chosenMode));
}

async function start() {
  let token;
  try {
    token = params.get("token") || (await mintToken());
  } catch (error) {
    setStatus(`Could not get a Pay Station token: ${error.message}`);
    return;
  }
  byId("launcher-token").textContent = token;
  byId("launcher-url").textContent = paymentUrl(token);
  const widget = window.XPayStationWidget;
  if (!widget) {
    setStatus("The launcher (/dist/paystation.js) is not loaded. Build it with npm run build.");
    return;
  }
  init(widget, token, mode);
  byId("open-lightbox").addEventListener("click", () => {
    init(widget, token, "lightbox");
    widget.open();
  });
  byId("open-window").addEventListener("click", () => {
    init(widget, token, "window");
    widget.open();
  });
  for (const button of document.querySelectorAll(".launcher-button")) button.disabled = false;
  document.body.dataset.launcherReady = "true";
  setStatus("Ready to pay.");
}

// Module and deferred scripts run in document order before DOMContentLoaded: by then
// /dist/paystation.js has run.
document.addEventListener("DOMContentLoaded", start);
