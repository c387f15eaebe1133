import { writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { build } from "vite";

const base = `import {z} from "zod/mini"; z.config({jitless:true});`;
const feats = {
  base: `z.object({a:z.string(),b:z.number(),c:z.nullish(z.boolean()),d:z.array(z.string())})`,
  union: `z.union([z.string(),z.number()])`,
  record: `z.record(z.string(),z.string())`,
  pipe: `z.pipe(z.number(),z.transform(String))`,
  catch: `z.catch(z.number(),0)`,
  enum: `z.enum(["a","b"])`,
  regex: `z.string().check(z.regex(/a/))`,
  extend: `z.extend(z.object({a:z.string()}),{b:z.string()})`,
  unknown: `z.unknown()`,
  custom: `z.custom((v)=>typeof v==="number"||typeof v==="string")`,
  any: `z.any()`,
  customOverwrite: `z.custom((v)=>typeof v==="number"||typeof v==="string").check(z.overwrite(Number))`,
  literal: `z.literal("a")`,
  refine: `z.string().check(z.refine((v)=>v.length>0))`,
};
const baseCode = `${base} window.x=[${feats.base}].map(s=>s.safeParse(1));`;
const sizes = {};
async function size(code, name) {
  writeFileSync(`/work/main/.sz/${name}.js`, code);
  const r = await build({
    logLevel: "silent",
    configFile: false,
    root: "/work/main",
    build: {
      write: false,
      minify: true,
      lib: {
        entry: `/work/main/.sz/${name}.js`,
        formats: ["iife"],
        name: "X",
        fileName: () => "x.js",
      },
    },
  });
  return gzipSync((Array.isArray(r) ? r[0] : r).output[0].code, { level: 9 }).length;
}
const b = await size(baseCode, "b");
console.log("base", b);
for (const [k, v] of Object.entries(feats))
  if (k !== "base")
    console.log(
      k,
      (await size(`${base} window.x=[${feats.base},${v}].map(s=>s.safeParse(1));`, k)) - b,
    );
console.log(
  "all",
  (await size(
    `${base} window.x=[${Object.values(feats).join(",")}].map(s=>s.safeParse(1));`,
    "all",
  )) - b,
);
