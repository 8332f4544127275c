// Everything one visitor's view of a poll needs, loaded in one place for the consultation page and
// the home page.
import type { CurrentUser } from "../../../core/auth/sessions";
import type { Executor } from "../../../core/db/database";
import type { PollView } from "./poll-block";
import { pollResults, resultsVisible } from "./poll-results";
import { ownVote, type Poll, voteCounts } from "./store";
import type { ConsultationAnswerRule } from "../answer-rules";
import { mayVote } from "../answer-rules";

export async function pollView(
  db: Executor,
  poll: Poll,
  user: CurrentUser | null,
  now: Date,
  rule: ConsultationAnswerRule,
): Promise<PollView> {
  const closed = poll.closed_at !== null;
  const own = user ? await ownVote(db, poll.id, user.id) : null;
  const verdict = mayVote(rule, user, { siteId: poll.site_id, published: poll.published === 1, closed }, now);
  const visible = resultsVisible({ results: poll.results, closed }, own !== null);
  const results = visible ? pollResults(poll.choices, await voteCounts(db, poll.id)) : null;
  return { poll, verdict, own, results };
}
