/**
 * The emulated Hive's invite codes: one per campaign per player, the same every time and in
 * every sandbox run, so a test can compute a player's code as well as ask for it. A code is the
 * first 8 characters of SHA-256(`{campaign id}:{player id}`) written in A–Z and 0–9 (each byte
 * modulo 36), like the seed's "ESOJ0TOC".
 */
import { createHash } from "node:crypto";

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
export const INVITE_CODE_LENGTH = 8;

export function inviteCodeOf(campaignId: string | number, playerId: string): string {
  const digest = createHash("sha256").update(`${campaignId}:${playerId}`).digest();
  let code = "";
  for (const byte of digest.subarray(0, INVITE_CODE_LENGTH)) code += ALPHABET[byte % 36];
  return code;
}

/** A code as players type it: trimmed, upper case. */
export function normaliseInviteCode(code: string): string {
  return code.trim().toUpperCase();
}
