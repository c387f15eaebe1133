/**
 * The players' saved payment accounts (seed 002 ~1714-1975), in memory, one registry per
 * sandbox app. A card is saved when a player pays on the sandbox Pay Station page with "Save
 * this card" (paystation.ts); the demo player starts with the seed's Visa, so the demo's
 * one-click buy works at once. Each account remembers which test card it was made from, so a
 * charge of it succeeds or fails as paying with that card does (paystation-cards.ts). A PayPal
 * account is saved when a player pays with the page's stand-in PayPal and "Save this PayPal
 * account" (or by a test hook); charging it always succeeds.
 */
import { DEMO_USER_ID } from "../data/players";
import { DEMO_PROJECT_ID } from "../shared/config";
import { findTestCard, type TestCard } from "./paystation-cards";
import type { CardResult } from "./paystation-tokens";

/** The seed's payment system of every saved card. */
export const CARD_PAYMENT_SYSTEM = { id: 1380, name: "Credit/Debit Cards" } as const;

/**
 * The payment system of every saved PayPal account. The seed names PayPal as an account type
 * but shows no PayPal account, so this is the sandbox's choice: 24 is PayPal's payment method
 * id in the vendor's public documentation, and its name as the vendor writes it.
 */
export const PAYPAL_PAYMENT_SYSTEM = { id: 24, name: "PayPal" } as const;

/** The card the demo player has saved at sandbox start: the seed's example account. */
export const DEMO_SAVED_CARD = "4111111111111111";

export type PaymentAccountType = "card" | "paypal";

export interface PaymentAccount {
  type: PaymentAccountType;
  id: number;
  /**
   * For a card, its number masked as the seed shows it: `411111******1111`; for PayPal, the
   * account's e-mail address as given (the seed shows none).
   */
  name: string;
  paymentSystem: { id: number; name: string };
  /** What a charge's payment record names: the card's brand, or "PayPal". */
  brand: TestCard["brand"] | "PayPal";
  /** What charging the account does: the result of paying with the card it was made from. */
  result: CardResult;
}

/** The first six and last four digits, the rest as `*` (the seed's `411111******1111`). */
export function maskCardNumber(number: string): string {
  return `${number.slice(0, 6)}${"*".repeat(Math.max(0, number.length - 10))}${number.slice(-4)}`;
}

export function createPaymentAccountRegistry() {
  const accounts = new Map<string, PaymentAccount[]>();
  // The seed's account is id 1; the demo player's comes first, so it gets it.
  let lastId = 0;
  const key = (projectId: number, userId: string) => `${projectId}\u0000${userId}`;

  /**
   * Saves a test card for the player; the account they already have for the same card when
   * they save it again, as one card is one account.
   */
  function saveCard(projectId: number, userId: string, card: TestCard): PaymentAccount {
    const list = accounts.get(key(projectId, userId)) ?? [];
    const name = maskCardNumber(card.number);
    const known = list.find((account) => account.type === "card" && account.name === name);
    if (known) return known;
    lastId += 1;
    const account: PaymentAccount = {
      type: "card",
      id: lastId,
      name,
      paymentSystem: { ...CARD_PAYMENT_SYSTEM },
      brand: card.brand,
      result: card.result,
    };
    list.push(account);
    accounts.set(key(projectId, userId), list);
    return account;
  }

  /**
   * Saves a PayPal account for the player, named by its e-mail address; the account they
   * already have for the same address (in any case) when they save it again.
   */
  function savePaypal(projectId: number, userId: string, email: string): PaymentAccount {
    const list = accounts.get(key(projectId, userId)) ?? [];
    const name = email.trim();
    const known = list.find(
      (account) => account.type === "paypal" && account.name.toLowerCase() === name.toLowerCase(),
    );
    if (known) return known;
    lastId += 1;
    const account: PaymentAccount = {
      type: "paypal",
      id: lastId,
      name,
      paymentSystem: { ...PAYPAL_PAYMENT_SYSTEM },
      brand: "PayPal",
      result: "success",
    };
    list.push(account);
    accounts.set(key(projectId, userId), list);
    return account;
  }

  /** The player's accounts, oldest first. */
  function list(projectId: number, userId: string): readonly PaymentAccount[] {
    return accounts.get(key(projectId, userId)) ?? [];
  }

  /** The player's account of this type and id; undefined for anyone else's. */
  function find(projectId: number, userId: string, type: string, id: number) {
    return list(projectId, userId).find((account) => account.type === type && account.id === id);
  }

  /** Forgets the player's account; false when they have no such account. */
  function remove(projectId: number, userId: string, type: string, id: number): boolean {
    const mine = accounts.get(key(projectId, userId)) ?? [];
    const at = mine.findIndex((account) => account.type === type && account.id === id);
    if (at < 0) return false;
    mine.splice(at, 1);
    return true;
  }

  const demoCard = findTestCard(DEMO_SAVED_CARD);
  if (demoCard) saveCard(DEMO_PROJECT_ID, DEMO_USER_ID, demoCard);

  return { saveCard, savePaypal, list, find, remove };
}

export type PaymentAccountRegistry = ReturnType<typeof createPaymentAccountRegistry>;
