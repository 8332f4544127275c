// Who may answer a consultation's surveys and vote in its polls: THE one place that decides.
// A consultation has one participation rule (core/participation, action "answer"), set by staff at
// /admin/raadplegingen/{id}/deelname. Without a stored rule it asks a confirmed e-mail address, or
// nothing when the consultation allows anonymous answers. Visitors without an account may answer
// only when the consultation allows it and its rule asks no more than "anyone"; a rule that asks
// more (an address, a verified resident, an area, an age) always needs an account.
// Answer codes are the exception staff make on purpose: a survey with codes accepts them while it
// is open, and whoever entered a valid one may answer with it whatever the rule. The code came by
// letter to an address staff chose, as budgeting's voting codes do; one response per code.
import type { CurrentUser } from "../../core/auth/sessions";
import type { Site } from "../../core/db/types";
import { explainRule, type RuleExplanation } from "../../core/participation/explain";
import { requireRule } from "../../core/participation/refusal-error";
import { EMAIL_RULE, normalizeRule, OPEN_RULE, type ParticipationRule } from "../../core/participation/rule";
import { loadRule } from "../../core/participation/store";
import type { Services } from "../../core/services";
import { surveyOpen } from "./domain/timeline";

export const ANSWER_ACTION = "answer";
export const answerActionKey = (action: string) => `participation.action.consultations.${action}`;
export const VERIFY_FIRST_KEY = "consultations.errors.verifyFirstAnswer";

/** The default rule of a consultation without a stored one. */
export const answerRuleDefaults = (consultation: {
  anonymous_answers: number;
}): Record<"answer", ParticipationRule> => ({
  answer: consultation.anonymous_answers === 1 ? OPEN_RULE : EMAIL_RULE,
});

/** A consultation's rule, explained for this visitor, and whether visitors without an account are welcome. */
export interface ConsultationAnswerRule {
  explanation: RuleExplanation;
  anonymousWelcome: boolean;
}

export async function consultationAnswerRule(
  services: Services,
  site: Site,
  user: CurrentUser | null,
  consultation: { id: number; anonymous_answers: number },
  returnTo: string,
): Promise<ConsultationAnswerRule> {
  const key = { siteId: site.id, component: "consultations", processId: consultation.id };
  const stored = await loadRule(services.db.kysely, key, ANSWER_ACTION, answerRuleDefaults(consultation).answer);
  const explanation = await explainRule(services, site, user, stored, answerActionKey(ANSWER_ACTION), returnTo);
  const open = normalizeRule(stored.rule).level === "none" && normalizeRule(stored.rule).areaIds.length === 0;
  return { explanation, anonymousWelcome: consultation.anonymous_answers === 1 && open };
}

export type AnswerVerdict =
  | { ok: true; as: "account" | "anonymous" | "code" }
  | { ok: false; reason: "closed" | "other-site" | "rule" };

/**
 * Whether this visitor (null: no account) may answer `item` (a survey, or a poll) of a
 * consultation with `rule`, at `now`. Pure: the rule's check was made for this visitor already.
 * `codeHolder`: this browser entered a valid answer code of the survey (its response exists).
 */
export function mayAnswer(
  rule: ConsultationAnswerRule,
  user: CurrentUser | null,
  item: { siteId: number; published: boolean; closesOn: string },
  now: Date,
  codeHolder = false,
): AnswerVerdict {
  if (!surveyOpen(item, now)) return { ok: false, reason: "closed" };
  if (codeHolder) return { ok: true, as: "code" };
  if (!user) return rule.anonymousWelcome ? { ok: true, as: "anonymous" } : { ok: false, reason: "rule" };
  if (user.siteId !== item.siteId) return { ok: false, reason: "other-site" };
  return rule.explanation.check.ok ? { ok: true, as: "account" } : { ok: false, reason: "rule" };
}

/** Throws the page that explains a refusal by the rule (log in, confirm, verify, area, age). */
export function refuseByRule(rule: ConsultationAnswerRule): never {
  requireRule(rule.explanation, VERIFY_FIRST_KEY);
  // requireRule returns only when the check passed, which mayAnswer does not call a refusal.
  throw new Error("refuseByRule called for a visitor who meets the rule");
}

/**
 * Whether the survey takes answer codes now: it has codes (staff made some) and is open. Checked
 * before a code is tested, so a closed survey says so instead of calling every code wrong.
 */
export function mayEnterCode(
  item: { published: boolean; closesOn: string },
  hasCodes: boolean,
  now: Date,
): { ok: true } | { ok: false; reason: "no-codes" | "closed" } {
  if (!hasCodes) return { ok: false, reason: "no-codes" };
  return surveyOpen(item, now) ? { ok: true } : { ok: false, reason: "closed" };
}

export interface PollForRule {
  siteId: number;
  published: boolean;
  closed: boolean;
}

export type PollVerdict = { ok: true } | { ok: false; reason: "closed" | "other-site" | "rule" | "login" };

/** A day far enough ahead that only `closed` and `published` decide whether a poll is open. */
const OPEN_END = "9999-12-31";

/**
 * Whether this visitor may vote in a poll of a consultation with `rule`: as for its surveys, with
 * the poll open while published and not closed. A poll vote is one per account, so a visitor
 * without one is asked to log in even where the consultation takes anonymous survey answers.
 */
export function mayVote(
  rule: ConsultationAnswerRule,
  user: CurrentUser | null,
  poll: PollForRule,
  now: Date,
): PollVerdict {
  const item = { siteId: poll.siteId, published: poll.published && !poll.closed, closesOn: OPEN_END };
  const verdict = mayAnswer({ ...rule, anonymousWelcome: false }, user, item, now);
  if (verdict.ok) return { ok: true };
  if (verdict.reason === "rule" && !user) return { ok: false, reason: "login" };
  return verdict;
}
