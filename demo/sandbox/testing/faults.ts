/**
 * Fault injection for tests, chosen per request by a path prefix so that it needs no state
 * and parallel tests cannot disturb each other: `/faults/plans=500,promotion=malformed/game/...`.
 * Besides the catalog's reads, `friends` is the game server's friend list (`/game/friends`) and
 * `token` its token endpoint (`/game/token`); `token=422` answers the Merchant API's 422 with
 * `property_errors`, as a refused gift is answered. The invite codes' four calls (the game
 * server's `/game/invites/ua/inviteCode/…` and Hive's own `/hive/ua/inviteCode/…`) are
 * `invites_campaign`, `invites_code` (getCode), `invites_redeem` (companion) and
 * `invites_progress`; besides the common kinds they take `hive`: HTTP 200 with `result_code`
 * 5001 and a `result_message`, as Hive reports its own failures.
 * The kinds of a flaky network: `503` (with `Retry-After: 1`), `timeout` (no answer until the
 * client gives up), `drop` (the connection closed without an answer), `malformed` (a 200 whose
 * JSON is cut off) and `wrongshape` (a 200 of valid JSON in the wrong shape).
 * This module parses the prefix and tells which section of which contract a path belongs to;
 * fault-responses.ts makes the faulty answers.
 */

export const FAULT_SECTIONS = [
  "groups",
  "items",
  "packages",
  "plans",
  "promotion",
  "friends",
  "token",
  "rewards",
  "reward_balance",
  "contributors",
  "invites_campaign",
  "invites_code",
  "invites_redeem",
  "invites_progress",
  "all",
] as const;
export const FAULT_KINDS = [
  "500",
  "503",
  "timeout",
  "drop",
  "404",
  "422",
  "malformed",
  "wrongshape",
  "empty",
  "slow",
  "hive",
] as const;

/**
 * The catalog's reads, which `all` stands for. The game server's friend list (`friends`) and
 * token endpoint (`token`) fail only when named, so a catalog fault leaves buying alone.
 */
const CATALOG_SECTIONS: readonly ApiSection[] = [
  "groups",
  "items",
  "packages",
  "plans",
  "promotion",
];

export type FaultSection = (typeof FAULT_SECTIONS)[number];
export type ApiSection = Exclude<FaultSection, "all">;
export type FaultKind = (typeof FAULT_KINDS)[number];
export interface FaultSpec extends Partial<Record<FaultSection, FaultKind>> {
  /** `reward_balance_{id}`: the fault of one reward chain's balance, by chain id. */
  chainBalance?: Record<number, FaultKind>;
}

/** Where a path belongs, and for a reward chain's balance, which chain's. */
export interface FaultTarget {
  contract: Contract;
  section: ApiSection;
  chainId?: number;
}

const ONE_CHAIN_BALANCE = /^reward_balance_(\d{1,10})$/;

/** The error and list shapes differ per contract; the subscriptions API has its own lists. */
export type Contract = "merchant" | "store" | "subscriptions" | "hive";

export type ParsedSpec = { ok: true; faults: FaultSpec } | { ok: false; error: string };

const isSection = (value: string): value is FaultSection =>
  (FAULT_SECTIONS as readonly string[]).includes(value);
const isKind = (value: string): value is FaultKind =>
  (FAULT_KINDS as readonly string[]).includes(value);

/** Parses `section=kind,section=kind`. Each section may appear once. */
export function parseFaultSpec(spec: string): ParsedSpec {
  const faults: FaultSpec = {};
  if (spec.trim() === "") return { ok: false, error: "the fault spec is empty" };
  for (const part of spec.split(",")) {
    const [section = "", kind = "", ...rest] = part.trim().split("=");
    if (rest.length > 0 || !kind) return { ok: false, error: `"${part}" is not section=kind` };
    const chain = ONE_CHAIN_BALANCE.exec(section)?.[1];
    if (chain === undefined && !isSection(section)) {
      return {
        ok: false,
        error: `unknown section "${section}" (one of ${FAULT_SECTIONS.join(", ")}, reward_balance_{id})`,
      };
    }
    if (!isKind(kind))
      return { ok: false, error: `unknown fault "${kind}" (one of ${FAULT_KINDS.join(", ")})` };
    const twice = { ok: false, error: `section "${section}" is given twice` } as const;
    if (chain !== undefined) {
      const balances = faults.chainBalance ?? {};
      if (balances[Number(chain)]) return twice;
      balances[Number(chain)] = kind;
      faults.chainBalance = balances;
    } else if (isSection(section)) {
      if (faults[section]) return twice;
      faults[section] = kind;
    }
  }
  return { ok: true, faults };
}

