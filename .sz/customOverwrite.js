import { z } from "zod/mini";
z.config({ jitless: true });
window.x = [
  z.object({ a: z.string(), b: z.number(), c: z.nullish(z.boolean()), d: z.array(z.string()) }),
  z.custom((v) => typeof v === "number" || typeof v === "string").check(z.overwrite(Number)),
].map((s) => s.safeParse(1));
