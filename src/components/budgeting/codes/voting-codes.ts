// One-time voting codes sent by letter. 12 characters from an alphabet without look-alikes
// (no 0/O, 1/I/L) give 60 bits: with the per-IP rate limit, guessing one is hopeless. Only the
// SHA-256 of the normalised code is stored, so a leaked database holds no usable code.
import crypto from "node:crypto";

export const CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"; // 31 characters
export const CODE_LENGTH = 12;
export const MAX_CODES_PER_BATCH = 100_000;

export function newVotingCode(): string {
  let code = "";
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[crypto.randomInt(CODE_ALPHABET.length)];
  return code;
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

export const hashCode = (code: string): string => crypto.createHash("sha256").update(code).digest("hex");

/** Distinct new codes; uniqueness within a batch is checked, the database checks the rest. */
export function newVotingCodes(count: number): string[] {
  const codes = new Set<string>();
  while (codes.size < count) codes.add(newVotingCode());
  return [...codes];
}