/** Splits `/faults/{spec}/rest` into the spec and `/rest`; null when there is no such prefix. */
export function splitFaultPrefix(pathname: string): { spec: string; path: string } | null {
  const match = /^\/faults\/([^/]+)(\/.*)$/.exec(pathname);
  if (!match?.[1] || !match[2]) return null;
  try {
    return { spec: decodeURIComponent(match[1]), path: match[2] };
  } catch {
    return { spec: match[1], path: match[2] };
  }
}

const MERCHANT_SECTIONS: Record<string, ApiSection> = {
  "virtual_items/groups": "groups",
  "virtual_items/items": "items",
  virtual_currency: "packages",
  subscriptions: "plans",
  bonus: "promotion",
};

/**
 * The reward-chain paths of the Store API and of the game server (which proxies the same paths
 * and answers in the Store's shapes).
 */
function classifyRewardPath(path: string): FaultTarget | null {
  const rest = /^\/(?:store\/api|game)\/v2\/project\/[^/]+\/user\/(.+?)\/?$/.exec(path)?.[1];
  if (rest === undefined) return null;
  if (rest === "reward_chain") return { contract: "store", section: "rewards" };
  const balance = /^reward_chain\/(\d{1,10})\/balance$/.exec(rest)?.[1];
  if (balance) return { contract: "store", section: "reward_balance", chainId: Number(balance) };
  if (/^clan\/contributors\/[^/]+\/top$/.test(rest))
    return { contract: "store", section: "contributors" };
  return null;
}

const INVITE_SECTIONS: Record<string, ApiSection> = {
  campaign: "invites_campaign",
  getCode: "invites_code",
  companion: "invites_redeem",
  progress: "invites_progress",
};

/** Which contract and section a (prefix-free) API path belongs to; null for anything else. */
export function classifyPath(path: string): FaultTarget | null {
  const rewards = classifyRewardPath(path);
  if (rewards) return rewards;
  const invite = /^\/(?:game\/invites|hive)\/ua\/inviteCode\/([A-Za-z]+)\/?$/.exec(path)?.[1];
  const inviteSection = invite ? INVITE_SECTIONS[invite] : undefined;
  if (inviteSection) return { contract: "hive", section: inviteSection };
  const merchant = /^\/(?:game|vendor)\/merchant\/v2\/projects\/[^/]+\/storefront\/(.+?)\/?$/.exec(
    path,
  );
  const merchantSection = merchant?.[1] ? MERCHANT_SECTIONS[merchant[1]] : undefined;
  if (merchantSection) return { contract: "merchant", section: merchantSection };
  const store = /^\/store\/api\/v2\/project\/[^/]+\/items\/(.+?)\/?$/.exec(path)?.[1];
  if (store === "groups") return { contract: "store", section: "groups" };
  if (store?.startsWith("virtual_items/group/")) return { contract: "store", section: "items" };
  if (store === "virtual_currency/package") return { contract: "store", section: "packages" };
  if (path === "/game/friends") return { contract: "merchant", section: "friends" };
  if (path === "/game/token") return { contract: "merchant", section: "token" };
  if (/^\/subscriptions\/api\/public\/v1\/projects\/[^/]+\/user_plans\/?$/.test(path)) {
    return { contract: "subscriptions", section: "plans" };
  }
  return null;
}

/**
 * The fault for a section: its own entry wins over `all`, which covers the catalog's reads;
 * for a reward chain's balance, that chain's own entry wins over `reward_balance`.
 */
export function faultFor(
  faults: FaultSpec,
  section: ApiSection,
  chainId?: number,
): FaultKind | undefined {
  const own = chainId === undefined ? undefined : faults.chainBalance?.[chainId];
  return own ?? faults[section] ?? (CATALOG_SECTIONS.includes(section) ? faults.all : undefined);
}
