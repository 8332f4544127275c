// Who may answer a survey, as one pure rule that the answer routes (still to be built) will ask.
// THE SEAM for the participation rules of the identity issue (branch h10-rules): until they land,
// answering needs an account with a confirmed e-mail address (core/auth/verify-first.ts turns the
// "verify" refusal into its page). Replace the `emailVerified` line with the participation rule set;
// the survey-open check stays here.
import type { CurrentUser } from "../../core/auth/sessions";
import { surveyOpen } from "./domain/timeline";

export type AnswerVerdict = { ok: true } | { ok: false; reason: "login" | "verify-email" | "other-site" | "closed" };

export function canAnswer(
  user: CurrentUser | null,
  survey: { siteId: number; published: boolean; closesOn: string },
  now: Date,
): AnswerVerdict {
  if (!surveyOpen(survey, now)) return { ok: false, reason: "closed" };
  if (!user) return { ok: false, reason: "login" };
  if (user.siteId !== survey.siteId) return { ok: false, reason: "other-site" };
  if (!user.emailVerified) return { ok: false, reason: "verify-email" };
  return { ok: true };
}
