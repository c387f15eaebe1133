import { z } from "zod/mini";
z.config({ jitless: true });
window.x = [
  z.object({ a: z.string(), b: z.number(), c: z.nullish(z.boolean()), d: z.array(z.string()) }),
  z.union([z.string(), z.number()]),
  z.record(z.string(), z.string()),
  z.pipe(z.number(), z.transform(String)),
  z.catch(z.number(), 0),
  z.enum(["a", "b"]),
  z.string().check(z.regex(/a/)),
  z.extend(z.object({ a: z.string() }), { b: z.string() }),
  z.unknown(),
  z.custom((v) => typeof v === "number" || typeof v === "string"),
  z.any(),
  z.custom((v) => typeof v === "number" || typeof v === "string").check(z.overwrite(Number)),
  z.literal("a"),
  z.string().check(z.refine((v) => v.length > 0)),
].map((s) => s.safeParse(1));
