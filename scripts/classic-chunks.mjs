// Turns the store's ES module build (one entry plus chunks loaded on demand) into classic
// scripts, so that studios keep embedding it with a plain <script src> tag: no module script,
// no CORS for a CDN, no extra request before the first view. Rolldown splits the code (each
// module once, shared by reference); this rewrites only the import and export statements:
//
//  - the entry runs as it is, inside a function, and keeps what chunks import from it in an
//    object of getters; `import("./chunks/x.js")` becomes a call to a small loader that adds
//    a <script> for the chunk beside the script's own URL (so `script-src 'self'` is enough);
//  - a chunk becomes `__gameStorefrontChunk(name, deps, factory)`: the loader loads its deps,
//    then runs the factory with a function that returns a loaded module's exports.
//
// Imports become `const` copies of the exporting module's bindings, so an exported binding
// must never be reassigned: the build fails if one is. This runs on rolldown's output before
// minifying (the minifier turns every `const` into `var`), and minifies each file after.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, posix } from "node:path";
import { parseAst } from "rolldown/parseAst";
import { minifySync } from "rolldown/utils";

const CHUNK_GLOBAL = "__gameStorefrontChunk";

/**
 * The loader, run once at the start of the entry. `registry` maps a module's name to its
 * exports; `load(name)` adds a chunk's <script> beside the store's script and settles when
 * the chunk has registered itself, and at the same time the chunks it imports (`manifest`).
 * A failed load is forgotten, so that a retry loads again.
 * Serialized into the entry with Function#toString, so it must not refer to anything outside.
 */
function loaderRuntime(entryName, entryExports, globalName, manifest) {
  const script = document.currentScript;
  const base = script?.src || location.href;
  const registry = { [entryName]: entryExports };
  const pending = {};
  const waiting = {};
  function load(name) {
    // A module built into this script (the entry, or a chunk it holds) is there already.
    if (registry[name]) return Promise.resolve(registry[name]);
    if (!pending[name]) {
      // The chunks this one imports are fetched at the same time, not after it arrives.
      for (const dep of manifest[name] ?? []) load(dep).catch(() => {});
      pending[name] = new Promise((resolve, reject) => {
        const tag = document.createElement("script");
        tag.src = new URL(name, base).href;
        tag.async = true;
        // An added script is fetched at low priority, which Chrome holds back while the
        // page's own requests (the first view's reads among them) are in flight: the first
        // view's schemas then arrive after the answers they check.
        tag.fetchPriority = "high";
        const fail = (error) => {
          delete pending[name];
          reject(error);
        };
        tag.onerror = () => {
          tag.remove();
          fail(new Error(`game-storefront: could not load ${name}`));
        };
        waiting[name] = (error) => {
          tag.remove();
          error ? fail(error) : resolve(registry[name]);
        };
        document.head.append(tag);
      });
    }
    return pending[name];
  }
  // One registration function per page: a second copy of the script leaves the first in charge.
  if (!self[globalName]?.load) {
    const register = (name, deps, factory) => {
      Promise.all(deps.map(load))
        .then(() => {
          registry[name] = factory((dep) => registry[dep], load);
        })
        .then(
          () => waiting[name]?.(),
          (error) => waiting[name]?.(error),
        );
    };
    register.load = load;
    self[globalName] = register;
  }
  return {
    load: self[globalName].load,
    require: (name) => registry[name],
    set: (name, exports) => {
      registry[name] = exports;
    },
  };
}

function walk(node, visit) {
  if (!node || typeof node !== "object") return;
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit);
    return;
  }
  if (typeof node.type === "string") visit(node);
  for (const key of Object.keys(node)) {
    if (key !== "type" && key !== "start" && key !== "end") walk(node[key], visit);
  }
}

/** The module a relative specifier in `from` (a file name relative to the dist root) names. */
const resolveName = (from, specifier) =>
  posix.normalize(posix.join(posix.dirname(from), specifier));

const literalSource = (node) => {
  if (node.type === "Literal" && typeof node.value === "string") return node.value;
  if (node.type === "TemplateLiteral" && node.expressions.length === 0)
    return node.quasis[0].value.cooked;
  return null;
};

