// Builds every output in its own vite pass: library IIFEs cannot share a pass, and the
// sandbox is a Node program. Run by `npm run build`, `npm start` and `npm run bench`.
import { execFileSync } from "node:child_process";
import { cpSync, rmSync } from "node:fs";
import { build } from "vite";

const root = new URL("..", import.meta.url).pathname;
const quiet = { logLevel: "warn", configFile: false, root };
const jsx = { oxc: { jsx: { runtime: "automatic", importSource: "preact" } } };
const browserDefine = { "process.env.NODE_ENV": JSON.stringify("production") };

rmSync(`${root}dist`, { recursive: true, force: true });
rmSync(`${root}build`, { recursive: true, force: true });

/**
 * A standalone script-tag bundle: one IIFE file with everything inlined, except the
 * non-English message catalogs, which it fetches from locales/ beside itself.
 */
async function iife(entry, fileName) {
  await build({
    ...quiet,
    ...jsx,
    define: browserDefine,
    resolve: {
      alias: [
        { find: /^\.\/load-catalog$/, replacement: `${root}src/core/i18n/load-catalog.fetch.ts` },
      ],
    },
    build: {
      outDir: "dist",
      emptyOutDir: false,
      // The styles already need browsers from 2023 on (light-dark(), constructable
      // stylesheets), which all run ES2022 as written: nothing is rewritten into longer code.
      target: "es2022",
      minify: true,
      sourcemap: false,
      lib: { entry, formats: ["iife"], name: "__gameStorefrontBundle", fileName: () => fileName },
    },
  });
}

await iife("src/embed.ts", "game-storefront.js");
cpSync(`${root}src/core/i18n/locales`, `${root}dist/locales`, { recursive: true });
// The Pay Station launcher on its own: a drop-in for the vendor's widget.min.js.
await iife("src/paystation/standalone.ts", "paystation.js");

// The npm package: ESM with the runtime dependencies left for the studio's bundler.
await build({
  ...quiet,
  ...jsx,
  build: {
    outDir: "dist/npm",
    emptyOutDir: false,
    target: "es2020",
    minify: false,
    lib: { entry: "src/index.ts", formats: ["es"], fileName: () => "index.js" },
    rollupOptions: { external: [/^preact/, /^@preact\//, /^zod/] },
  },
});
execFileSync("npx", ["tsc", "-p", "tsconfig.build.json"], { cwd: root, stdio: "inherit" });

// The sandbox server, bundled for Node so `npm start` needs no TypeScript runner.
await build({
  ...quiet,
  build: {
    outDir: "build/sandbox",
    emptyOutDir: false,
    ssr: "demo/sandbox/server.ts",
    target: "node20",
    minify: false,
    rollupOptions: { output: { entryFileNames: "server.js" } },
  },
});
