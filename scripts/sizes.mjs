// Prints the raw and gzip size of every file in dist/ (used by `npm run bench`).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";

const root = new URL("../dist", import.meta.url).pathname;

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
  for (const row of distSizes()) {
    console.log(
      `${row.file.padEnd(44)} ${String(row.raw).padStart(8)} B  ${String(row.gzip).padStart(7)} B gzip`,
    );
  }
}
