// Prints the raw and gzip size of every file in dist/ (used by `npm run bench`); with
// `--check` (run by `npm test` after the build) it fails when a script is over its budget.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";

const root = new URL("../dist", import.meta.url).pathname;

/**
 * Gzip budgets in bytes (1 KB = 1,000 B). The store's script holds the catalog, the Pay Station
 * launcher (the whole of paystation.js, issue 3) and the buying flows (issue 4): 25 KB for the
 * catalog, about 4.9 KB for the launcher and 3.4 KB for buying, claiming and the balance.
 */
export const BUDGETS = { "game-storefront.js": 34_000, "paystation.js": 5_000 };

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
    const budget = BUDGETS[row.file];
    if (check && !budget) continue;
    const note = budget ? ` (budget ${budget} B${row.gzip > budget ? ", OVER" : ""})` : "";
    if (budget && row.gzip > budget) over += 1;
    console.log(
      `${row.file.padEnd(44)} ${String(row.raw).padStart(8)} B  ${String(row.gzip).padStart(7)} B gzip${note}`,
    );
  }
  if (check && over > 0) process.exit(1);
}
