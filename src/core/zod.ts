import { z } from "zod/mini";

/*
 * Every schema imports zod from here, so that this setting comes first wherever zod is loaded
 * (in the store's script, in the chunks that hold the schemas): zod compiles object parsers
 * with `new Function` unless told not to, and a page with a strict Content-Security-Policy
 * reports that as a violation even though zod recovers.
 */
z.config({ jitless: true });

export { z };
