// Who may vote in a poll. THE ONE call into answer-rules.ts (the seam for the consultation's
// participation rule): a poll is treated as a survey that is open while the poll is published and
// not closed. When answer-rules.ts takes the consultation's rule, change this call only.
import type { CurrentUser } from "../../../core/auth/sessions";
import { type AnswerVerdict, canAnswer } from "../answer-rules";

export interface PollForRule {
  siteId: number;
  published: boolean;
  closed: boolean;
  consultationId: number;
}

/** A day far enough ahead that only `closed` and `published` decide whether the poll is open. */
const OPEN_END = "9999-12-31";

export function mayVote(user: CurrentUser | null, poll: PollForRule, now: Date): AnswerVerdict {
  return canAnswer(user, { siteId: poll.siteId, published: poll.published && !poll.closed, closesOn: OPEN_END }, now);
}
