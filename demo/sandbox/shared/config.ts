/**
 * Constants the emulated services share: credentials, project ids, exchange rates and the
 * supported languages. The sandbox has no configuration file; these are its configuration.
 */

/** The merchant the emulated Merchant API knows, and its API key (HTTP Basic credentials). */
export const MERCHANT_ID = "60210";
export const MERCHANT_API_KEY = "sandbox-merchant-api-key-0a1b2c3d";

/** The demo store, served by both contracts. */
export const DEMO_PROJECT_ID = 44056;
/** A store with one group of 5,000 generated items, for benchmarks. */
export const BENCH_PROJECT_ID = 5000;

/**
 * The player a visitor without a game-server session is signed in as, and whom a Store bearer
 * token of no known form stands for.
 */
export const DEMO_USER_ID = "demo-player-1";

export interface DemoPlayer {
  id: string;
  name: string;
  email: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
}

/**
 * The studio's demo players: the game server's accounts and, with the same ids, the users the
 * emulated Xsolla Login knows. A Store bearer token `<id>-token` is that player's token.
 */
export const DEMO_PLAYERS: readonly DemoPlayer[] = [
  { id: DEMO_USER_ID, name: "Aria", email: "aria@aetherfall.example", country: "US" },
  { id: "demo-player-2", name: "Bram", email: "bram@aetherfall.example", country: "DE" },
  { id: "demo-player-3", name: "Chen", email: "chen@aetherfall.example", country: "CN" },
];

/**
 * Throwaway players for browser tests: `test-` and up to 40 more letters, digits or dashes.
 * Each starts with nothing, so tests that buy, claim and count never share a player's state.
 */
const TEST_PLAYER_ID = /^test-[\w-]{1,40}$/;

/**
 * The demo player or test player with this id; undefined for anyone else. The game server
 * signs them in and the emulated Xsolla Login and wallet know them, as they know the demo players.
 */
export function findPlayer(id: unknown): DemoPlayer | undefined {
  const demo = DEMO_PLAYERS.find((player) => player.id === id);
  if (demo || typeof id !== "string" || !TEST_PLAYER_ID.test(id)) return demo;
  return { id, name: "Test Player", email: `${id}@test.example`, country: "US" };
}

/** The demo player's gold when the sandbox starts; every other player starts with none. */
export const DEMO_USER_START_BALANCE = 1000;

/**
 * The project's secret key (Publisher Account, project settings): Xsolla signs the webhooks it
 * sends with it, and the game server checks them with it (seed 004; CONTRACTS.md section 4).
 */
export const PROJECT_SECRET_KEY = "sandbox-project-secret-key-7f3e9a21";

/**
 * The project's webhook URL setting: the game server's listener. The emulated vendor delivers
 * in-process, so the host and port do not matter; the path does.
 */
export const PROJECT_WEBHOOK_URL = "http://127.0.0.1/game/webhooks/xsolla";

/** How long the running promotion lasts, counted from the moment the sandbox starts. */
export const PROMOTION_LENGTH_MS = 3 * 24 * 60 * 60 * 1000 + 5 * 60 * 60 * 1000;

/** The delay of the `slow` fault. */
export const SLOW_FAULT_MS = 1500;

export interface CurrencyRule {
  /** Units of this currency per US dollar. */
  rate: number;
  /** Digits after the decimal point. */
  decimals: number;
  /** Prices are rounded to a multiple of this, in major units (store price points). */
  step: number;
}

/** Prices are kept in USD and converted at these fixed rates. */
export const CURRENCIES: Readonly<Record<string, CurrencyRule>> = {
  USD: { rate: 1, decimals: 2, step: 0.01 },
  EUR: { rate: 0.92, decimals: 2, step: 0.01 },
  GBP: { rate: 0.79, decimals: 2, step: 0.01 },
  JPY: { rate: 150, decimals: 0, step: 10 },
  CNY: { rate: 7.2, decimals: 2, step: 0.1 },
  KRW: { rate: 1350, decimals: 0, step: 100 },
};

/** The Store API has no currency parameter: it prices by country. */
export const COUNTRY_CURRENCY: Readonly<Record<string, string>> = {
  US: "USD",
  DE: "EUR",
  FR: "EUR",
  ES: "EUR",
  IT: "EUR",
  NL: "EUR",
  GB: "GBP",
  JP: "JPY",
  CN: "CNY",
  KR: "KRW",
};

export const LANGUAGES = ["en", "zh", "ja", "ko"] as const;
export type Language = (typeof LANGUAGES)[number];
