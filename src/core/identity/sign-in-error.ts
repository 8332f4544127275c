// Why a sign-in through a provider did not work. Each reason is one page a person understands
// (locales: identity.failed.<reason>) and one log line without tokens; nothing is created.
export type SignInFailure =
  | "cancelled" // the person stopped at the provider (error=access_denied)
  | "state" // no sign-in under way for this browser: wrong, replayed or expired state
  | "code" // the provider refused the code (expired or already used)
  | "assurance" // the assurance level reached is lower than required
  | "unreachable" // the provider did not answer in time, or not at all
  | "misconfigured" // discovery or client authentication failed: the site's configuration is wrong
  | "invalid" // the answer did not pass validation (issuer, audience, expiry, signature, nonce)
  | "providerError" // the provider reported another error
  | "unknownProvider" // no such provider on this site
  | "takenByOther" // linking: this identity belongs to another account of the site
  | "otherIdentity"; // linking: the account already has another identity at this provider

export const SIGN_IN_FAILURE_STATUS: Record<SignInFailure, number> = {
  cancelled: 400,
  state: 400,
  code: 400,
  assurance: 403,
  unreachable: 502,
  misconfigured: 502,
  invalid: 502,
  providerError: 502,
  unknownProvider: 404,
  takenByOther: 409,
  otherIdentity: 409,
};

export class SignInError extends Error {
  constructor(
    readonly reason: SignInFailure,
    /** For the log only: never a token, code or claim value. */
    readonly detail = "",
  ) {
    super(`sign-in failed: ${reason}${detail ? ` (${detail})` : ""}`);
  }
}
