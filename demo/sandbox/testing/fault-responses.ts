/** The answers of each fault kind, in the shape of the contract the faulty path belongs to. */
import { merchantError, merchantInvalid, storeError } from "../shared/errors";
import type { ApiSection, Contract, FaultKind } from "./faults";

/** The delay of the `slow` fault. */
export const SLOW_FAULT_MS = 1500;

/**
 * How long the `timeout` fault holds its answer: longer than any test gives the widget
 * (`timeout` option), not so long that a held request outlives a test run by much. It answers
 * at once when the client goes away.
 */
export const HOLD_FAULT_MS = 20_000;

/** What the `503` fault asks the client to wait, in seconds: short, so tests stay fast. */
export const RETRY_AFTER_S = 1;

/** How a fault reaches past HTTP: closing the connection (only where there is a socket). */
export interface FaultTransport {
  slowMs: number;
  holdMs: number;
  /** Closes the request's connection without an answer. */
  drop?: (() => void) | undefined;
  /** Aborts when the client has gone away. */
  gone?: AbortSignal | undefined;
}

type Bodies = Partial<Record<ApiSection, unknown>>;

/** Valid answers with nothing in them. */
const EMPTY: Record<Contract, Bodies> = {
  merchant: {
    groups: { groups: [] },
    items: { items: [] },
    packages: { packages: [] },
    plans: { packages: [], active_user_package: null },
    promotion: [],
    friends: [{ friends: [], total: 0 }],
    token: {},
  },
  store: {
    groups: { groups: [] },
    items: { has_more: false, items: [] },
    packages: { has_more: false, items: [] },
    rewards: { has_more: false, total_items_count: 0, items: [] },
    reward_balance: {},
    contributors: [],
  },
  subscriptions: { plans: { items: [], has_more: false } },
  hive: {
    invites_campaign: hiveSuccess({ campaign_list: [] }),
    invites_code: hiveSuccess({ invite_code: "" }),
    invites_redeem: hiveSuccess({ detail: { matched: false, reason: "" } }),
    invites_progress: hiveSuccess({ progress_list: [] }),
  },
};

/** Valid JSON in which the fields have the wrong types. */
const WRONG_SHAPE: Record<Contract, Bodies> = {
  merchant: {
    groups: { groups: { id: "1", name: 42, children: "none" } },
    items: { items: [{ id: "one", sku: 7, name: null, amount: "free", bonus_virtual_items: {} }] },
    packages: { packages: "sold out" },
    plans: {
      packages: [{ id: 299, charge_amount: "2.99", period_unit: 3 }],
      active_user_package: "none",
    },
    promotion: { seconds: "soon", name: 42, description: false },
    friends: [{ friends: { id: 1, name: null }, total: "many" }],
    token: { token: 42 },
  },
  store: {
    groups: { groups: [{ external_id: 12, name: ["Weapons"], children: "none" }] },
    items: { has_more: "no", items: { sku: "sword" } },
    packages: {
      has_more: false,
      items: [{ sku: 5, type: "bundle", price: "cheap", content: "gold" }],
    },
    rewards: {
      has_more: "no",
      total_items_count: "3",
      items: [{ reward_chain_id: "101", name: 7, steps: "none", value_point: [] }],
    },
    reward_balance: { sku: 7, amount: "lots", is_clan: "yes" },
    contributors: { name: 5, contributed_amount: "many" },
  },
  subscriptions: {
    plans: { items: [{ plan_id: "one", charge: "4.99", period: "monthly" }], has_more: 0 },
  },
  hive: {
    invites_campaign: hiveSuccess({ campaign_list: { id: [19], title: 7, rewards: "none" } }),
    invites_code: hiveSuccess({ invite_code: 12345678 }),
    invites_redeem: hiveSuccess({ detail: [{ matched: "yes", reason: 0 }] }),
    invites_progress: hiveSuccess({
      progress_list: [{ reward_id: "19", count: "one", max_reward: null, goal_achieved: [] }],
    }),
  },
};

/** Hive's success, key for key as the seed's examples: the call's fields first. */
function hiveSuccess(fields: Record<string, unknown>) {
  return { ...fields, result_code: 200, result_message: "Success" };
}

/** Hive's error shape, with the HTTP status given (Hive itself answers its errors with 200). */
function hiveFault(status: number, resultCode: number, message: string): Response {
  return new Response(JSON.stringify({ result_code: resultCode, result_message: message }), {
    status,
    headers: { "Content-Type": "application/json" },
  });
}

