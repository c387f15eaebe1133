/**
 * The Pay Station tokens the emulated services have issued, in memory, one registry per
 * sandbox app. A token stands for a user, a project and one purchase; the Pay Station page
 * reads it back, and its payments are recorded on it so tests can see what was (not) paid.
 */
import { randomInt } from "node:crypto";
import { DEMO_USER_ID } from "../data/players";
import type { Clock } from "../shared/clock";
import { DEMO_PROJECT_ID } from "../shared/config";

/** A token lives 24 hours (seed 002 ~line 168). */
export const TOKEN_LIFETIME_MS = 24 * 60 * 60 * 1000;

/** The token in the seed's embed snippet (002 ~line 690): valid for ever, for a demo purchase. */
export const SEED_TOKEN = "abcdef1234567890abcdef1234567890";

/** Who issued the token: the Merchant API token call, or the Store API's payment call. */
export type TokenKind = "merchant" | "store";

/** The page a token opens: /paystation2/ for Merchant API tokens, /paystation4/ for Store ones. */
export function payStationUrl(origin: string, token: string, kind: TokenKind): string {
  const encoded = encodeURIComponent(token);
  return kind === "store"
    ? `${origin}/paystation4/?token=${encoded}`
    : `${origin}/paystation2/?access_token=${encoded}`;
}

export type UiSize = "small" | "medium" | "large";

/** Pay Station's frame sizes per `settings.ui.size` (seed 002 ~line 250). */
export const UI_SIZES: Readonly<Record<UiSize, { width: number; height: number }>> = {
  small: { width: 620, height: 630 },
  medium: { width: 740, height: 760 },
  large: { width: 820, height: 840 },
};

export interface TokenUser {
  id: string;
  name?: string;
  email?: string;
  country?: string;
}

/** A price in the project's virtual currency. */
export interface VirtualPrice {
  /** The currency's SKU, such as "gold". */
  sku: string;
  /** The currency's name in the token's language, such as "Gold". */
  name: string;
  amount: number;
}

/** One thing a token pays for, with its name and price looked up in the catalog. */
export interface PurchaseLine {
  type: "virtual_currency" | "virtual_item" | "subscription" | "checkout";
  sku: string;
  name: string;
  quantity: number;
  /** The price of the whole line, in the purchase's currency; 0 when paid in virtual currency. */
  amount: number;
  /** The whole line's price in virtual currency, for an item sold only for it. */
  virtualPrice?: VirtualPrice;
}

export interface TokenPurchase {
  description: string;
  /** The total, in `currency`. */
  amount: number;
  currency: string;
  items: PurchaseLine[];
  /** The virtual currency quantity bought (without package bonuses); null when none. */
  virtualCurrencyAmount: number | null;
  /**
   * What the player pays from their virtual currency balance instead of money, when the
   * purchase is of items sold only for virtual currency; null for a purchase paid with money.
   */
  virtualPrice: VirtualPrice | null;
}

export interface TokenGift {
  giverId: string;
  message: string;
  hideGiverFromReceiver: boolean;
  friends: GiftFriend[];
  /**
   * The friend who receives the gift: the only friend (seed 004), or the one the giver chose
   * on the Pay Station page when there are several; null until then.
   */
  receiverId: string | null;
}

export interface GiftFriend {
  id: string;
  name?: string;
  email?: string;
}

/** Who receives a token's gift; undefined for a purchase for oneself or before the choice. */
export function giftReceiver(record: Pick<TokenRecord, "gift">): GiftFriend | undefined {
  const gift = record.gift;
  return gift?.friends.find((friend) => friend.id === gift.receiverId);
}

export type CardResult = "success" | "insufficient_funds" | "declined";

interface PaymentOutcome {
  invoice: number;
  at: number;
  /** The status the payment ended in. */
  status: "done" | "troubled";
  errorReason: string | null;
}

/** One attempt to pay with a token by card, as the Pay Station page made it. */
export interface CardPaymentRecord extends PaymentOutcome {
  card: CardResult;
  brand: string;
  last4: string;
  threeDSecure: boolean;
}

