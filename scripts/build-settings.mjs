// The settings every browser build shares: scripts/build.mjs's store and launcher scripts, and
// the bench's lib floor (scripts/bench.mjs), which must be built as the store's script is.

/** Preact's automatic JSX runtime. */
export const jsx = { oxc: { jsx: { runtime: "automatic", importSource: "preact" } } };
/** Preact and the libraries built in production mode. */
export const browserDefine = { "process.env.NODE_ENV": JSON.stringify("production") };
// The styles already need browsers from 2023 on (light-dark(), constructable stylesheets),
// which all run ES2022 as written: nothing is rewritten into longer code.
export const TARGET = "es2022";
