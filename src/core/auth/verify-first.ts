// The one rule for actions that need a confirmed e-mail address (supporting, commenting,
// proposing, voting online). A refusal is not a dead end: the page (or the inline notice where a
// form would be) says what is missing, offers "send the link again" and, after confirming, the
// link in the mail brings the person back to where they were.
import { VerifyFirstError } from "../http/errors";
import { safeLocalPath } from "../http/local-path";
import type { CurrentUser } from "./sessions";

/** Throws VerifyFirstError (403 with the verify page) unless the account's address is confirmed. */
export function requireVerifiedEmail(user: CurrentUser, returnTo: string, reasonKey: string): void {
  if (!user.emailVerified) throw new VerifyFirstError(safeLocalPath(returnTo), reasonKey);
}

/** Where the verification link leads: the confirm page, carrying a local return path if any. */
export function verifyLinkPrefix(returnTo: string | null): string {
  const back = returnTo ? safeLocalPath(returnTo, "") : "";
  return back ? `/account/bevestigen?terug=${encodeURIComponent(back)}&token=` : "/account/bevestigen?token=";
}