/** One attempt to pay with a token from the player's virtual currency balance. */
export interface BalancePaymentRecord extends PaymentOutcome {
  virtualPrice: VirtualPrice;
}

export type PaymentRecord = CardPaymentRecord | BalancePaymentRecord;

export interface TokenRecord {
  token: string;
  kind: TokenKind;
  createdAt: number;
  /** null: never expires (the seed's token). */
  expiresAt: number | null;
  sandbox: boolean;
  projectId: number;
  user: TokenUser;
  currency: string;
  language: string;
  size: UiSize;
  purchase: TokenPurchase;
  gift: TokenGift | null;
  customParameters: Record<string, unknown>;
  returnUrl: string | null;
  externalId: string | null;
  /** The Store order the token pays, for "store" tokens. */
  orderId: number | null;
  /** The Pay Station page's delay between status steps, when the token sets one (tests). */
  stepMs: number | null;
  payments: PaymentRecord[];
}

/** The fields a token is issued with; the optional ones default to "none" and a medium UI. */
type Defaulted =
  | "size"
  | "gift"
  | "customParameters"
  | "returnUrl"
  | "externalId"
  | "orderId"
  | "stepMs";
export type NewToken = Omit<
  TokenRecord,
  "token" | "createdAt" | "expiresAt" | "payments" | Defaulted
> &
  Partial<Pick<TokenRecord, Defaulted>> & {
    /** Default: 24 hours from now. */
    expiresAt?: number | null;
  };

const TOKEN_DEFAULTS: Pick<TokenRecord, Defaulted> = {
  size: "medium",
  gift: null,
  customParameters: {},
  returnUrl: null,
  externalId: null,
  orderId: null,
  stepMs: null,
};

export type TokenLookup =
  | { state: "valid"; record: TokenRecord }
  | { state: "expired"; record: TokenRecord }
  | { state: "unknown" };

const ALPHANUMERICS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/** 32 random letters and digits, like `uV0iCEvWkUGVqWerTgbrndWePOMiLAfO`. */
export function randomToken(): string {
  let token = "";
  for (let i = 0; i < 32; i += 1) token += ALPHANUMERICS[randomInt(ALPHANUMERICS.length)];
  return token;
}

/** What the seed's token pays for: the 500 Gold package, for the demo player. */
export const SEED_PURCHASE: TokenPurchase = {
  description: "500 Gold",
  amount: 4.99,
  currency: "USD",
  items: [
    { type: "virtual_currency", sku: "gold-500", name: "500 Gold", quantity: 500, amount: 4.99 },
  ],
  virtualCurrencyAmount: 500,
  virtualPrice: null,
};

export function createTokenRegistry(clock: Clock) {
  const tokens = new Map<string, TokenRecord>();
  let lastInvoice = 100_000_000;

  function issue(fields: NewToken, token: string = randomToken()): TokenRecord {
    const createdAt = clock.now();
    const { expiresAt = createdAt + TOKEN_LIFETIME_MS, ...rest } = fields;
    const record: TokenRecord = {
      ...TOKEN_DEFAULTS,
      ...rest,
      customParameters: { ...rest.customParameters },
      token,
      createdAt,
      expiresAt,
      payments: [],
    };
    tokens.set(token, record);
    return record;
  }

  function find(token: string): TokenLookup {
    const record = tokens.get(token);
    if (!record) return { state: "unknown" };
    const expired = record.expiresAt !== null && clock.now() >= record.expiresAt;
    return { state: expired ? "expired" : "valid", record };
  }

  /** Invoice numbers as Pay Station gives them: increasing integers. */
  function nextInvoice(): number {
    lastInvoice += 1;
    return lastInvoice;
  }

  issue(
    {
      kind: "merchant",
      expiresAt: null,
      sandbox: true,
      projectId: DEMO_PROJECT_ID,
      user: { id: DEMO_USER_ID, name: "Demo Player", email: "player@example.com", country: "US" },
      currency: "USD",
      language: "en",
      purchase: SEED_PURCHASE,
    },
    SEED_TOKEN,
  );

  return { issue, find, nextInvoice };
}

export type TokenRegistry = ReturnType<typeof createTokenRegistry>;
