import { gzipSync } from "node:zlib";
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
      { find: "@preact/signals-core", replacement: "/work/main/.sz/mini-signals.ts" },
    ],
  },
  build: {
    write: false,
    minify: true,
    lib: { entry: "src/embed.ts", formats: ["iife"], name: "X", fileName: () => "x.js" },
  },
});
console.log(gzipSync((Array.isArray(r) ? r[0] : r).output[0].code, { level: 9 }).length);