/** The `hive` fault's result: a failure Hive reports in its body, with HTTP 200. */
export const HIVE_FAULT_RESULT = {
  result_code: 5001,
  result_message: "The promotion server is busy; try again later (a sandbox fault)",
} as const;

/**
 * The 422 of invalid parameters: for the token, the Merchant API's answer to a gift naming
 * someone who is not the player's friend (CONTRACTS.md section 1), so a test can see that the
 * gift picker shows `property_errors` and keeps its choices.
 */
function invalidResponse(contract: Contract, section: ApiSection): Response {
  if (contract === "hive") return hiveFault(200, 400, "Invalid parameter (a sandbox fault)");
  if (contract !== "merchant") {
    return storeError(422, 1102, "Unprocessable Entity", [
      { property: section, message: "Invalid parameters (a sandbox fault)" },
    ]);
  }
  if (section === "token") {
    return merchantInvalid({
      "purchase.gift.friends[0].id": ["This player is not a friend of the giver (a sandbox fault)"],
    });
  }
  return merchantInvalid({ [section]: ["Invalid parameters (a sandbox fault)"] });
}

/** The contract's 503 with `Retry-After`: the service is busy and says when to come back. */
function busyResponse(contract: Contract): Response {
  const response =
    contract === "hive"
      ? hiveFault(503, 503, "Service unavailable")
      : contract === "merchant"
        ? merchantError(503, "Service Unavailable", "The server is busy; try again later.")
        : storeError(503, 1000, "Service unavailable");
  response.headers.set("Retry-After", String(RETRY_AFTER_S));
  return response;
}

/** Settles after `ms`, or at once when `signal` aborts; the timer never keeps Node alive. */
function hold(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((done) => {
    const timer = setTimeout(done, ms);
    timer.unref?.();
    signal?.addEventListener("abort", () => {
      clearTimeout(timer);
      done();
    });
  });
}

function errorResponse(contract: Contract, section: ApiSection, status: 500 | 404): Response {
  if (contract === "hive")
    return status === 500
      ? hiveFault(500, 500, "Internal server error")
      : hiveFault(404, 404, "Not found");
  if (contract === "merchant") {
    return status === 500
      ? merchantError(500, "Internal Server Error", "The server could not complete the request.")
      : merchantError(404, "Not Found", "The requested resource does not exist.");
  }
  if (status === 500) return storeError(500, 1000, "Internal server error");
  if (section === "rewards" || section === "reward_balance" || section === "contributors")
    return storeError(404, 9911, "Reward chain not found.");
  return section === "groups" || section === "items"
    ? storeError(404, 4403, "Item group not found")
    : storeError(404, 4001, "Not found");
}

function json(body: unknown): Response {
  return new Response(JSON.stringify(body), { headers: { "Content-Type": "application/json" } });
}

/**
 * Answers a request under a fault. Faults that replace a body let the request run first, so
 * a request the service would refuse (bad auth, missing parameter) is still refused.
 */
export async function answerWithFault(
  kind: FaultKind,
  target: { contract: Contract; section: ApiSection },
  next: () => Promise<Response>,
  transport: FaultTransport,
): Promise<Response> {
  const { contract, section } = target;
  // Only Hive reports failures inside a 200; elsewhere `hive` is the contract's own 500.
  if (kind === "hive")
    return contract === "hive"
      ? hiveFault(200, HIVE_FAULT_RESULT.result_code, HIVE_FAULT_RESULT.result_message)
      : errorResponse(contract, section, 500);
  if (kind === "500" || kind === "404")
    return errorResponse(contract, section, Number(kind) as 500 | 404);
  if (kind === "422") return invalidResponse(contract, section);
  if (kind === "503") return busyResponse(contract);
  if (kind === "slow" || kind === "timeout") {
    await hold(kind === "slow" ? transport.slowMs : transport.holdMs, transport.gone);
    return next();
  }
  if (kind === "drop") {
    transport.drop?.();
    // Never delivered when the socket is gone; without one (app.request() in unit tests) it
    // is what a proxy in front of a dropped connection would answer.
    return new Response(null, { status: 502 });
  }
  const real = await next();
  if (!real.ok) return real;
  if (kind === "empty") return json(EMPTY[contract][section]);
  if (kind === "wrongshape") return json(WRONG_SHAPE[contract][section]);
  // malformed: the real answer cut in half. A proper prefix of a JSON object or array is
  // never valid JSON, so this is what a dropped connection mid-body looks like.
  const text = await real.text();
  return new Response(text.slice(0, Math.max(1, Math.floor(text.length / 2))), {
    status: 200,
    headers: { "Content-Type": "application/json" },
  });
}
