// Who may vote in a poll: the consultation's participation rule, through answer-rules.ts (THE one
// place that decides), for a poll treated as an item that is open while it is published and not
// closed. A poll vote is one per account, so visitors without one are asked to log in even where
// the consultation lets them answer its surveys anonymously.
import type { CurrentUser } from "../../../core/auth/sessions";
import type { Site } from "../../../core/db/types";
import type { Services } from "../../../core/services";
import { type ConsultationAnswerRule, consultationAnswerRule, mayAnswer } from "../answer-rules";

export interface PollForRule {
  siteId: number;
  published: boolean;
  closed: boolean;
}

export type PollVerdict = { ok: true } | { ok: false; reason: "closed" | "other-site" | "rule" | "login" };

/** A day far enough ahead that only `closed` and `published` decide whether the poll is open. */
const OPEN_END = "9999-12-31";

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

/** The consultation's rule for this visitor, as mayVote needs it. */
export function pollRule(
  services: Services,
  site: Site,
  user: CurrentUser | null,
  consultation: { id: number; anonymous_answers: number },
  returnTo: string,
): Promise<ConsultationAnswerRule> {
  return consultationAnswerRule(services, site, user, consultation, returnTo);
}
