/**
 * What the widget asks the network for: the first view's independent reads go out together,
 * nothing is fetched twice for one view, and a group's items are fetched once and kept.
 */
import {
  type ApiCall,
  BACKENDS,
  cardBySku,
  expect,
  openStore,
  recordApiCalls,
  test,
} from "./fixtures";

/** When a request started and ended, as the order of the browser's reports (see ApiCall). */
function span(call: ApiCall) {
  return { start: call.startSeq, end: call.endSeq ?? Number.POSITIVE_INFINITY };
}

for (const backend of BACKENDS) {
  test(`${backend}: the first view's reads go out in parallel, each once`, async ({ page }) => {
    const calls = recordApiCalls(page);
    const all = new Map<string, number>();
    page.on("request", (request) => {
      const key = `${request.method()} ${request.url()}`;
      all.set(key, (all.get(key) ?? 0) + 1);
    });

    await openStore(page, { backend });
    await expect.poll(() => calls.every((call) => call.outcome !== "pending")).toBe(true);

    // The Store API has no promotion call: its banner comes from the products' promotions.
    const independent =
      backend === "merchant"
        ? ["groups", "packages", "plans", "promotion"]
        : ["groups", "packages", "plans"];
    const firstReads = calls.filter((call) => call.section !== "items");
    expect(firstReads.map((call) => call.section).sort()).toEqual(independent);
    expect(calls.filter((call) => call.section === "items")).toHaveLength(1);
    expect(calls.every((call) => call.outcome === "finished")).toBe(true);

    const spans = firstReads.map(span);
    const firstEnd = Math.min(...spans.map((s) => s.end));
    for (const [index, s] of spans.entries()) {
      expect(s.start, `${firstReads[index]?.section} starts before any read finishes`).toBeLessThan(
        firstEnd,
      );
    }
    // The items wait for the groups, which say which group comes first.
    const groups = calls.find((call) => call.section === "groups");
    const items = calls.find((call) => call.section === "items");
    if (groups && items) expect(span(items).start).toBeGreaterThanOrEqual(span(groups).end);

    const twice = [...all].filter(([, count]) => count > 1);
    expect(twice, "requests sent more than once").toEqual([]);
  });

  test(`${backend}: going back to a group costs no request`, async ({ page }) => {
    const calls = recordApiCalls(page);
    const widget = await openStore(page, { backend });
    const tree = widget.getByRole("tree", { name: "Item groups" });
    const itemCalls = () =>
      calls.filter((call) => call.section === "items").map((call) => call.url);

    await tree.getByRole("treeitem", { name: "Bows" }).click();
    await expect(cardBySku(widget, "bow-hunter")).toBeVisible();
    await tree.getByRole("treeitem", { name: "Swords" }).click();
    await expect(cardBySku(widget, "sword-ember")).toBeVisible();
    await tree.getByRole("treeitem", { name: "Bows" }).click();
    await expect(cardBySku(widget, "bow-hunter")).toBeVisible();
    await tree.getByRole("treeitem", { name: "Swords" }).click();
    await expect(cardBySku(widget, "sword-ember")).toBeVisible();

    expect(itemCalls()).toHaveLength(2);
    expect(new Set(itemCalls()).size).toBe(2);
    expect(calls.filter((call) => call.section !== "items")).toHaveLength(
      backend === "merchant" ? 4 : 3,
    );
  });
}
