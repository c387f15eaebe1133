// Which modules the script-tag bundle's bytes come from: each module minified and gzipped on
// its own (the whole bundle compresses about a fifth better). For budget work: run
// `npm run bundle:modules` and start with the top rows; `npm run bundle:modules --
// src/paystation/standalone.ts` does the same for the launcher's own script.
import { gzipSync } from "node:zlib";
import { minifySync } from "rolldown/utils";
import { build } from "vite";

const root = new URL("..", import.meta.url).pathname;
const result = await build({
  logLevel: "silent",
  configFile: false,
  root,
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  define: { "process.env.NODE_ENV": '"production"' },
  resolve: {
    alias: [
      { find: /^\.\/load-catalog$/, replacement: `${root}src/core/i18n/load-catalog.fetch.ts` },
    ],
  },
  build: {
    write: false,
    minify: false,
    lib: { entry: process.argv[2] ?? "src/embed.ts", formats: ["es"], fileName: () => "bundle.js" },
    rollupOptions: { preserveEntrySignatures: "allow-extension" },
  },
});
// Each file the build makes: the first view's script, then the chunks it loads on demand.
for (const chunk of (Array.isArray(result) ? result[0] : result).output) {
  if (chunk.type !== "chunk") continue;
  const rows = Object.entries(chunk.modules)
    .filter(([, module]) => module.code)
    .map(([id, module]) => {
      const code = minifySync("m.js", module.code, {
        compress: true,
        mangle: { toplevel: true },
      }).code;
      return {
        gzip: gzipSync(code).length,
        min: code.length,
        id: id.replace(root, "").replace(/.*node_modules\//, ""),
      };
    })
    .sort((a, b) => b.gzip - a.gzip);
  console.log(`\n${chunk.isEntry ? "first view" : "on demand"}: ${chunk.fileName}`);
  for (const row of rows)
    console.log(`${String(row.gzip).padStart(6)} ${String(row.min).padStart(7)}  ${row.id}`);
  console.log(`${rows.reduce((sum, row) => sum + row.gzip, 0)} B gzip, module by module`);
}
