/**
 * The sandbox test cards (seed 002 ~lines 718-745) and what paying with each does. Any other
 * number is refused as invalid, before a payment starts.
 */
import type { CardResult } from "./paystation-tokens";

export interface TestCard {
  number: string;
  brand: "VISA" | "MasterCard" | "Maestro";
  expiry: string;
  cvv: string;
  threeDSecure: boolean;
  result: CardResult;
}

const card = (
  number: string,
  brand: TestCard["brand"],
  expiry: string,
  cvv: string,
  threeDSecure: boolean,
  result: CardResult,
): TestCard => ({ number, brand, expiry, cvv, threeDSecure, result });

export const TEST_CARDS: readonly TestCard[] = [
  card("4111111111111111", "VISA", "12/20", "123", false, "success"),
  card("5555555555554444", "MasterCard", "11/19", "321", false, "success"),
  card("4000000000000010", "VISA", "12/20", "123", true, "success"),
  card("5200000000000114", "MasterCard", "11/19", "321", true, "success"),
  card("6759649826438453", "Maestro", "12/25", "321", true, "success"),
  card("4000000000000002", "VISA", "12/20", "123", false, "insufficient_funds"),
  card("5200000000000007", "MasterCard", "11/19", "321", false, "insufficient_funds"),
  card("4000000000000036", "VISA", "12/20", "123", true, "declined"),
  card("5200000000000031", "MasterCard", "11/19", "321", true, "declined"),
];

/** The reason a failed payment shows, per card result. */
export const FAILURE_REASONS: Readonly<Record<Exclude<CardResult, "success">, string>> = {
  insufficient_funds: "Insufficient funds",
  declined: "Declined",
};

/** Digits only: people type card numbers with spaces or dashes. */
export function normalizeCardNumber(number: string): string {
  return number.replace(/[\s-]/g, "");
}

export function findTestCard(number: string): TestCard | undefined {
  const digits = normalizeCardNumber(number);
  return TEST_CARDS.find((candidate) => candidate.number === digits);
}
