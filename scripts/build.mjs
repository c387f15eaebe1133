// Builds every output in its own vite pass: library IIFEs cannot share a pass, and the
// sandbox is a Node program. Run by `npm run build`, `npm start` and `npm run bench`.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, readFileSync, renameSync, rmSync } from "node:fs";
import { build } from "vite";
import { browserDefine, jsx, TARGET } from "./build-settings.mjs";
import { toClassicScripts } from "./classic-chunks.mjs";

const root = new URL("..", import.meta.url).pathname;
const quiet = { logLevel: "warn", configFile: false, root };

rmSync(`${root}dist`, { recursive: true, force: true });
rmSync(`${root}build`, { recursive: true, force: true });

const catalogAlias = {
  find: /^\.\/load-catalog$/,
  replacement: `${root}src/core/i18n/load-catalog.fetch.ts`,
};
/**
 * A standalone script-tag bundle: one IIFE file with everything inlined, except the
 * non-English message catalogs, which it fetches from locales/ beside itself.
 */
async function iife(entry, fileName, { alias = [], define = {} } = {}) {
  await build({
    ...quiet,
    ...jsx,
    define: { ...browserDefine, ...define },
    resolve: { alias: [catalogAlias, ...alias] },
    build: {
      outDir: "dist",
      emptyOutDir: false,
      target: TARGET,
      minify: true,
      sourcemap: false,
      lib: { entry, formats: ["iife"], name: "__gameStorefrontBundle", fileName: () => fileName },
    },
  });
}

/**
 * A chunk is named after the module it was split at ("api-xsolla-wire", "paystation-launcher-
 * chunk"), or rolldown's name for a shared one ("zod"), so that its budget in sizes.mjs finds it.
 */
function chunkFileName(chunk) {
  const src = `${root}src/`;
  if (CHUNK_GROUPS.some((group) => group.name === chunk.name))
    return `chunks/${chunk.name}-[hash:6].js`;
  const module =
    chunk.facadeModuleId ?? [...chunk.moduleIds].reverse().find((id) => id.startsWith(src));
  const name = module?.startsWith(src)
    ? module
        .slice(src.length)
        .replace(/\.tsx?$/, "")
        .replaceAll("/", "-")
    : chunk.name;
  return `chunks/${name}-[hash:6].js`;
}

/** The chunks every first view fetches, each gathering the modules named by `test`. */
const FIRST_VIEW_CHUNKS = [
  {
    name: "core-zod",
    test: /\/node_modules\/zod\/|\/src\/core\/zod\.ts$|\/src\/api\/(shared-schemas|store-contract|merchant-error|mapping)\.ts$/,
  },
  // The game server's token endpoint and its Merchant error reader, which the merchant reads'
  // errors need: in their chunk rather than a third request beside the first view's reads
  // (an xsolla gift then fetches this chunk for it).
  {
    name: "api-merchant-wire",
    test: /\/src\/api\/merchant\/(wire|adapt|schemas)\.ts$|\/src\/api\/token-endpoint\.ts$/,
  },
  { name: "api-xsolla-wire", test: /\/src\/api\/xsolla\/(wire|adapt|schemas)\.ts$/ },
];

/**
 * Chunks of modules that two features share, named here rather than after whichever module
 * rolldown happens to put last: the saved payment methods' calls, confirmation, texts and
 * names, which the store's one-click buying and the account panel both load.
 */
const SHARED_CHUNKS = [
  {
    name: "saved-methods",
    test: /\/src\/(api\/account\/payment-accounts(-schemas)?\.ts|ui\/confirm-dialog(-styles)?\.tsx?|ui\/confirm-dialog\.css|ui\/saved-method-name\.ts|core\/i18n\/en-saved\.ts)/,
  },
];
const CHUNK_GROUPS = [...FIRST_VIEW_CHUNKS, ...SHARED_CHUNKS];

/**
 * The store's script: what the first view needs in dist/game-storefront.js, and each feature
 * it loads on demand in dist/chunks/. Rolldown splits the ES modules; classic-chunks.mjs then
 * makes each file a classic script (see there why).
 */
async function storeScript() {
  const result = await build({
    ...quiet,
    ...jsx,
    define: browserDefine,
    resolve: { alias: [catalogAlias] },
    build: {
      outDir: "dist",
      emptyOutDir: false,
      target: TARGET,
      // classic-chunks.mjs minifies each file once its imports and exports are rewritten.
      minify: false,
      cssMinify: true,
      sourcemap: false,
      // Library mode: no module-preload helper around import(), which needs import.meta.
      lib: { entry: { "game-storefront": "src/embed.ts" }, formats: ["es"] },
      rollupOptions: {
        // Lets the entry hold every module the first view needs and export to the chunks what
        // they share with it, rather than a third "shared" file on the first view's path.
        preserveEntrySignatures: "allow-extension",
        output: {
          format: "es",
          entryFileNames: "[name].js",
          chunkFileNames: chunkFileName,
          // Each first view fetches two chunks beside the script, not four: zod with the
          // schemas both backends share, and its backend's schemas with their mapping. Every
          // one is a request on the same few connections as the first view's reads.
          codeSplitting: { groups: CHUNK_GROUPS, includeDependenciesRecursively: false },
        },
      },
    },
  });
  const output = (Array.isArray(result) ? result[0] : result).output;
  const entry = output.find((file) => file.type === "chunk" && file.isEntry);
  const chunks = output.filter((file) => file.type === "chunk" && !file.isEntry);
  // zod and the Store contract serve every first view, whichever the backend: fetched at once.
  toClassicScripts(
    `${root}dist`,
    entry.fileName,
    chunks.map((chunk) => chunk.fileName),
    (name) => /^chunks\/core-zod-/.test(name),
  );
}

await storeScript();
cpSync(`${root}src/core/i18n/locales`, `${root}dist/locales`, { recursive: true });
// The Pay Station launcher on its own: a drop-in for the vendor's widget.min.js. Its lightbox
// is a file beside it (named by its content's hash, so a CDN may cache it for ever), fetched
// when the browser is idle after init() or at the first open(): src/paystation/lightbox-on-demand.ts.
await iife("src/paystation/lightbox-file.ts", "chunks/paystation-lightbox.js");
const lightboxHash = createHash("sha256")
  .update(readFileSync(`${root}dist/chunks/paystation-lightbox.js`))
  .digest("base64url")
  .slice(0, 6);
const lightboxFile = `chunks/paystation-lightbox-${lightboxHash}.js`;
renameSync(`${root}dist/chunks/paystation-lightbox.js`, `${root}dist/${lightboxFile}`);
await iife("src/paystation/standalone.ts", "paystation.js", {
  alias: [{ find: /^\.\/lightbox$/, replacement: `${root}src/paystation/lightbox-on-demand.ts` }],
  define: { __PAYSTATION_LIGHTBOX__: JSON.stringify(lightboxFile) },
});

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
    rollupOptions: {
      external: [/^preact/, /^@preact\//, /^zod/],
      // The features load on demand here too, as chunks beside index.js.
      output: { chunkFileNames: chunkFileName },
    },
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
