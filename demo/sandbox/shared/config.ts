/**
 * What the vendor and the game server both know, as a studio copies it from its Publisher
 * Account: the merchant's credentials, where the Merchant API lives, the project ids, the
 * webhook secret and URL; and the promotion's length and the supported languages. The sandbox
 * has no configuration file; these are its configuration.
 */

/** The merchant the emulated Merchant API knows, and its API key (HTTP Basic credentials). */
export const MERCHANT_ID = "60210";
export const MERCHANT_API_KEY = "sandbox-merchant-api-key-0a1b2c3d";

/**
 * Where the Merchant API lives: the emulated vendor serves it under this path, and the game
 * server sends its calls there.
 */
export const MERCHANT_BASE = "/vendor/merchant/v2";

/** The demo store, served by both contracts. */
export const DEMO_PROJECT_ID = 44056;
/** A store with one group of 5,000 generated items, for benchmarks. */
export const BENCH_PROJECT_ID = 5000;

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

export const LANGUAGES = ["en", "zh", "ja", "ko"] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * Hive (seed 003; CONTRACTS.md section 5): where the emulated promotion API lives (the real one
 * is https://sandbox-promotion.qpyou.cn), the game's number, its game server's id, and the Hive
 * certification key (Hive Console > App Center > the game > basic information), which the game
 * server sends as `Authorization: Bearer <key>` and which never reaches a browser.
 */
export const HIVE_BASE = "/hive";
export const HIVE_GAMEINDEX = 539;
export const HIVE_SERVER_ID = "global";
export const HIVE_CERTIFICATION_KEY = "sandbox-hive-certification-key-5c8d41e0";
