// How well Inspraak knows who is behind an account: the base of every participation rule.
// - "none": an account whose e-mail address is not confirmed;
// - "email": a confirmed address (one person may have several);
// - "identity": verified as a person by an identity provider (DigiD through a broker), or, later,
//   by a letter code sent to an address. Then postcode and date of birth come from that source.
// One pure function, so routes, views and (later) SQL filters agree.

export type VerificationLevel = "none" | "email" | "identity";

export const VERIFICATION_LEVELS: readonly VerificationLevel[] = ["none", "email", "identity"];

export interface VerifiableAccount {
  email_verified_at: string | null;
  identity_verified_at: string | null;
}

export function verificationLevel(account: VerifiableAccount): VerificationLevel {
  if (account.identity_verified_at) return "identity";
  if (account.email_verified_at) return "email";
  return "none";
}

/** True when `level` is at least `required` in the order none < email < identity. */
export const meetsLevel = (level: VerificationLevel, required: VerificationLevel): boolean =>
  VERIFICATION_LEVELS.indexOf(level) >= VERIFICATION_LEVELS.indexOf(required);
