// Answer codes: one-time codes that staff print for a survey, so residents without an account can
// answer it once each (docs/consultations.md, "Answer codes"). Alphabet, generation, normalising
// and the keyed hash are core's (core/codes/one-time-codes.ts), shared with budgeting's voting
// codes and the letter codes; the purpose keeps an answer code from matching any other kind.
import { keyedCodeHash } from "../../../core/codes/one-time-codes";

export const ANSWER_CODE_PURPOSE = "survey-answer";

/** Codes per batch: a district's letters; more is a mistake in the form. */
export const MAX_ANSWER_CODES = 20_000;
/** A printable page per code is for a neighbourhood, not a city: more goes as CSV to a printer. */
export const MAX_PRINTED_CODES = 1_000;

export const answerCodeHash = (secret: string, code: string): string =>
  keyedCodeHash(secret, ANSWER_CODE_PURPOSE, code);

/** The one message for a code that is malformed, unknown or another survey's: guessers learn nothing. */
export const CODE_REFUSED = "consultations.codes.refused";
