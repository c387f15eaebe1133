// Prints the raw and gzip size of every file in dist/ (used by `npm run bench`); with
// `--check` (run by `npm test` after the build) it fails when a script is over its budget.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";

const root = new URL("../dist", import.meta.url).pathname;

/**
 * Gzip budgets in bytes (1 KB = 1,000 B), for the store's first view, the launcher's own script
 * and every chunk the store loads on demand (by name, without the hash). A chunk without a
 * budget fails the check too: a new one must say what it may cost.
 *
 * The first view holds the catalog, purchase buttons, the balance and the XPayStationWidget
 * that waits for its launcher; zod, each backend's wire format and buying calls, and the
 * launcher come as chunks (ARCHITECTURE.md, "Delivery").
 */
export const BUDGETS = {
  // Issue 8's budget. The first view took in the Gift buttons, the points a purchase earns, the
  // panel views' switch and retried reads (about 2.3 KB since the budget was set at 25.4 KB);
  // a purchase's steps after the click and the launcher's option checks went to chunks that
  // come with the launcher (about 1.5 KB). The `timeout` option (issue 12) costs 45 B; ten languages with
  // Arabic right to left (issue 12) about 120 B: the six new catalogs' names, `dir` on the root,
  // the mirrored chevron and tree keys, bidi-isolated studio texts; the <game-storefront>
  // custom element (its class, registration and the attribute list it observes) about 215 B.
  // The cached catalog (issue 12) costs about 650 B here: drawing a section from the cache and
  // replacing it quietly, buying held while a cached part shows, the offline notes and the
  // reload when back online, and keeping the fresh answers' bodies, which must begin with the
  // first requests; reading, writing and bounding the storage are a chunk of their own. To make
  // room, the gift model, the Gift buttons' insides and the picker's place went to a chunk of
  // their own that only a store with gifting on fetches (about 590 B), and the chunks' names
  // carry 6 hash characters instead of 8 (about 45 B: the loader's manifest names them all).
  // Session 6 made room for the player's corner (issue 13): the friend list's request went to
  // its chunk (88 B), and a purchase's texts after the click and the Gift buttons' texts to
  // their chunks (231 B); a first visit skips the cache's code before its first paint (+59 B),
  // and chunks are fetched at high priority (+16 B).
  // The account view (issue 13) adds about 80 B: the view's name among the options, its panel's
  // name for the message when its chunk does not arrive, and its chunk in the loader's manifest.
  // The store's plans read again when an account view of its project changes a subscription
  // (issue 13): the page-level listener, its removal and the quiet plans read, 80 B.
  // One-click buying with a saved method (issue 13) costs about 220 B here: the store's switch
  // that fetches its chunk for a signed-in merchant player, each package's slot for its button,
  // the re-read on refresh() and its chunks' names in the loader's manifest (its own, the
  // saved-methods chunk it shares with the account panel, the dialogs' focus trap).
  // The player's corner's entries in the store (issue 13: the Account button and its panel in
  // the catalog's place, about 250 B; the one-click buttons, about 220 B; the plans following a
  // subscription's change, 80 B; the account view's name and chunks, 80 B) took it to 28,383 B.
  // Cuts made room again (498 B): the answers' mapping helpers went to the core-zod chunk
  // (src/api/mapping.ts, 333 B), showing Pay Station in a child window to the launcher's chunk
  // (85 B), the gift and one-click features' parts to one mechanism (feature-part.tsx, 43 B),
  // and the Gift button's and a gift's outcome's texts to their chunks (37 B). Issue 8 asks for
  // at most 28,000 B.
  // Session 7's work on the first product's time adds about 80 B: the cache is asked whether it
  // keeps anything only once the first reads are out, the features' chunks are asked for after
  // them, the cached catalog keeps the body the client reads rather than a clone's, a group's
  // first screen of cards is drawn before the rest of its first page, and cards below the fold
  // skip layout (content-visibility). The launcher's option checks' last part went to its
  // chunk (28 B). The xsolla store's plan buttons knowing which plan is the player's (its own
  // subscriptions read beside the plans; the mapping is in the wire chunk) add 34 B. The
  // budget is now issue 8's limit itself.
  "game-storefront.js": 28_000,
  // The cached catalog (issue 12): reading, writing and bounding the stored answers and naming
  // a store's entry, fetched with the first requests when the cache is on.
  "chunks/widget-catalog-cache": 900,
  // Issue 8's budget. The lightbox (its dialog and stylesheet, about 1,400 B here) is a file
  // beside the script, fetched when the browser is idle after init() or at the first open().
  "paystation.js": 4_500,
  // dist/paystation.js's lightbox (src/paystation/lightbox-file.ts); the store's launcher chunk
  // holds its own copy.
  "chunks/paystation-lightbox": 2_100,
  // Pay Station's launcher with its lightbox, for the first purchase or XPayStationWidget.
  // It also checks the store's `paystation.lightbox` and `paystation.childWindow` options (about
  // 750 B that every page paid before), which mount() asks for at once when they are given.
  // Showing Pay Station in a child window (open-child-window.ts, about 90 B) came here from
  // the first view, which keeps only the window a click reserves. The report of a mistake in
  // those options (the console error and the `error` event) came too (about 70 B).
  "chunks/paystation-launcher-chunk": 4_550,
  // A purchase's steps after the click (the token's answer, Pay Station's events, the order's
  // confirmation) and their English (about 210 B, once in the first view), fetched with the
  // launcher.
  "chunks/widget-purchase-checkout-flow": 1_900,
  // zod, the schemas both backends share and the Store contract, fetched with the first
  // requests (once two chunks of 6,600 and 900 B). The answers' mapping helpers that only the
  // chunks use (src/api/mapping.ts, about 370 B) came here from the first view's script. The
  // Merchant API's error shape and reader travel here too (about 210 B): the merchant wire, the
  // invites view, the friend list and the account calls all read it, and with zod none of them
  // needs another file for it.
  "chunks/core-zod": 7_700,
  "chunks/core-i18n-catalog-schema": 400,
  // Each backend's schemas and mapping, one chunk fetched with its first requests (once two:
  // 1,500 and 1,100 B for xsolla, 500 and 2,000 B for merchant).
  "chunks/api-xsolla-wire": 2_000,
  // The merchant one also holds the game server's token endpoint and its Merchant error
  // shape (once a chunk of 900 B): every merchant purchase and every gift, on both backends,
  // and the merchant reads' errors, so it is fetched with them rather than as a third file.
  "chunks/api-merchant-wire": 2_300,
  // Each backend's buying calls, on the first purchase.
  "chunks/api-xsolla-purchase": 900,
  "chunks/api-merchant-purchase": 700,
  // Gifts: the friend list's request, schema and mapping, with the picker's first request.
  "chunks/api-friends-schemas": 600,
  // Gifts in the store (src/widget/gift/feature.tsx): the gift model and the Gift buttons,
  // fetched with the first requests by a store with gifting on and a signed-in player.
  "chunks/widget-gift-feature": 1_400,
  // One-click buying (src/widget/saved/feature.tsx): the model and the "Buy with Visa ••1111"
  // buttons with their confirmation, fetched with the first requests by a merchant store with a
  // signed-in player, beside the saved-methods chunk. Items sold for money got the button too,
  // and a removal in any widget of the project on the page reaches it (about 130 B).
  "chunks/widget-saved-feature": 1_750,
  // What the store's one-click buying and the account panel's payment methods share: the saved
  // methods' calls and schemas, the confirmation dialog and its rules, and their English. An
  // item's charge and the message for one charged but not delivered added about 150 B.
  "chunks/saved-methods": 2_600,
  // The modal dialogs' focus trap, which the gift picker and the one-click confirmation share.
  "chunks/ui-focus-trap": 350,
  // The gift picker (src/gifting): its dialog, friend search and stylesheet, on the first Gift
  // click or when the browser is idle with gifting on.
  "chunks/gifting-index": 4_800,
  // The reward-chain panel (src/rewards): only a `view: "rewards"` widget loads it, at once,
  // as that view's first paint; a store never does.
  "chunks/rewards-index": 5_900,
  // The panel views' hosts in the widget (rewards, invites and account, with the reward-chain
  // and invite-code calls), loaded beside the view's panel; one chunk, whose name the store's
  // script carries once. The account view's host (with its listener for the page's purchases
  // and coupons) costs about 280 B.
  "chunks/widget-panel-view-host": 2_300,
  // The player's corner (src/account, issue 13): only a `view: "account"` widget loads it, at
  // once, as that view's first paint; a store never does. My subscriptions (its rows, the
  // confirmation dialog, its rules and English) adds about 2,400 B, Payment methods (its model,
  // list, removal and rules) about 1,170 B.
  // My purchases' "Show older purchases" (its window model, focus, notes and English) adds 540 B.
  "chunks/account-index": 9_540,
  // The account view's calls and schemas (src/api/account): the player's items, transactions
  // and coupons on both backends, fetched by the account view's host beside the panel; the
  // subscriptions' list and change on both backends add about 1,000 B.
  "chunks/api-account-index": 3_750,
  // The reward chains' schemas and mapping, fetched with the view's first request.
  "chunks/api-reward-chains-schemas": 1_300,
  // The invite-code panel (src/invites): only a `view: "invites"` widget loads it, at once, as
  // that view's first paint; a store never does.
  "chunks/invites-index": 5_700,
  // The panels' keyed reads (a newer read of a thing aborts the older), which both load.
  "chunks/core-latest-reads": 350,
  // Hive's invite-code answers' schemas and mapping, fetched with the view's first request.
  "chunks/api-invites-schemas": 1_000,
};

/** The budget of a file in dist/: by its name, or a chunk's name without its hash. */
export function budgetOf(file) {
  return BUDGETS[file] ?? BUDGETS[file.replace(/-[\w-]{6}\.js$/, "")];
}

export function distSizes() {
  const rows = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else {
        const data = readFileSync(path);
        rows.push({
          file: relative(root, path),
          raw: data.length,
          gzip: gzipSync(data, { level: 9 }).length,
        });
      }
    }
  };
  walk(root);
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const check = process.argv.includes("--check");
  let over = 0;
  for (const row of distSizes()) {
    const budget = budgetOf(row.file);
    const chunk = row.file.startsWith("chunks/");
    if (check && !budget && !chunk) continue;
    const note = budget
      ? ` (budget ${budget} B${row.gzip > budget ? ", OVER" : ""})`
      : chunk
        ? " (NO BUDGET: add one to scripts/sizes.mjs)"
        : "";
    if ((budget && row.gzip > budget) || (chunk && !budget)) over += 1;
    console.log(
      `${row.file.padEnd(44)} ${String(row.raw).padStart(8)} B  ${String(row.gzip).padStart(7)} B gzip${note}`,
    );
  }
  if (check && over > 0) process.exit(1);
}
