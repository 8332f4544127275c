// One-time voting codes sent by letter. Alphabet, length, generation and normalisation are core's
// (core/codes/one-time-codes.ts), shared with the letter codes that verify a resident.
// Stored as the plain SHA-256 of the normalised code, as since the first batch: a keyed hash
// would no longer match the codes already printed on letters. With 2^59 codes and the rate limit,
// a leaked hash is still not worth guessing.
import crypto from "node:crypto";
import { newCodes } from "../../../core/codes/one-time-codes";

export {
  CODE_ALPHABET,
  CODE_LENGTH,
  formatCode,
  newCode as newVotingCode,
  normalizeCode,
} from "../../../core/codes/one-time-codes";

export const MAX_CODES_PER_BATCH = 100_000;

export const hashCode = (code: string): string => crypto.createHash("sha256").update(code).digest("hex");

export const newVotingCodes = (count: number): string[] => newCodes(count);
