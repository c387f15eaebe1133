import { describe, expect, it } from "vitest";
import {
  classifyPath,
  faultFor,
  parseFaultSpec,
  splitFaultPrefix,
} from "../../../demo/sandbox/testing/faults";
import { demoQuery, sandbox } from "./helpers";

describe("fault spec parser", () => {
  it("reads section=kind pairs separated by commas", () => {
    expect(parseFaultSpec("plans=500,promotion=malformed")).toEqual({
      ok: true,
      faults: { plans: "500", promotion: "malformed" },
    });
    expect(parseFaultSpec("all=slow")).toEqual({ ok: true, faults: { all: "slow" } });
  });

  it.each([
    ["", "empty"],
    ["plans", "section=kind"],
    ["plans=500=1", "section=kind"],
    ["cart=500", 'unknown section "cart"'],
    ["plans=502", 'unknown fault "502"'],
    ["plans=500,plans=404", "twice"],
  ])("refuses %j", (spec, message) => {
    const parsed = parseFaultSpec(spec);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain(message);
  });

  it("prefers a section's own fault over all", () => {
    expect(faultFor({ all: "500", items: "slow" }, "items")).toBe("slow");
    expect(faultFor({ all: "500" }, "plans")).toBe("500");
    expect(faultFor({ items: "slow" }, "plans")).toBeUndefined();
  });

  it("splits the prefix from the path", () => {
    expect(splitFaultPrefix("/faults/items=empty/store/api/v2/project/1/items/groups")).toEqual({
      spec: "items=empty",
      path: "/store/api/v2/project/1/items/groups",
    });
    expect(splitFaultPrefix("/faults/items%3Dempty%2Cplans%3D404/game/x")?.spec).toBe(
      "items=empty,plans=404",
    );
    expect(splitFaultPrefix("/game/merchant")).toBeNull();
  });

  it("knows which section of which contract a path belongs to", () => {
    const merchant = "/game/merchant/v2/projects/44056/storefront";
    expect(classifyPath(`${merchant}/virtual_items/groups`)).toEqual({
      contract: "merchant",
      section: "groups",
    });
    expect(classifyPath(`${merchant}/virtual_items/items`)?.section).toBe("items");
    expect(classifyPath(`${merchant}/virtual_currency`)?.section).toBe("packages");
    expect(classifyPath(`${merchant}/subscriptions`)?.section).toBe("plans");
    expect(classifyPath("/vendor/merchant/v2/projects/1/storefront/bonus")?.section).toBe(
      "promotion",
    );
    const store = "/store/api/v2/project/44056/items";
    expect(classifyPath(`${store}/groups`)).toEqual({ contract: "store", section: "groups" });
    expect(classifyPath(`${store}/virtual_items/group/swords`)?.section).toBe("items");
    expect(classifyPath(`${store}/virtual_currency/package`)?.section).toBe("packages");
    expect(classifyPath("/subscriptions/api/public/v1/projects/44056/user_plans")).toEqual({
      contract: "subscriptions",
      section: "plans",
    });
    expect(classifyPath("/images/item/x.svg")).toBeNull();
  });
});

describe("fault prefix", () => {
  const app = sandbox();
  const game = "/game/merchant/v2/projects/44056/storefront";
  const faulty = (spec: string, path: string) => app.request(`/faults/${spec}${path}`);

  it("answers a named section's 500 in the contract's error JSON", async () => {
    const response = await faulty(
      "plans=500,promotion=malformed",
      `${game}/subscriptions?${demoQuery}`,
    );
    expect(response.status).toBe(500);
    expect(await response.json()).toMatchObject({ http_status_code: 500 });
    const store = await faulty("groups=500", "/store/api/v2/project/44056/items/groups");
    expect(store.status).toBe(500);
    expect(await store.json()).toMatchObject({ statusCode: 500, errorCode: 1000 });
    expect(store.headers.get("Access-Control-Allow-Origin")).toBe("*");
  });

  it("leaves other sections alone", async () => {
    const response = await faulty("plans=500", `${game}/virtual_items/groups?${demoQuery}`);
    expect(response.status).toBe(200);
    const plain = await app.request(`${game}/virtual_items/groups?${demoQuery}`);
    expect(await response.json()).toEqual(await plain.json());
  });

  it("cuts a malformed answer so it is not JSON", async () => {
    const response = await faulty("promotion=malformed", `${game}/bonus?${demoQuery}`);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text.startsWith('{"seconds":')).toBe(true);
    expect(() => JSON.parse(text)).toThrow();
  });

  it("answers empty lists and wrong shapes as valid JSON", async () => {
    const empty = await faulty(
      "all=empty",
      "/store/api/v2/project/44056/items/virtual_currency/package",
    );
    expect(await empty.json()).toEqual({ has_more: false, items: [] });
    const plans = await faulty("plans=empty", `${game}/subscriptions?${demoQuery}`);
    expect(await plans.json()).toEqual({ packages: [], active_user_package: null });
    const wrong = await faulty(
      "items=wrongshape",
      `${game}/virtual_items/items?${demoQuery}&group_id=101`,
    );
    expect(wrong.status).toBe(200);
    expect((await wrong.json()).items[0].amount).toBe("free");
  });

  it("answers 404 in the Store shape for a Store path", async () => {
    const response = await faulty(
      "items=404",
      "/store/api/v2/project/44056/items/virtual_items/group/swords",
    );
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ statusCode: 404, errorCode: 4403 });
  });

  it("still refuses a bad request under a body-replacing fault", async () => {
    const response = await faulty("all=empty", `${game}/bonus?user_id=demo-player-1&language=en`);
    expect(response.status).toBe(400);
  });

  it("delays a slow section, then answers normally", async () => {
    const started = performance.now();
    const response = await faulty("groups=slow", `${game}/virtual_items/groups?${demoQuery}`);
    expect(performance.now() - started).toBeGreaterThanOrEqual(25);
    expect((await response.json()).groups.length).toBeGreaterThan(0);
  });

  it("answers a 503 that asks to come back in a second", async () => {
    const response = await faulty("plans=503", `${game}/subscriptions?${demoQuery}`);
    expect(response.status).toBe(503);
    expect(response.headers.get("Retry-After")).toBe("1");
    expect(await response.json()).toMatchObject({ http_status_code: 503 });
    const hive = await faulty("invites_campaign=503", "/game/invites/ua/inviteCode/campaign");
    expect(hive.status).toBe(503);
    expect(hive.headers.get("Retry-After")).toBe("1");
  });

  it("holds a timeout's answer until the client goes away", async () => {
    const gone = new AbortController();
    const started = performance.now();
    const answer = app.request(`/faults/groups=timeout${game}/virtual_items/groups?${demoQuery}`, {
      signal: gone.signal,
    });
    setTimeout(() => gone.abort(), 50);
    await Promise.resolve(answer).catch(() => undefined);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it("closes the connection for a drop, or answers 502 where there is none", async () => {
    const response = await faulty("items=drop", `${game}/virtual_items/items?${demoQuery}`);
    expect(response.status).toBe(502);
  });

  it("refuses a bad spec with 400", async () => {
    const response = await faulty("plans=teapot", `${game}/subscriptions?${demoQuery}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("teapot");
  });
});