/** Rewrites one ES module's text; returns the parts the wrapper needs. */
function rewrite(name, code, load) {
  const ast = parseAst(code, { sourceType: "module" }, name);
  const edits = [];
  const imports = [];
  const exports = [];
  const declared = new Map();
  for (const statement of ast.body) {
    if (statement.type === "VariableDeclaration") {
      for (const d of statement.declarations)
        walk(d.id, (n) => n.type === "Identifier" && declared.set(n.name, statement.kind));
    }
    if (statement.type === "ImportDeclaration") {
      const from = resolveName(name, statement.source.value);
      const bindings = statement.specifiers.map((s) => {
        if (s.type !== "ImportSpecifier") throw new Error(`${name}: unsupported import form`);
        const imported = s.imported.name ?? s.imported.value;
        return `${JSON.stringify(imported)}:${s.local.name}`;
      });
      imports.push(from);
      edits.push([
        statement.start,
        statement.end,
        `const{${bindings.join(",")}}=__gsRequire(${JSON.stringify(from)});`,
      ]);
    } else if (statement.type === "ExportNamedDeclaration") {
      if (statement.declaration) throw new Error(`${name}: unsupported export form`);
      // A re-export (`export { a as b } from "./x.js"`) reads the other module's binding.
      const from = statement.source && resolveName(name, statement.source.value);
      if (from) imports.push(from);
      for (const s of statement.specifiers) {
        const exported = s.exported.name ?? s.exported.value;
        const local = s.local.name ?? s.local.value;
        exports.push([
          exported,
          from ? `__gsRequire(${JSON.stringify(from)})[${JSON.stringify(local)}]` : local,
        ]);
      }
      edits.push([statement.start, statement.end, ""]);
    } else if (statement.type.startsWith("Export")) {
      throw new Error(`${name}: unsupported ${statement.type}`);
    }
  }
  const assigned = new Set();
  walk(ast, (node) => {
    const target =
      node.type === "AssignmentExpression"
        ? node.left
        : node.type === "UpdateExpression"
          ? node.argument
          : null;
    if (target?.type === "Identifier") assigned.add(target.name);
  });
  for (const [, local] of exports) {
    if (declared.has(local) && declared.get(local) !== "const" && assigned.has(local))
      throw new Error(
        `${name}: the exported binding ${local} is reassigned; chunks copy it, so it must not be`,
      );
  }
  walk(ast, (node) => {
    if (node.type === "ImportExpression") {
      const specifier = literalSource(node.source);
      if (!specifier) throw new Error(`${name}: import() of a computed specifier`);
      edits.push([
        node.start,
        node.end,
        `${load}(${JSON.stringify(resolveName(name, specifier))})`,
      ]);
    } else if (node.type === "MetaProperty") {
      throw new Error(`${name}: import.meta is not available in a classic script`);
    }
  });
  let out = code;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) {
    out = out.slice(0, start) + text + out.slice(end);
  }
  return { body: out, imports, exports };
}

/** Writes a classic script, minified: names are mangled inside its function, never outside. */
function write(path, code) {
  const result = minifySync(path, code, {
    compress: { target: "es2022" },
    mangle: true,
    module: false,
  });
  if (result.errors?.length) throw new Error(`${path}: ${result.errors.map(String).join("; ")}`);
  writeFileSync(path, result.code);
}

const exportObject = (exports) =>
  `{${exports.map(([exported, local]) => `get ${JSON.stringify(exported)}(){return ${local}}`).join(",")}}`;

/**
 * Rewrites the files rolldown wrote: `entry` and every chunk in `chunks` (file names relative
 * to `outDir`), in place. `eager(chunk)` names the chunks to fetch as soon as the script runs.
 */
export function toClassicScripts(outDir, entry, chunks, eager = () => false) {
  const entryCode = readFileSync(join(outDir, entry), "utf8");
  const main = rewrite(entry, entryCode, "__gsLoad");
  // Rolldown may put a module the first view needs in a chunk that on-demand chunks share;
  // such chunks are built into the entry (in dependency order), so the first view stays one
  // file, and the on-demand chunks find them in the registry.
  const inlined = [];
  const visit = (name) => {
    if (inlined.some((part) => part.name === name)) return;
    const part = rewrite(name, readFileSync(join(outDir, name), "utf8"), "__gsLoad");
    if (part.imports.includes(entry))
      throw new Error(`${name} is needed by the first view but imports from it`);
    for (const dep of part.imports) visit(dep);
    inlined.push({ name, ...part });
  };
  // Rolldown's runtime helpers (namespace objects for a chunk that gathers several modules)
  // are a few hundred bytes: built into the entry too, rather than a request of their own.
  const runtime = chunks.filter((chunk) => /(^|\/)rolldown-runtime-/.test(chunk));
  for (const dep of [...runtime, ...main.imports]) visit(dep);
  const modules = inlined
    .map(
      (part) =>
        `__gs.set(${JSON.stringify(part.name)},(function(){\n${part.body}\nreturn ${exportObject(part.exports)}})());`,
    )
    .join("\n");
  for (const part of inlined) rmSync(join(outDir, part.name));
  const manifest = {};
  for (const chunk of chunks) {
    if (inlined.some((part) => part.name === chunk)) continue;
    const code = readFileSync(join(outDir, chunk), "utf8");
    const part = rewrite(chunk, code, "__gsLoad");
    const deps = part.imports.filter(
      (dep) => dep !== entry && !inlined.some((inline) => inline.name === dep),
    );
    if (deps.length) manifest[chunk] = deps;
    write(
      join(outDir, chunk),
      `${CHUNK_GLOBAL}(${JSON.stringify(chunk)},${JSON.stringify(deps)},function(__gsRequire,__gsLoad){"use strict";\n${part.body}\nreturn ${exportObject(part.exports)}});\n`,
    );
  }
  // Chunks every first view needs (zod) are asked for before the entry's own code runs.
  const preload = chunks
    .filter((chunk) => eager(chunk) && !inlined.some((part) => part.name === chunk))
    .map((chunk) => `__gsLoad(${JSON.stringify(chunk)}).catch(()=>{});`)
    .join("");
  write(
    join(outDir, entry),
    `(function(){"use strict";const __gs=(${loaderRuntime})(${JSON.stringify(entry)},${exportObject(main.exports)},${JSON.stringify(CHUNK_GLOBAL)},${JSON.stringify(manifest)}),__gsLoad=__gs.load,__gsRequire=__gs.require;\n${preload}${modules}\n${main.body}\n})();\n`,
  );
}
