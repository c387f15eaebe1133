import { z } from "zod/mini";
import { parseWith } from "../src/core/parse";
window.x = [parseWith, z.object({ a: z.string() })];
