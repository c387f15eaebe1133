import { gzipSync } from "node:zlib";
import { minifySync } from "rolldown/utils";
import { build } from "vite";

const r = await build({
  logLevel: "silent",
  configFile: false,
  root: "/work/main",
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  define: { "process.env.NODE_ENV": '"production"' },
  resolve: {
    alias: [
      { find: /^\.\/load-catalog$/, replacement: "/work/main/src/core/i18n/load-catalog.fetch.ts" },
    ],
  },
  build: {
    write: false,
    minify: false,
    lib: { entry: "src/embed.ts", formats: ["es"], fileName: () => "x.js" },
  },
});
const out = (Array.isArray(r) ? r[0] : r).output[0];
const rows = [];
for (const [k, v] of Object.entries(out.modules)) {
  if (!v.code) continue;
  let code = v.code;
  try {
    code = minifySync("x.js", v.code, { compress: true, mangle: { toplevel: true } }).code;
  } catch {}
  rows.push([
    gzipSync(code).length,
    code.length,
    k.replace(/.*node_modules\//, "").replace("/work/main/", ""),
  ]);
}
rows.sort((a, b) => b[0] - a[0]);
let sum = 0;
for (const r of rows) sum += r[0];
console.log("sum of per-module gzip", sum);
for (const r of rows.slice(0, 45))
  console.log(String(r[0]).padStart(6), String(r[1]).padStart(7), r[2]);
