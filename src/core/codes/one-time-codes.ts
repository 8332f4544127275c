// One-time codes sent by letter: budgeting's voting codes and the letter codes that verify a
// resident (identity/letters). 12 characters from an alphabet without look-alikes (no 0/O, 1/I/L)
// give 31^12 ≈ 2^59 possibilities: with the per-IP and per-account rate limits (code-attempts.ts),
// guessing one is hopeless. Codes are made with the operating system's random source and are
// printed in groups of four; what a resident types is normalised before it is hashed.
import crypto from "node:crypto";

export const CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"; // 31 characters
export const CODE_LENGTH = 12;

export function newCode(): string {
  let code = "";
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[crypto.randomInt(CODE_ALPHABET.length)];
  return code;
}

/** Distinct new codes; uniqueness within a batch is checked, the database checks the rest. */
export function newCodes(count: number): string[] {
  const codes = new Set<string>();
  while (codes.size < count) codes.add(newCode());
  return [...codes];
}

/** Printed in groups of four for the letter: ABCD-EFGH-JKMN. */
export const formatCode = (code: string): string => code.match(/.{1,4}/g)!.join("-");

/** What a resident types may hold spaces, dashes or lower case; null when it cannot be a code. */
export function normalizeCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, "");
  if (code.length !== CODE_LENGTH) return null;
  for (const ch of code) if (!CODE_ALPHABET.includes(ch)) return null;
  return code;
}

/**
 * The stored form of a code: an HMAC keyed with the installation's secret and a purpose, so a
 * leaked database (or backup) holds no usable code and cannot be checked against guesses offline.
 * The purpose keeps the codes of different uses apart.
 */
export function keyedCodeHash(secret: string, purpose: string, code: string): string {
  return crypto.createHmac("sha256", `inspraak-code:${purpose}:${secret}`).update(code).digest("hex");
}
