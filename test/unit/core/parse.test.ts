import { describe, expect, it } from "vitest";
import { z } from "zod/mini";
import { parseList } from "../../../src/core/parse";

const Numbered = z.object({ n: z.number() });
const list = (length: number) => Array.from({ length }, (_, n) => ({ n }));

describe("parseList", () => {
  it("checks and maps a short list at once, handing nothing on early", async () => {
    const early: number[][] = [];
    const result = await parseList(list(3), Numbered, (item) => item.n * 2, {
      onFirst: (first) => early.push(first),
    });
    expect(result).toEqual({ ok: true, value: [0, 2, 4] });
    expect(early).toEqual([]);
  });

  it("hands a long list's first items on before checking the rest", async () => {
    const early: number[][] = [];
    const result = await parseList(list(2000), Numbered, (item) => item.n, {
      onFirst: (first) => early.push(first),
    });
    expect(early).toEqual([list(100).map((item) => item.n)]);
    expect(result.ok && result.value).toEqual(list(2000).map((item) => item.n));
  });

  it("fails the whole list when one item far down does not match", async () => {
    const items: unknown[] = list(2000);
    items[1500] = { n: "1500" };
    expect(await parseList(items, Numbered, (item) => item)).toEqual({
      ok: false,
      error: { kind: "invalid-response" },
    });
  });

  it("stops checking once its request is aborted", async () => {
    const abort = new AbortController();
    const result = await parseList(list(2000), Numbered, (item) => item, {
      onFirst: () => abort.abort(),
      signal: abort.signal,
    });
    expect(result).toEqual({ ok: false, error: { kind: "aborted" } });
  });
});
