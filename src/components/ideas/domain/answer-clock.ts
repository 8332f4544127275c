// The response clock as people read it: "nog 9 dagen", "12 dagen te laat", and after the answer
// whether the promise was kept. Days are calendar days in the municipality's time zone, counted
// from the due date (the last day of the term, see `responseDue`), so the due day itself is
// "vandaag" and the day after it is "1 dag te laat". Pure: `now` is an argument.
import { calendarDaysBetween, localDate } from "../../../core/i18n/local-days";
import { answeredOnTime } from "./deadlines";
import { isAwaitingAnswer, isOverdue } from "./idea-rules";
import type { IdeaState } from "./states";

export type AnswerClock =
  /** Still within the term: whole days left until the due date (0 on the due date itself). */
  | { kind: "running"; dueAt: string; daysLeft: number }
  /** No answer and the due date has passed: whole days since the due date (at least 1). */
  | { kind: "late"; dueAt: string; daysLate: number }
  | { kind: "answeredOnTime"; dueAt: string }
  /** Answered after the due date: by how many whole days. */
  | { kind: "answeredLate"; dueAt: string; daysLate: number };

export interface AnswerClockFacts {
  state: IdeaState;
  dueAt: string | null;
  answeredAt: string | null;
}

const daysAfter = (dueAt: string, instant: string) => calendarDaysBetween(localDate(dueAt), localDate(instant));

/** Where the promise to answer stands; null when no answer was ever owed (never forwarded). */
export function answerClock(idea: AnswerClockFacts, now: Date): AnswerClock | null {
  const { dueAt, answeredAt } = idea;
  if (dueAt === null) return null;
  if (answeredAt !== null) {
    return answeredOnTime(answeredAt, dueAt)
      ? { kind: "answeredOnTime", dueAt }
      : { kind: "answeredLate", dueAt, daysLate: Math.max(1, daysAfter(dueAt, answeredAt)) };
  }
  // "Late" is exactly the rule lists and SQL use (answerOverdue), so a page never disagrees with them.
  if (isOverdue(idea.state, dueAt, now)) {
    return { kind: "late", dueAt, daysLate: Math.max(1, daysAfter(dueAt, now.toISOString())) };
  }
  if (isAwaitingAnswer(idea.state)) {
    return { kind: "running", dueAt, daysLeft: Math.max(0, -daysAfter(dueAt, now.toISOString())) };
  }
  return null;
}
