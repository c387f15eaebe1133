import fc from "fast-check";

/*
 * Generated mutations of a JSON value, for feeding the vendors' example answers, changed in
 * every way a broken or hostile server could change them, to the schemas, adapters and views.
 * fast-check shrinks a failing case to the smallest mutation that still fails, which a
 * hand-written random mutator would not.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** Strings a hostile server might send, hoping one reaches the page as markup or a link. */
export const HOSTILE_STRINGS = [
  "<img src=x onerror=alert(1)>",
  '"><script>window.__pwned=1</script>',
  "<svg onload=window.__pwned=1>",
  "javascript:window.__pwned=1",
  "JaVaScRiPt:alert(1)",
  " javascript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "<iframe srcdoc='<script>parent.__pwned=1</script>'>",
  "{{constructor.constructor('alert(1)')()}}",
  "__proto__",
  "constructor",
  "\u202Eevil\u202C",
  "\u0000\u0001\u001F",
  "\uD800",
  "𝕏👩‍👩‍👧‍👦\u200B\uFEFF",
  "  ",
  "",
  "%00%3Cscript%3E",
];

/** Numbers at the edges: huge, tiny, negative, unsafe integers and -0. */
const EDGE_NUMBERS = [
  0,
  -0,
  -1,
  1e308,
  -1e308,
  5e-324,
  Number.MAX_SAFE_INTEGER + 2,
  -Number.MAX_SAFE_INTEGER - 2,
  1e21,
  0.1 + 0.2,
  2 ** 31,
  -(2 ** 31) - 1,
];

const hostile = fc.constantFrom(...HOSTILE_STRINGS);

/** A value of another type than the one it replaces, or an edge case of the same. */
const anyScalar: fc.Arbitrary<Json> = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.integer(),
  // JSON has no NaN or Infinity: JSON.stringify turns them into null, as a server's would.
  fc.double(),
  fc.constantFrom(...EDGE_NUMBERS),
  fc.boolean(),
  fc.constant(null),
  hostile,
);

const huge: fc.Arbitrary<(value: Json) => Json> = fc.oneof(
  fc.integer({ min: 1_000, max: 20_000 }).map((n) => () => "x".repeat(n)),
  hostile.map((text) => () => text.repeat(200)),
  fc.constantFrom(1e308, -1e308, Number.MAX_SAFE_INTEGER * 1000).map((n) => () => n),
  // Deep nesting, within what JSON.parse and the schemas can walk.
  fc.integer({ min: 10, max: 200 }).map((depth) => (value: Json) => {
    let nested = value;
    for (let i = 0; i < depth; i++) nested = [nested];
    return nested;
  }),
  fc.integer({ min: 10, max: 100 }).map((n) => (value: Json) => Array(n).fill(value)),
);

/** One change at one place: what it does to the value found there. */
type Change = { kind: "delete" } | { kind: "set"; make: (value: Json) => Json };

const change: fc.Arbitrary<Change> = fc.oneof(
  { weight: 3, arbitrary: fc.constant<Change>({ kind: "delete" }) },
  { weight: 3, arbitrary: fc.constant<Change>({ kind: "set", make: () => null }) },
  { weight: 4, arbitrary: anyScalar.map<Change>((v) => ({ kind: "set", make: () => v })) },
  {
    weight: 3,
    arbitrary: fc.constantFrom<Change>(
      { kind: "set", make: (v) => [v] },
      { kind: "set", make: (v) => ({ value: v }) },
      { kind: "set", make: () => [] },
      { kind: "set", make: () => ({}) },
      { kind: "set", make: (v) => String(v) },
      { kind: "set", make: (v) => (typeof v === "string" ? Number(v) : v) },
    ),
  },
  { weight: 2, arbitrary: huge.map<Change>((make) => ({ kind: "set", make })) },
  { weight: 4, arbitrary: hostile.map<Change>((v) => ({ kind: "set", make: () => v })) },
);

/** Every path in a JSON value, the root (the empty path) included. */
export function pathsOf(value: unknown, prefix: Path = []): Path[] {
  const paths: Path[] = [prefix];
  if (Array.isArray(value)) {
    value.forEach((child, i) => {
      paths.push(...pathsOf(child, [...prefix, i]));
    });
  } else if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value))
      paths.push(...pathsOf(child, [...prefix, key]));
  }
  return paths;
}

function apply(root: Json, path: Path, change: Change): Json {
  if (path.length === 0) return change.kind === "delete" ? null : change.make(root);
  let parent: Json = root;
  for (const step of path.slice(0, -1)) {
    if (parent === null || typeof parent !== "object") return root;
    parent = (parent as Record<string | number, Json>)[step] ?? null;
  }
  if (parent === null || typeof parent !== "object") return root;
  const last = path[path.length - 1] as string | number;
  if (Array.isArray(parent) && typeof last === "number") {
    if (last >= parent.length) return root;
    if (change.kind === "delete") parent.splice(last, 1);
    else parent[last] = change.make(parent[last] ?? null);
  } else if (!Array.isArray(parent) && typeof last === "string" && Object.hasOwn(parent, last)) {
    if (change.kind === "delete") delete parent[last];
    else parent[last] = change.make(parent[last] ?? null);
  }
  return root;
}

/** The value with one to four changes at random places (an earlier change may move a later one). */
export function mutated(seed: unknown): fc.Arbitrary<unknown> {
  const paths = pathsOf(seed);
  return fc
    .array(fc.tuple(fc.constantFrom(...paths), change), { minLength: 1, maxLength: 4 })
    .map((changes) =>
      changes.reduce<Json>(
        (value, [path, one]) => apply(value, path, one),
        structuredClone(seed) as Json,
      ),
    );
}

/** Answer bodies that are not the JSON they claim to be. */
export function brokenText(seed: unknown): fc.Arbitrary<string> {
  const whole = JSON.stringify(seed);
  return fc.oneof(
    fc.nat({ max: Math.max(0, whole.length - 1) }).map((end) => whole.slice(0, end)),
    fc.constantFrom(
      "",
      " ",
      "null",
      "undefined",
      "1e999",
      "-1e999",
      "[1e999]",
      '{"items":',
      "<!doctype html><title>502 Bad Gateway</title><script>window.__pwned=1</script>",
      `\uFEFF${whole}`,
      `${whole}garbage`,
      `"${HOSTILE_STRINGS[0]}"`,
    ),
    fc.string({ maxLength: 40 }),
  );
}

/** A mutated body as text: mostly JSON of a mutated value, sometimes not JSON at all. */
export function mutatedBody(seed: unknown): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 6, arbitrary: mutated(seed).map((value) => JSON.stringify(value) ?? "") },
    { weight: 1, arbitrary: brokenText(seed) },
  );
}
