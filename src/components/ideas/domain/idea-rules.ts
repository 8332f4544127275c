// Where an idea stands at a moment: open, past its deadline, collecting supports, awaiting or
// overdue an answer, waiting for a reaction. Each rule is one condition (see idea-condition.ts):
// pages and commands ask it with `holds`, lists and jobs run it as SQL, and a property test
// (store/idea-rules-sql.test.ts) proves both give the same answer for any idea.
import { all, any, holds, type IdeaCondition, missing, stateIn, time } from "./idea-condition";
import { allowedFrom, type IdeaState } from "./states";

const DAY = 86_400_000;
export const NO_REACTION_DAYS = 14;

/** The N-th support forwards an open idea to the council. */
export const thresholdReached = (supportCount: number, threshold: number): boolean => supportCount >= threshold;

/** The municipality owes an answer: exactly the states the state machine allows an answer from. */
export const awaitingAnswer: IdeaCondition = stateIn(...allowedFrom("answer"));

/** Open and before its support deadline. */
export const openBeforeDeadline = (now: Date): IdeaCondition => all(stateIn("open"), time("deadline_at", ">", now));

/**
 * Open but at or past its deadline (or, which never happens after publication, without one): it is
 * expired, even if the expiry job has not run yet, and the job will make it so.
 */
export const pastDeadline = (now: Date): IdeaCondition =>
  all(stateIn("open"), any(missing("deadline_at"), time("deadline_at", "<=", now)));

/**
 * Supports count while the idea is open; past the threshold (forwarded or scheduled) too when the
 * process says so, but never after the deadline.
 */
export const collectsSupport = (now: Date, countAfterThreshold: boolean): IdeaCondition =>
  countAfterThreshold
    ? any(openBeforeDeadline(now), all(awaitingAnswer, time("deadline_at", ">", now)))
    : openBeforeDeadline(now);

/** The answer is due and not given: forwarded or scheduled, and now is after the due date. */
export const answerOverdue = (now: Date): IdeaCondition => all(awaitingAnswer, time("due_at", "<", now));

/**
 * No idea without a reaction: an open idea that has had no comment from someone else, no official
 * update and no support except its author's for 14 days since publication is flagged to officials
 * until someone reacts (the commands set `last_reaction_at` on each of those).
 */
export const needsReaction = (now: Date): IdeaCondition =>
  all(
    openBeforeDeadline(now),
    missing("last_reaction_at"),
    time("published_at", "<=", new Date(now.getTime() - NO_REACTION_DAYS * DAY)),
  );

/** The ideas whose effective state (below) is `state`, for lists filtered by state. */
export function inEffectiveState(state: IdeaState, now: Date): IdeaCondition {
  if (state === "open") return openBeforeDeadline(now);
  if (state === "expired") return any(stateIn("expired"), pastDeadline(now));
  return stateIn(state);
}

// The rules below look at the state and at most one date; the others are null because they are not read.
const only = (state: IdeaState, dates: Partial<Record<"deadline_at" | "due_at", string | null>>) => ({
  state,
  deadline_at: null,
  published_at: null,
  due_at: null,
  last_reaction_at: null,
  ...dates,
});

/** The state to show and act on: reads apply the deadline themselves, so a late job never shows a wrong state. */
export function effectiveState(state: IdeaState, deadlineAt: string | null, now: Date): IdeaState {
  return holds(pastDeadline(now), only(state, { deadline_at: deadlineAt })) ? "expired" : state;
}

export const isAwaitingAnswer = (state: IdeaState): boolean => holds(awaitingAnswer, only(state, {}));

export function isOverdue(state: IdeaState, dueAt: string | null, now: Date): boolean {
  return holds(answerOverdue(now), only(state, { due_at: dueAt }));
}
