// Date arithmetic of the promise: support deadline, response clock, days left, reminders. Which
// ideas are open, overdue or waiting for a reaction at a moment is in idea-rules.ts.
// Pure: `now` is always an argument, never read from a clock here.
import { addCalendarDays, lastMomentOfLocalDay, localDate, startOfLocalDay } from "../../../core/i18n/local-days";

const DAY = 86_400_000;
export const COMMENT_EDIT_MINUTES = 15;

export const addDaysIso = (isoDate: string, days: number): string =>
  new Date(Date.parse(isoDate) + days * DAY).toISOString();

/** Supports are collected until publication + support period. */
export const supportDeadline = (publishedAt: string, supportDays: number): string =>
  addDaysIso(publishedAt, supportDays);

/**
 * The due moment of an answer: THE rule for when an answer is late. A due date means the whole of
 * that day in the municipality's time zone (Europe/Amsterdam), so the answer is due by the last
 * moment of the calendar day `responseDays` days after the day of forwarding: forwarded on
 * 2 December with a term of 14 days, it is due by 16 December 23:59:59.999 local time, and late
 * from 17 December 00:00. Stored as `ideas.due_at`, so every reader (page, dashboard, reminders,
 * accountability, the SQL of `answerOverdue`) compares with this moment and nothing else.
 */
export function responseDue(forwardedAt: string, responseDays: number): string {
  return lastMomentOfLocalDay(addCalendarDays(localDate(forwardedAt), responseDays));
}

/** Whole days left until the deadline, rounded up; 0 once it has passed. */
export function daysLeft(deadlineAt: string, now: Date): number {
  return Math.max(0, Math.ceil((Date.parse(deadlineAt) - now.getTime()) / DAY));
}

export function answeredOnTime(answeredAt: string | null, dueAt: string | null): boolean {
  return answeredAt !== null && dueAt !== null && Date.parse(answeredAt) <= Date.parse(dueAt);
}

/**
 * Reminders to officials: the first at half the response term, the second one week before the due
 * date (from the start of the day seven days before the last day, local time). Returns how many
 * should have been sent by `now`; the job sends the ones not sent yet.
 */
export function remindersDue(idea: { forwardedAt: string; dueAt: string; responseDays: number }, now: Date): number {
  const start = Date.parse(idea.forwardedAt);
  const half = start + (Date.parse(idea.dueAt) - start) / 2;
  const t = now.getTime();
  // With a term of two weeks or less, "one week before" comes at or before half-term: then one reminder.
  if (idea.responseDays <= 14) return t >= half ? 1 : 0;
  const weekBefore = Date.parse(startOfLocalDay(addCalendarDays(localDate(idea.dueAt), -6)));
  return t >= weekBefore ? 2 : t >= half ? 1 : 0;
}

export function commentEditable(createdAt: string, now: Date): boolean {
  return now.getTime() - Date.parse(createdAt) <= COMMENT_EDIT_MINUTES * 60_000;
}
