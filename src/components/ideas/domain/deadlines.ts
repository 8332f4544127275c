// Date arithmetic of the promise: support deadline, response clock, days left, reminders. Which
// ideas are open, overdue or waiting for a reaction at a moment is in idea-rules.ts.
// Pure: `now` is always an argument, never read from a clock here.
const DAY = 86_400_000;
export const COMMENT_EDIT_MINUTES = 15;

export const addDaysIso = (isoDate: string, days: number): string =>
  new Date(Date.parse(isoDate) + days * DAY).toISOString();

/** Supports are collected until publication + support period. */
export const supportDeadline = (publishedAt: string, supportDays: number): string =>
  addDaysIso(publishedAt, supportDays);

/** The municipality must answer within the response term after forwarding. */
export const responseDue = (forwardedAt: string, responseDays: number): string => addDaysIso(forwardedAt, responseDays);

/** Whole days left until the deadline, rounded up; 0 once it has passed. */
export function daysLeft(deadlineAt: string, now: Date): number {
  return Math.max(0, Math.ceil((Date.parse(deadlineAt) - now.getTime()) / DAY));
}

/** Progress towards the threshold in whole percent, capped at 100. */
export function progressPercent(count: number, threshold: number): number {
  if (threshold <= 0) return 100;
  return Math.min(100, Math.floor((count * 100) / threshold));
}

export function answeredOnTime(answeredAt: string | null, dueAt: string | null): boolean {
  return answeredAt !== null && dueAt !== null && Date.parse(answeredAt) <= Date.parse(dueAt);
}

/**
 * Reminders to officials: the first at half the response term, the second one week before the due
 * date. Returns how many should have been sent by `now`; the job sends the ones not sent yet.
 */
export function remindersDue(forwardedAt: string, responseDays: number, now: Date): number {
  const start = Date.parse(forwardedAt);
  const half = start + (responseDays * DAY) / 2;
  const weekBefore = start + (responseDays - 7) * DAY;
  const t = now.getTime();
  // With a term of two weeks or less, "one week before" comes before half-term: then one reminder.
  if (weekBefore <= half) return t >= half ? 1 : 0;
  return t >= weekBefore ? 2 : t >= half ? 1 : 0;
}

export function commentEditable(createdAt: string, now: Date): boolean {
  return now.getTime() - Date.parse(createdAt) <= COMMENT_EDIT_MINUTES * 60_000;
}
