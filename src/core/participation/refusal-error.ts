// Acting against a participation rule. Refusing to confirm an e-mail address stays the existing
// verify-first page (VerifyFirstError, core/auth/verify-first.ts); every other reason is a page
// (error-handler.tsx, RuleRefusedPage) that says what is missing and the way to meet it.
import { VerifyFirstError, HttpError } from "../http/errors";
import type { RuleExplanation } from "./explain";

export class RuleRefusedError extends HttpError {
  constructor(readonly explanation: RuleExplanation) {
    super(403, "participation.refusal.title");
  }
}

/**
 * Throws unless the explained rule is met. `verifyFirstKey` is the sentence of the verify-first
 * page ("Bevestig eerst uw e-mailadres. Daarna kunt u steunen.").
 */
export function requireRule(explanation: RuleExplanation, verifyFirstKey: string): void {
  const { check } = explanation;
  if (check.ok) return;
  if (check.reason === "login") throw new HttpError(401, "errors.loginRequired");
  if (check.reason === "confirm-email") throw new VerifyFirstError(explanation.returnTo, verifyFirstKey);
  throw new RuleRefusedError(explanation);
}
