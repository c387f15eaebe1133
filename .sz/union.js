import { z } from "zod/mini";
z.config({ jitless: true });
window.x = [
  z.object({ a: z.string(), b: z.number(), c: z.nullish(z.boolean()), d: z.array(z.string()) }),
  z.union([z.string(), z.number()]),
].map((s) => s.safeParse(1));
