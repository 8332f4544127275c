// What the participation rules know about a person: their verification level and, when verified
// as a resident, the postcode and date of birth that verification gave. This is the ONE place that
// reads the account's verification columns (identity_verified_at, verified_postcode,
// verified_birthdate, verified_area_id); sign-in through a provider and letter codes both write those columns, so
// every rule works the same whichever way a person was verified.
import { type VerificationLevel, verificationLevel } from "./verification-level";

export interface Participant {
  level: VerificationLevel;
  /** Only from a verification (provider claim or letter); a typed-in postcode is no proof. */
  verifiedPostcode: string | null;
  verifiedBirthdate: string | null; // YYYY-MM-DD
  /** The area a letter code was sent to (a buurt need not have postcode ranges); providers give none. */
  verifiedAreaId?: number | null;
}

/** The account columns the rules read (a users row, or the session's copy of them). */
export interface VerificationColumns {
  email_verified_at: string | null;
  identity_verified_at: string | null;
  verified_postcode: string | null;
  verified_birthdate: string | null;
  verified_area_id: number | null;
}

export function participantOf(account: VerificationColumns): Participant {
  const level = verificationLevel(account);
  // Claims only count while the account is verified as a person.
  const verified = level === "identity";
  return {
    level,
    verifiedPostcode: verified ? account.verified_postcode : null,
    verifiedBirthdate: verified ? account.verified_birthdate : null,
    verifiedAreaId: verified ? account.verified_area_id : null,
  };
}

/** Whether a contribution made now comes from a verified resident (stored with it, for counts). */
export const verifiedResident = (user: { participant: Participant }): boolean => user.participant.level === "identity";
