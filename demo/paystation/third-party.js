// A page that is not Pay Station, for tests of the launcher's origin checks. Framed (or opened
// as a popup), it posts forged Pay Station messages to its parent (or opener) with the target
// origin "*", whatever origin it is served from: a `dimensions` message, a `done` status and,
// when asked, others. The launcher must ignore every one of them.
//
// Query: commands (comma-separated, default "dimensions,status"; also "close", "user-country",
// "error", "widget-detection"), rounds (how many times to post them, default 3, 150 ms apart).

const params = new URLSearchParams(location.search);
const peer = window.parent !== window ? window.parent : window.opener;

const FORGED = {
  dimensions: { dimensions: { width: 300, height: 200 } },
  status: {
    paymentInfo: {
      email: "forged@evil.example",
      invoice: 666,
      status: "done",
      userId: "forged-user",
      virtualCurrencyAmount: 1000000,
    },
  },
  close: undefined,
  "user-country": { user_country: "ZZ" },
  error: { code: "0004-0001", message: "Forged error" },
  "widget-detection": undefined,
};

const commands = (params.get("commands") ?? "dimensions,status")
  .split(",")
  .map((name) => name.trim())
  .filter((name) => Object.hasOwn(FORGED, name));
const rounds = Math.min(Number(params.get("rounds") ?? 3) || 3, 20);

let posted = 0;
function postAll() {
  if (!peer) return;
  for (const command of commands) {
    const data = FORGED[command];
    peer.postMessage(JSON.stringify(data === undefined ? { command } : { command, data }), "*");
    posted += 1;
  }
  document.getElementById("forged").textContent = `Forged messages posted: ${posted}`;
}

for (let round = 0; round < rounds; round += 1) setTimeout(postAll, round * 150);
